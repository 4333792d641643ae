import { expect, test } from './fixtures/test';
import { pastedQueries, searchQueries } from './search-queries';
import { SHORT_PHONE } from './fixtures/viewports';

test.describe('search', () => {
	test('a bare code is answered at once, and Enter opens its page', async ({ page, search }) => {
		await page.goto('/500/');
		await search.open();
		await search.search('521');
		expect(await search.firstCode()).toBe('521');
		await expect(search.options.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/521\/(\?highlight=521)?$/);
	});

	test('a bare code goes straight to its page even before the index has loaded', async ({ page, search }) => {
		// Hold every request for the index: only the list of codes in the page can answer.
		await page.route('**/pagefind/**', () => {});
		await page.goto('/');
		await search.open();
		await search.input.fill('522');
		await expect(search.options.first()).toContainText('522');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/522\/$/);
	});

	test('keystrokes typed right after "/" all land while the search code is still loading', async ({ page }) => {
		// Hold the dialog's code for a second, as a slow network would.
		await page.route('**/_astro/search-dialog*.js', async (route) => {
			await new Promise((r) => setTimeout(r, 1000));
			await route.continue();
		});
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('521', { delay: 40 });
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/521\/(\?highlight=521)?$/);
	});

	test('starts loading on intent: pointer over the search control', async ({ page, search }) => {
		await page.goto('/521/');
		await page.waitForLoadState('networkidle');
		const pagefind = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
		await search.trigger.hover();
		await pagefind;
		await expect(search.dialog).toBeHidden();
	});

	test('finds a page by reason phrase', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('bad gateway');
		expect(await search.firstCode()).toBe('502');
		await expect(search.options.first().locator('mark').first()).toBeVisible();
	});

	test('results are real links: middle-click and Ctrl+Enter open a new tab', async ({ page, context, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('connection refused');
		const href = await search.options.first().getAttribute('href');
		expect(href).toMatch(/^\/\d{3}\//);
		const middle = context.waitForEvent('page');
		await search.options.first().click({ button: 'middle' });
		expect(new URL((await middle).url()).pathname).toBe(new URL(href!, 'https://x').pathname);
		const ctrlEnter = context.waitForEvent('page');
		await search.input.press('Control+Enter');
		expect(new URL((await ctrlEnter).url()).pathname).toBe(new URL(href!, 'https://x').pathname);
		await expect(page).toHaveURL(/\/$/);
	});

	test('lands on the section that matched and highlights the phrase, not every word', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('proxy_read_timeout');
		const target = await search.firstTarget();
		expect(target).toMatch(/^\/504\/#.+/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/504\/\?highlight=proxy_read_timeout#/);
		// The highlighter loads after the page; wait for its marks.
		await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-match')?.size ?? 0)).toBeGreaterThan(0);
		const marked = await page.evaluate(() => {
			const highlight = CSS.highlights.get('search-match');
			return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
		});
		expect(marked.length).toBeGreaterThan(0);
		for (const text of marked) expect(text.toLowerCase()).toBe('proxy_read_timeout');
	});

	test('counts every result, not only the ones shown', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('timeout');
		const shown = await search.options.count();
		const status = (await search.status.textContent()) ?? '';
		const total = Number(/^(\d+) results?/.exec(status)?.[1]);
		expect(total).toBeGreaterThan(shown);
		expect(status).toContain(`showing the best ${shown}`);
	});

	test('counts the shortcut results above the index’s too, so the count matches the list', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		for (const query of ['alb 599', '502 alb', 'timeout']) {
			await search.search(query);
			const shown = await search.options.count();
			const total = Number(/^(\d+) results?/.exec((await search.status.textContent()) ?? '')?.[1]);
			expect(shown, query).toBeGreaterThan(0);
			expect(total, `${query}: ${shown} shown`).toBeGreaterThanOrEqual(shown);
		}
	});

	test('reads a long paste up to its limit and says where it stopped', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		const paste = `upstream timed out (110: Connection timed out) while reading response header from upstream ${'x'.repeat(4500)}`;
		await search.input.fill(paste);
		await search.settled(paste);
		await expect(search.status).toContainText('searched the first 4,000 characters of what you pasted');
		expect(await search.input.inputValue()).toHaveLength(paste.length);
	});

	test('a malformed #fragment breaks neither the highlighter nor the page', async ({ page }) => {
		await page.goto('/521/?highlight=refused#%E0%A4%A');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('521');
		// pageErrors (fixtures/test.ts) fails the test on the URIError this used to throw.
		await page.waitForLoadState('networkidle');
	});

	test('works from the keyboard alone', async ({ page, search }) => {
		await page.goto('/503/');
		await search.trigger.focus();
		await page.keyboard.press('Control+k');
		await expect(search.input).toBeFocused();
		await page.keyboard.type('timeout');
		await expect(search.status).toHaveText(/results?/);
		expect(await search.options.count()).toBeGreaterThan(1);
		await page.keyboard.press('ArrowDown');
		await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(search.input).toHaveAttribute('aria-activedescendant', (await search.options.nth(1).getAttribute('id'))!);
		await page.keyboard.press('ArrowUp');
		await expect(search.options.first()).toHaveAttribute('aria-selected', 'true');
		// Focus stays inside the open dialog.
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			expect(await search.dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(search.trigger).toBeFocused();
	});

	test('says so when nothing matches, and Tab reaches the list of codes', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('qwxzyv');
		await expect(search.status).toContainText('No results for “qwxzyv”');
		await expect(search.options).toHaveCount(0);
		const all = search.status.getByRole('link', { name: 'see every code' });
		for (let i = 0; i < 8 && !(await all.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(all).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/#codes$/);
	});

	test('reports a failure to load in the console instead of hiding it', async ({ page, search, pageErrors }) => {
		await page.route('**/pagefind/pagefind.js', (route) => route.abort());
		await page.goto('/');
		await search.open();
		await search.input.fill('bad gateway');
		await expect(search.status).toHaveText(/unavailable/);
		expect(pageErrors.some((e) => /Search failed/.test(e))).toBe(true);
		pageErrors.length = 0;
	});

	test('shows an HTML query as text and never runs it', async ({ page, search }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto('/');
		await search.open();
		const query = '<img src=x onerror=alert(1)>';
		await search.search(query);
		await expect(search.status).toContainText(`“${query}”`);
		await expect(search.dialog.locator('img')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('filters by vendor and by status', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.filter('vendor').selectOption('Cloudflare');
		await search.search('timeout');
		const codes = await search.options.locator('.search-result__title b').allTextContents();
		expect(codes.length).toBeGreaterThan(0);
		for (const code of codes) expect(code).toMatch(/^52\d|^530$/);
		await search.filter('vendor').selectOption('');
		await search.filter('status').selectOption('Obsolete');
		await search.search('obsolete');
		const obsolete = await search.options.locator('.search-result__title b').allTextContents();
		expect(obsolete.length).toBeGreaterThan(0);
		for (const code of obsolete) expect(['510', '527']).toContain(code);
	});

	test('loads neither its code nor the index with the page', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/521/');
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((p) => p.startsWith('/pagefind/') || /search-dialog/.test(p))).toEqual([]);
	});

	test('fits a 360 px phone without scrolling sideways', async ({ page, search, codePage }) => {
		await page.setViewportSize(SHORT_PHONE);
		await page.goto('/');
		await search.open();
		await search.search('timeout');
		const overflow = await search.dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
		expect(overflow).toBe(0);
		expect(await codePage.horizontalOverflow()).toBe(0);
	});
});

