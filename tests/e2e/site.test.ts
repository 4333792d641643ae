// Internal links and anchors are checked by the build itself (src/lib/link-check.ts).
import { expect, test } from './fixtures/test';
import { codePages } from './fixtures/pages';

test('the map of stages leads to the right code pages', async ({ page }) => {
	await page.goto('/which-5xx/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/which 5xx/i);
	const links = page.locator('main .stage-map a[href^="/5"]');
	const count = await links.count();
	expect(count).toBeGreaterThanOrEqual(8);
	for (const code of ['521', '522', '523', '524', '525', '526']) {
		await page.goto('/which-5xx/');
		await page.locator(`main .stage-map a[href="/${code}/"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`/${code}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${code}\\b`));
	}
});

test('the home page leads to the map and lists every code with its badge', async ({ page }) => {
	await page.goto('/');
	const items = page.locator('#codes .code-list > li');
	expect(await items.count()).toBe(codePages().length);
	for (const item of await items.all()) {
		await expect(item.locator('.badge').first()).toHaveText(/^\s*(Standard|Unofficial|Obsolete)\s*$/);
		// Who sends it: once per code, not once per sender.
		await expect(item.getByText(/sent by/)).toHaveCount(1);
	}
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

	test('leads to the list of sources on its own page', async ({ page, codePage }) => {
		await codePage.goto(521);
		await page.getByRole('link', { name: /^Open the list of all \d+ sources$/ }).click();
		await expect(page).toHaveURL(/\/521\/sources\/$/);
		await expect(page.getByRole('main').getByRole('link', { name: /Cloudflare docs, Error 521/ }).first()).toBeVisible();
	});
});

test('/timeouts/ narrows to a platform, a code and a kind of timer without a reload, and shows everything again', async ({ page }) => {
	await page.goto('/timeouts/');
	const rows = page.locator('tr[data-timer]');
	const all = await rows.count();
	const status = page.getByRole('group', { name: 'Filter the timers' }).getByRole('status');
	await expect(status).toHaveText(`All ${all} timers.`);
	await page.evaluate(() => Object.assign(window, { notReloaded: true }));
	await page.getByRole('combobox', { name: 'Platform' }).selectOption('nginx');
	await page.getByRole('combobox', { name: 'Code' }).selectOption('504');
	const shown = page.locator('tr[data-timer]:visible');
	await expect(shown.first()).toBeVisible();
	for (const row of await shown.all()) {
		await expect(row).toHaveAttribute('data-platform', 'nginx');
		await expect(row).toHaveAttribute('data-codes', /\b504\b/);
	}
	await expect(status).toHaveText(`${await shown.count()} of ${all} timers match.`);
	// Other platforms' headings go with their rows; the address keeps the choice.
	await expect(page.getByRole('heading', { name: 'HAProxy' })).toBeHidden();
	await expect(page).toHaveURL(/\?platform=nginx&code=504$/);
	await page.getByRole('combobox', { name: 'What it counts' }).selectOption('connect');
	await expect(page.locator('#nginx-proxy-connect-timeout')).toBeVisible();
	await expect(page.locator('#nginx-proxy-read-timeout')).toBeHidden();
	await page.getByRole('button', { name: 'Show all' }).click();
	await expect(status).toHaveText(`All ${all} timers.`);
	await expect(rows.filter({ visible: true })).toHaveCount(all);
	expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
