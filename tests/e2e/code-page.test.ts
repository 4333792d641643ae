import { expect, test } from './fixtures/test';
import { useColorScheme } from './fixtures/color-scheme';
import { SHORT_PHONE } from './fixtures/viewports';

test.describe('the 521 page', () => {
	test('answers the visitor and the owner on the first screen', async ({ page, codePage }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await codePage.goto(521);
		await expect(codePage.heading).toHaveText(/^521\b.*Web server is down/i);
		await expect(codePage.visitorAnswer).toBeInViewport();
		await expect(codePage.visitorAnswer).toContainText(/not you|not your/i);
		await expect(codePage.ownerAnswer).toBeVisible();
		await expect(codePage.ownerAnswer).toContainText(/refused/i);
		await expect(page.getByRole('list', { name: 'About this code' })).toContainText('Unofficial');
	});

	test('compares 521 with 522 in a table, which its address opens', async ({ page, codePage }) => {
		await page.goto('/521/#521-vs-522');
		const table = codePage.tableAfter('521 vs 522');
		const headers = table.getByRole('columnheader');
		await expect(headers.filter({ hasText: /^521$/ })).toHaveCount(1);
		await expect(headers.filter({ hasText: /^522$/ })).toHaveCount(1);
		expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(5);
	});

	test('copies a command to the clipboard with its exact text', async ({ page, context, codePage }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await codePage.goto(521);
		const block = page.locator('copy-code').first();
		const expected = ((await block.locator('pre').textContent()) ?? '').replace(/\n$/, '');
		expect(expected.length).toBeGreaterThan(3);
		await block.getByRole('button', { name: 'Copy' }).click();
		await expect(block.getByRole('status')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
	});

	test('copy works from the keyboard', async ({ page, context, codePage }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await codePage.goto(521);
		// Located without its name: the name changes to "Copied".
		const button = page.locator('copy-code').first().getByRole('button');
		await expect(button).toHaveText('Copy');
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveText('Copied');
	});

	test('fetches its list of sources only when the reader opens it, and lists every one', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto('/521/');
		const fold = page.locator('details[data-sources]');
		await expect(fold).not.toHaveAttribute('open');
		await page.waitForLoadState('networkidle');
		expect(fetched).not.toContain('/521/sources/');
		await fold.locator('summary').click();
		await expect(fold.getByRole('listitem').first()).toBeVisible();
		expect(fetched.filter((path) => path === '/521/sources/')).toHaveLength(1);
		const links = await fold.getByRole('listitem').getByRole('link').count();
		await page.goto('/521/sources/');
		await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(links);
	});

	test('links to the 522 page', async ({ page, codePage }) => {
		await codePage.goto(521);
		await page.locator('main').getByRole('link', { name: /^522/ }).first().click();
		await expect(page).toHaveURL(/\/522\/$/);
		await expect(codePage.heading).toHaveText(/^522\b/);
	});

	test('fits a 360 px screen without sideways scrolling', async ({ page, codePage }) => {
		await page.setViewportSize(SHORT_PHONE);
		for (const code of [521, 522]) {
			await codePage.goto(code);
			expect(await codePage.horizontalOverflow(), `/${code}/ overflows`).toBe(0);
		}
	});
});

test.describe('theme', () => {
	test('the chosen theme persists across pages and reloads', async ({ page, codePage }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await codePage.goto(521);
		const html = page.locator('html');
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const light = await background();
		await codePage.themeSelect.selectOption('dark');
		await expect(html).toHaveAttribute('data-theme', 'dark');
		// Restyling follows the attribute within a frame or two.
		await expect.poll(background).not.toBe(light);
		const dark = await background();
		await codePage.goto(522);
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(codePage.themeSelect).toHaveValue('dark');
		expect(await background()).toBe(dark);
		await codePage.themeSelect.selectOption('light');
		await page.reload();
		await expect(html).toHaveAttribute('data-theme', 'light');
		expect(await background()).not.toBe(dark);
	});

	test('applies the stored theme before the page body exists, so it never flashes', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.addInitScript(() => {
			localStorage.setItem('theme', 'dark');
			const w = window as unknown as { themeAtBody?: string };
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				w.themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto('/521/');
		expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
	});

	test('follows the system theme by default', async ({ page, codePage }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await codePage.goto(521);
		const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await useColorScheme(page, 'light');
		const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(darkBg).not.toBe(lightBg);
		await expect(codePage.themeSelect).toHaveValue('auto');
	});
});

test.describe('home and 404', () => {
	test('the home page lists every code in groups', async ({ page }) => {
		await page.goto('/');
		for (const group of ['Standard codes (IANA registry)', 'Cloudflare', 'Other vendors and conventions']) {
			await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
		}
		for (const code of [500, 502, 503, 504, 521, 522, 599]) {
			// In the lists of codes: the comparisons below them ("500 vs 502") start with a code too.
			await expect(page.locator('#codes').getByRole('link', { name: new RegExp(`^${code}\\b`) })).toHaveAttribute('href', `/${code}/`);
		}
	});

	test('a missing page that names a code links straight to it', async ({ page }) => {
		for (const path of ['/code/521', '/521.html']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toContainText('404');
			await page.getByRole('link', { name: /^521\b/ }).first().click();
			await expect(page).toHaveURL(/\/521\/$/);
		}
	});
});
