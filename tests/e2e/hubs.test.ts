// Code pages as hubs (src/markdown/fold.ts): folds that open where a reader lands, in print and
// without JavaScript; and the comparison pages they link to.
import { expect, test } from './fixtures/test';

const FIREWALL = 'a-firewall-or-security-tool-refuses-cloudflares-ranges';

test.describe('the folds of a code page', () => {
	test('are closed on arrival, and a cause opens in place from its summary', async ({ page, codePage }) => {
		await codePage.goto(521);
		await expect(codePage.folds.first()).not.toHaveAttribute('open');
		expect(await codePage.folds.evaluateAll((folds) => folds.filter((f) => (f as HTMLDetailsElement).open).length)).toBe(0);
		const cause = page.locator(`.cause:has(#${FIREWALL})`);
		await expect(cause.getByText('Quick check.')).toBeVisible();
		await expect(cause.getByText('How to fix.')).toBeHidden();
		await cause.getByText('How to confirm and fix').click();
		await expect(cause.getByText('How to fix.')).toBeVisible();
	});

	test('an address that names a cause opens its fold, and only that one', async ({ page, codePage }) => {
		await page.goto(`/521/#${FIREWALL}`);
		await expect(codePage.foldOf(FIREWALL)).toHaveAttribute('open');
		await expect(page.locator(`#${FIREWALL}`)).toBeInViewport();
		expect(await codePage.folds.evaluateAll((folds) => folds.filter((f) => (f as HTMLDetailsElement).open).length)).toBe(1);
	});

	test('a link on the page to a heading inside a fold opens it', async ({ page, codePage }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await codePage.goto(521);
		const table = codePage.tableAfter('521 vs 522');
		await expect(table).toBeHidden();
		await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: '521 vs 522' }).click();
		await expect(table).toBeVisible();
		await expect(page.getByRole('heading', { name: '521 vs 522' })).toBeInViewport();
	});

	test('a search result opens the fold that holds what it matched', async ({ page }) => {
		await page.goto(`/521/?highlight=fail2ban#${FIREWALL}`);
		const marked = () => page.evaluate(() => [...(CSS.highlights.get('search-match') ?? [])].map((r) => (r as Range).startContainer.parentElement!.closest('details')?.open ?? 'none'));
		await expect.poll(async () => (await marked()).length).toBeGreaterThan(0);
		// Marks in the cause's full text, whose fold opened; none left in a closed one.
		expect(await marked()).toContain(true);
		expect(await marked()).not.toContain(false);
	});

	test('all open for printing, and close again after', async ({ page, codePage }) => {
		await codePage.goto(521);
		await page.evaluate(() => {
			const w = window as unknown as { closedWhilePrinting: number[] };
			w.closedWhilePrinting = [];
			addEventListener('beforeprint', () => queueMicrotask(() => w.closedWhilePrinting.push(document.querySelectorAll('details[data-fold]:not([open])').length)));
		});
		await page.pdf();
		expect(await page.evaluate(() => (window as unknown as { closedWhilePrinting: number[] }).closedWhilePrinting)).toEqual([0]);
		expect(await codePage.folds.evaluateAll((folds) => folds.filter((f) => !(f as HTMLDetailsElement).open).length)).toBeGreaterThan(10);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every fold is open, so a code page shows everything', async ({ page, codePage }) => {
		await codePage.goto(502);
		expect(await codePage.folds.count()).toBeGreaterThan(10);
		expect(await codePage.folds.evaluateAll((folds) => folds.filter((f) => !(f as HTMLDetailsElement).open).length)).toBe(0);
		await expect(page.getByText('Fix.', { exact: true }).first()).toBeVisible();
	});
});

test.describe('a comparison page', () => {
	test('is one desktop screen: both codes, what tells them apart, the table and the links', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/504-vs-524/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^504 vs 524/);
		const table = page.getByRole('table', { name: '504 and 524 side by side' });
		for (const header of ['504', '524']) await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
		for (const row of ['What it means', 'Who sends it', 'Quick check']) await expect(table.getByRole('rowheader', { name: row })).toBeVisible();
		const last = page.locator('.comparison__links a').last();
		await expect(last).toBeInViewport();
		expect((await last.boundingBox())!.y + (await last.boundingBox())!.height).toBeLessThanOrEqual(900);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
	});

	test('is linked from both code pages, and 521 vs 522 holds the side-by-side rows', async ({ page }) => {
		for (const code of [521, 522]) {
			await page.goto(`/${code}/`);
			await page.getByRole('link', { name: '521 vs 522 side by side' }).click();
			await expect(page).toHaveURL(/\/521-vs-522\/$/);
		}
		const table = page.getByRole('table', { name: '521 and 522 side by side' });
		await expect(table.getByRole('rowheader', { name: 'What Cloudflare saw at the TCP level' })).toBeVisible();
		expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(10);
	});
});
