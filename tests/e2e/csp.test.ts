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
		await search.options.first().click();
		await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
		expect(await violations(page), 'search and highlight').toEqual([]);
		await wizard.goto();
		await wizard.choose(0);
		expect(await violations(page), 'wizard').toEqual([]);
	});
});