/**
 * The two ranking tables, one test each: every query's first result must lead where the table
 * says. A miss quotes at most `quoted` characters of its query (pasted lines are long).
 */
const RANKING_TABLES = [
	{ describe: 'search', title: `puts the expected page first for ${searchQueries.length} real-world queries`, queries: searchQueries, label: 'search hit rate', quoted: Infinity },
	{ describe: 'search for what people paste', title: `puts the platform section first for ${pastedQueries.length} pasted error strings and code + platform queries`, queries: pastedQueries, label: 'pasted-string hit rate', quoted: 60 },
];

for (const { describe, title, queries, label, quoted } of RANKING_TABLES) {
	test.describe(describe, () => {
		test(title, async ({ page, search }, testInfo) => {
			test.setTimeout(120_000);
			await page.goto('/');
			const misses: string[] = [];
			for (const { query, first } of queries) {
				await search.open();
				await search.search(query);
				const target = (await search.options.count()) ? await search.firstTarget() : 'nothing';
				if (!target.startsWith(first)) misses.push(`“${query.slice(0, quoted)}”: expected ${first}, got ${target}`);
				await page.keyboard.press('Escape');
			}
			const hitRate = `${queries.length - misses.length}/${queries.length}`;
			testInfo.annotations.push({ type: 'hit rate', description: hitRate });
			console.log(`${label}: ${hitRate}`);
			expect(misses, `hit rate ${hitRate}`).toEqual([]);
		});
	});
}

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search control leads to the list of every code', async ({ page }) => {
		await page.goto('/521/');
		await page.getByRole('banner').getByRole('link', { name: /^search/i }).click();
		await expect(page).toHaveURL(/\/#codes$/);
		await expect(page.getByRole('link', { name: /^599\b/ })).toBeVisible();
	});
});
