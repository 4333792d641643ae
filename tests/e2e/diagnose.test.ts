import { expect, test } from './fixtures/test';

const ALB_502 = 'HTTP/2 502\nserver: awselb/2.0\ncontent-type: text/html\ncontent-length: 122';

/** A HAR file as a browser's network panel saves it. */
const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } });
const entry = (status: number, headers: [string, string][]) => ({
	request: { method: 'GET', url: `https://example.com/${status}`, headers: [] },
	response: { status, statusText: '', httpVersion: 'HTTP/2', headers: headers.map(([name, value]) => ({ name, value })), content: { size: 0, mimeType: 'text/html' } },
	time: 30012,
	timings: { wait: 30000 },
});

test.describe('who sent this 5xx', () => {
	test('names the layer from pasted headers, quotes the line, and leads to its section', async ({ page, diagnosePage }) => {
		await diagnosePage.goto();
		await diagnosePage.run(ALB_502);
		// awselb/2.0 is the ALB's own mark, but one line of one kind: "most likely", not "sent by"
		// (two kinds of its own marks on two lines, or a code only it sends, make it sure).
		await expect(diagnosePage.verdict).toHaveText('Most likely sent by ALB');
		await expect(diagnosePage.results).toContainText('line 2');
		await expect(diagnosePage.results).toContainText('server: awselb/2.0');
		await diagnosePage.results.getByRole('link', { name: /ALB: 502 Bad Gateway from the load balancer/ }).click();
		await expect(page).toHaveURL(/\/platforms\/aws-alb\/#target-bad-gateway$/);
	});

	test('names the timers near the time given', async ({ diagnosePage }) => {
		await diagnosePage.goto();
		await diagnosePage.run('HTTP/2 524\nserver: cloudflare\ncf-ray: 8a2b3c4d5e6f7a8b-FRA', 125);
		await expect(diagnosePage.verdict).toHaveText(/Cloudflare/);
		await expect(diagnosePage.results.getByRole('listitem').filter({ hasText: 'Proxy Read Timeout' })).toContainText('125 s');
		await expect(diagnosePage.results).toContainText("Served by Cloudflare's FRA data centre");
	});

	test('says plainly when nothing matches, and shows what it recognised', async ({ diagnosePage }) => {
		await diagnosePage.goto();
		await diagnosePage.run('HTTP/1.1 503 Service Unavailable\nx-powered-by: nothing-we-know');
		await expect(diagnosePage.verdict).toHaveText('We could not tell which layer sent it');
		await expect(diagnosePage.results).toContainText('Headers recognised: x-powered-by');
		await expect(diagnosePage.results.getByRole('link', { name: 'every mark we know' })).toHaveAttribute('href', '/which-5xx/#which-layer-sent-the-error');
	});

	test('shows pasted HTML as text: nothing renders, nothing runs', async ({ page, diagnosePage }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await diagnosePage.goto();
		const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		await diagnosePage.run(`HTTP/1.1 503 Service Unavailable\r\nserver: envoy\r\nx-evil: ${evil}\r\n\r\n${evil}`);
		await expect(diagnosePage.verdict).toBeVisible();
		await expect(diagnosePage.results.locator('img, script')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('sends nothing anywhere: no request to another host and none with the paste, and the URL stays as it was', async ({ page, diagnosePage }) => {
		await diagnosePage.goto();
		await page.waitForLoadState('networkidle');
		const requests: { url: string; body: string | null }[] = [];
		page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
		const before = page.url();
		await diagnosePage.run(`${ALB_502}\nx-secret: 7f3a-private-token`, 60);
		await expect(diagnosePage.verdict).toBeVisible();
		await diagnosePage.har(har([entry(502, [['server', 'awselb/2.0'], ['x-secret', '7f3a-private-token']])]));
		await expect(diagnosePage.verdict).toContainText('1 failed request of 1');
		// Only the page's own script for the worker and the tool's data, from this site; nothing carries the paste.
		for (const r of requests) {
			expect(new URL(r.url).origin, r.url).toBe(new URL(before).origin);
			expect(`${r.url} ${r.body ?? ''}`).not.toContain('7f3a-private-token');
		}
		expect(page.url()).toBe(before);
	});

	test('fetches its data only once the reader starts, and says plainly when it cannot', async ({ page, diagnosePage, pageErrors }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		let refuse = true;
		await page.route('**/diagnose/data.json', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
		await diagnosePage.goto();
		await page.waitForLoadState('networkidle');
		expect(fetched).not.toContain('/diagnose/data.json');
		await diagnosePage.run(ALB_502);
		await expect(diagnosePage.verdict).toHaveText('The tool did not load');
		await expect(diagnosePage.results).toContainText('what you pasted is still here');
		await expect(diagnosePage.input).toHaveValue(ALB_502);
		// The browser logs each refused request itself (the one on focus and the one on Diagnose); those are expected here.
		expect(pageErrors.length).toBeGreaterThan(0);
		expect(pageErrors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
		pageErrors.length = 0;
		refuse = false;
		await page.getByRole('button', { name: 'Diagnose' }).click();
		await expect(diagnosePage.verdict).toContainText('ALB');
	});

	test('reads a 5 MB log whole, off the main thread, and sums it up', async ({ diagnosePage, page }) => {
		await diagnosePage.goto();
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		const line = (i: number) => `203.0.113.9 - - [01/May/2024:10:00:${String(i % 60).padStart(2, '0')} +0000] "GET /item/${i} HTTP/1.1" ${i % 9 === 0 ? 502 : 200} 157 "-" "curl/8.0"`;
		const log = Array.from({ length: 60_000 }, (_, i) => line(i)).join('\n');
		await diagnosePage.input.evaluate((el: HTMLTextAreaElement, text) => (el.value = text), log);
		await page.getByRole('button', { name: 'Diagnose' }).click();
		await expect(diagnosePage.results).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
		// Read in a worker from this site, so the page's own thread stays free for the reader.
		expect(workers).toHaveLength(1);
		expect(new URL(workers[0]!).pathname).toMatch(/^\/_astro\/worker.*\.js$/);
		await expect(diagnosePage.results).toContainText('60,000 requests');
		await expect(diagnosePage.results).toContainText(/502 × 6,667/);
	});

	test('lists the failed requests of a dropped HAR file, each with its verdict', async ({ diagnosePage }) => {
		await diagnosePage.goto();
		await diagnosePage.har(har([entry(200, []), entry(504, [['server', 'awselb/2.0']]), entry(521, [['server', 'cloudflare'], ['cf-ray', '8a2b3c4d5e6f7a8b-SJC']])]));
		await expect(diagnosePage.verdict).toHaveText('2 failed requests of 3 in failing.har');
		const requests = diagnosePage.results.locator('details');
		await expect(requests).toHaveCount(2);
		await expect(requests.nth(0).locator('summary')).toContainText('504 GET https://example.com/504');
		await expect(requests.nth(0).locator('summary')).toContainText('ALB');
		await expect(requests.nth(0).locator('summary')).toContainText('first byte after 30000 ms');
		await expect(requests.nth(1).locator('summary')).toContainText('Sent by Cloudflare');
	});

	test('says clearly what is wrong with a file it cannot read, and keeps working', async ({ diagnosePage, page }) => {
		await diagnosePage.goto();
		await diagnosePage.file.setInputFiles({ name: 'broken.har', mimeType: 'application/json', buffer: Buffer.from('{"log": {"entries": [ {"oops"') });
		await expect(diagnosePage.results).toContainText('not valid JSON');
		await diagnosePage.file.setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]) });
		await expect(diagnosePage.results).toContainText('not text');
		await diagnosePage.run(ALB_502);
		await expect(diagnosePage.verdict).toHaveText('Most likely sent by ALB');
		await expect(page.locator('img, script:not([src]):not([type])', { has: page.locator('text=oops') })).toHaveCount(0);
	});

	test('each code page offers it from the owner’s first screen', async ({ page, codePage }) => {
		await codePage.goto(502);
		await codePage.ownerAnswer.getByRole('link', { name: /paste your headers/i }).click();
		await expect(page).toHaveURL(/\/diagnose\/$/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows how to tell who sent it, by hand, and no form that would put a paste in the URL', async ({ page }) => {
		await page.goto('/diagnose/');
		await expect(page.getByRole('heading', { name: 'How to tell who sent it, by hand' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'ALB' }).first()).toBeVisible();
		await expect(page.getByRole('textbox')).toBeHidden();
	});
});
