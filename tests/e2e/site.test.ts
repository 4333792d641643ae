import { expect, test } from './fixtures/test';
import { codePages } from './fixtures/pages';

test('every code page opens with its code in the h1, its badges, and working internal links', async ({ page, request }) => {
	test.setTimeout(120_000);
	const pages = codePages();
	expect(pages.length).toBeGreaterThanOrEqual(26);
	const checked = new Map<string, Set<string>>();
	const broken: string[] = [];
	for (const path of pages) {
		const code = path.slice(1, 4);
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${code}\\b`));
		await expect(page.getByRole('list', { name: 'About this code' }).getByRole('link')).toHaveText(/^\s*(Standard|Unofficial|Obsolete)\s*$/);
		const hrefs = await page.locator('main a[href^="/"], main a[href^="#"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		for (const href of new Set(hrefs)) {
			const url = new URL(href);
			let ids = checked.get(url.pathname);
			if (!ids) {
				const response = await request.get(url.pathname);
				if (!response.ok()) {
					broken.push(`${path}: ${url.pathname} answers ${response.status()}`);
					continue;
				}
				ids = new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
				checked.set(url.pathname, ids);
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && !ids.has(anchor)) broken.push(`${path}: ${url.pathname}#${anchor} has no such anchor`);
		}
	}
	expect(broken).toEqual([]);
});

test('the map of stages leads to the right code pages', async ({ page }) => {
	await page.goto('/which-5xx/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/which 5xx/i);
	const links = page.locator('main table a[href^="/5"]');
	const count = await links.count();
	expect(count).toBeGreaterThanOrEqual(8);
	for (const code of ['521', '522', '523', '524', '525', '526']) {
		await page.goto('/which-5xx/');
		await page.locator(`main table a[href="/${code}/"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`/${code}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${code}\\b`));
	}
});

test('the home page leads to the map and lists every code with its badge', async ({ page }) => {
	await page.goto('/');
	const items = page.locator('#codes .code-list > li');
	expect(await items.count()).toBe(codePages().length);
	for (const item of await items.all()) await expect(item.locator('.badge').first()).toHaveText(/^\s*(Standard|Unofficial|Obsolete)\s*$/);
	await page.getByRole('link', { name: 'Which 5xx is it?' }).first().click();
	await expect(page).toHaveURL(/\/which-5xx\/$/);
});

test.describe('reading the 521 page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows both first-screen answers, the comparison and copyable text', async ({ page, codePage }) => {
		await codePage.goto(521);
		await expect(codePage.visitorAnswer).toBeVisible();
		await expect(codePage.ownerAnswer).toBeVisible();
		await expect(codePage.tableAfter('521 vs 522')).toBeVisible();
		// No Copy buttons without JavaScript: the commands are plain, selectable text.
		await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
		await expect(page.locator('pre').first()).toBeVisible();
	});
});
