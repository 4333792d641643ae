import { expect, test } from './fixtures/test';

const ALB_502 = 'HTTP/2 502\nserver: awselb/2.0\ncontent-type: text/html\ncontent-length: 122';

test.describe('who sent this 5xx', () => {
	test('names the layer from pasted headers, quotes the line, and leads to its section', async ({ page, diagnosePage }) => {
		await diagnosePage.goto();
		await diagnosePage.run(ALB_502);
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

	test('sends nothing anywhere: no request leaves the page after it loads, and the URL stays as it was', async ({ page, diagnosePage }) => {
		await diagnosePage.goto();
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		const before = page.url();
		await diagnosePage.run(ALB_502, 60);
		await page.keyboard.press('Enter');
		await expect(diagnosePage.verdict).toBeVisible();
		await page.waitForTimeout(500);
		expect(requests).toEqual([]);
		expect(page.url()).toBe(before);
	});

	test('answers a 1 MB paste without hanging', async ({ diagnosePage, page }) => {
		await diagnosePage.goto();
		await diagnosePage.input.evaluate((el: HTMLTextAreaElement) => (el.value = `HTTP/2 502\nserver: awselb/2.0\n${'x'.repeat(1_000_000)}`));
		await page.getByRole('button', { name: 'Diagnose' }).click();
		await expect(diagnosePage.verdict).toHaveText('Most likely sent by ALB', { timeout: 5_000 });
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
