import { expect, test } from './fixtures/test';

test.describe('Content-Security-Policy', () => {
	test.beforeEach(async ({ page }) => {
		// Collect violations the browser reports, from the first script on.
		await page.addInitScript(() => {
			const w = window as unknown as { cspViolations: string[] };
			w.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
	});

	const violations = (page: import('@playwright/test').Page) =>
		page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

	test('every kind of page, search and the wizard run with no violation', async ({ page, search, wizard }) => {
		for (const path of ['/', '/521/', '/which-5xx/', '/no-such-page/']) {
			await page.goto(path);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy).toContain("default-src 'self'");
			expect(policy).not.toContain("'unsafe-inline'");
			expect(policy).not.toMatch(/'unsafe-eval'/);
			expect(await violations(page), path).toEqual([]);
		}
		await page.goto('/521/');
		await search.open();
		await search.search('refused');
		expect(await search.options.count()).toBeGreaterThan(0);
		// Read before leaving the page: what the search itself caused would be lost on navigation.
		expect(await violations(page), 'search').toEqual([]);
		await search.options.first().click();
		await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-match')?.size ?? 0)).toBeGreaterThan(0);
		expect(await violations(page), 'the highlighted landing page').toEqual([]);
		await wizard.goto();
		await wizard.choose(0);
		expect(await violations(page), 'wizard').toEqual([]);
	});
});
