import { expect, test } from './fixtures/test';
import { searchQueries } from './search-queries';

test.describe('search', () => {
	test('finds a code by number, and Enter opens it', async ({ page, search }) => {
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

	test('finds a page by reason phrase', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('bad gateway');
		expect(await search.firstCode()).toBe('502');
		await expect(search.options.first().locator('mark').first()).toBeVisible();
	});

	test('finds a page by symptom, and the opened page highlights the match', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('connection refused');
		expect(await search.firstCode()).toBe('521');
		await search.options.first().click();
		await expect(page).toHaveURL(/\/521\/\?highlight=/);
		await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
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

	test('says so when nothing matches, and offers the list of codes', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.search('qwxzyv');
		await expect(search.status).toContainText('No results for “qwxzyv”');
		await expect(search.options).toHaveCount(0);
		await search.status.getByRole('link', { name: 'see every code' }).click();
		await expect(page).toHaveURL(/\/#codes$/);
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

	test('a very long query does not hang the page', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		await search.input.fill('gateway '.repeat(2000));
		await expect(search.status).toHaveText(/result/, { timeout: 5000 });
		expect((await search.input.inputValue()).length).toBeLessThanOrEqual(200);
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
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

	test('loads search code and index only when search is first opened', async ({ page, search }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/521/');
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
		await search.open();
		await search.search('origin');
		expect(fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
	});

	test(`puts the expected page first for ${searchQueries.length} real-world queries`, async ({ page, search }, testInfo) => {
		test.setTimeout(120_000);
		await page.goto('/');
		const misses: string[] = [];
		for (const { query, first } of searchQueries) {
			await search.open();
			await search.search(query);
			const got = await search.firstCode();
			if (got !== first) misses.push(`“${query}”: expected ${first}, got ${got || 'nothing'}`);
			await page.keyboard.press('Escape');
		}
		const hitRate = `${searchQueries.length - misses.length}/${searchQueries.length}`;
		testInfo.annotations.push({ type: 'hit rate', description: hitRate });
		console.log(`search hit rate: ${hitRate}`);
		expect(misses, `hit rate ${hitRate}`).toEqual([]);
	});
});

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search control leads to the list of every code', async ({ page }) => {
		await page.goto('/521/');
		await page.getByRole('banner').getByRole('link', { name: /^search/i }).click();
		await expect(page).toHaveURL(/\/#codes$/);
		await expect(page.getByRole('link', { name: '599', exact: true })).toBeVisible();
	});
});
