import { expect, test } from './fixtures/test';
import { PHONE } from './fixtures/viewports';

test.describe('your chain', () => {
	test('layers picked from the list give the answer, kept in the address; a value and a duration change it', async ({ page, chainPage }) => {
		await chainPage.goto();
		await expect(page.locator('chain-builder .chain-empty')).toBeVisible();
		for (const name of ['Cloudflare', 'nginx', 'Gunicorn']) await chainPage.add(name);
		await expect(chainPage.layers).toHaveCount(3);
		expect(await chainPage.hash()).toBe('cloudflare,nginx,gunicorn&t=45');
		await expect(chainPage.verdict).toHaveText(/fails after 30 s: the visitor gets 502 Bad Gateway from nginx, on Cloudflare’s own error page\. Gunicorn’s timeout \(30 s\) runs out first\./);
		await expect(chainPage.races).toHaveCount(2);

		// nginx's own proxy_read_timeout at 10 s now runs out first, with its own 504 on Cloudflare's page.
		await (await chainPage.value('nginx', 'proxy_read_timeout')).fill('10');
		await expect(chainPage.verdict).toHaveText(/fails after 10 s: the visitor gets 504 Gateway Timeout from nginx, on Cloudflare’s own error page/);
		// Written to the address once typing pauses.
		await expect.poll(() => chainPage.hash()).toBe('cloudflare,nginx:proxy-read-timeout=10,gunicorn&t=45');
		await chainPage.seconds.fill('5');
		await expect(chainPage.verdict).toHaveText(/A request that takes 5 s gets through/);

		// Moving Gunicorn up puts it in front of nginx.
		await chainPage.layers.nth(2).getByRole('button', { name: 'Move up: Gunicorn' }).click();
		expect(await chainPage.hash()).toBe('cloudflare,gunicorn,nginx:proxy-read-timeout=10&t=5');
		await expect(page.getByRole('button', { name: 'Move up: Gunicorn' })).toBeFocused();
		await chainPage.layers.nth(1).getByRole('button', { name: 'Remove Gunicorn' }).click();
		await expect(chainPage.layers).toHaveCount(2);
	});

	test('a shared link opens the same chain; an address with anything else shows nothing of it', async ({ page, chainPage }) => {
		await chainPage.goto('#aws-alb,nodejs:keep-alive-timeout=65&t=90');
		await expect(chainPage.verdict).toHaveText(/fails after 60 s: the visitor gets 504 Gateway Timeout from ALB/);
		await expect(page.locator('chain-builder .chain-hop')).toHaveText(/no race/);
		await expect(await chainPage.value('Node.js', 'server.keepAliveTimeout')).toHaveValue('65');

		await page.goto('/chain/#%3Cimg%20src=x%20onerror=alert(1)%3E,nginx');
		await expect(chainPage.layers).toHaveCount(1);
		await expect(page.locator('main img')).toHaveCount(0);
	});

	test('saved in Your setup, it speaks on Diagnose and in the troubleshooters, and leaves with the setup', async ({ page, chainPage, codePage }) => {
		await chainPage.goto('#cloudflare,nginx,gunicorn&t=45');
		await page.getByRole('button', { name: 'Save in Your setup' }).click();
		await expect(page.getByRole('status')).toHaveText(/Saved in Your setup/);

		await page.goto('/diagnose/');
		const note = page.locator('[data-chain-note]');
		await expect(note).toHaveText(/In your chain \(Cloudflare → nginx → Gunicorn\), Gunicorn’s timeout \(30 s\) runs out first: a request slower than that gets 502 Bad Gateway from nginx/);
		await page.getByRole('spinbutton', { name: /failed after/i }).fill('100');
		await expect(note).toHaveText(/A request that takes 100 s fails after 30 s/);

		await page.goto('/504/troubleshoot/#elapsed-time');
		await expect(page.locator('#elapsed-time [data-chain-note]')).toHaveText(/In your chain \(Cloudflare → nginx → Gunicorn\)/);
		await page.goto('/502/troubleshoot/#keepalive-race');
		await expect(page.locator('#keepalive-race [data-chain-note]')).toHaveText(/Cloudflare → nginx: keep-alive race\./);

		await page.goto('/521/');
		const dialog = await codePage.openSetup();
		await expect(dialog.getByRole('group', { name: 'Your chain' })).toContainText('Cloudflare → nginx → Gunicorn');
		await dialog.getByRole('button', { name: 'Clear everything' }).click();
		await expect(dialog.getByRole('group', { name: 'Your chain' })).not.toContainText('Gunicorn');
		expect(await page.evaluate(() => localStorage.getItem('chain'))).toBeNull();
	});

	test('on a phone, the answer is on the first screen and nothing scrolls sideways', async ({ page, chainPage }) => {
		await page.setViewportSize(PHONE);
		await chainPage.goto('#cloudflare,nginx,gunicorn&t=45');
		const box = await chainPage.verdict.boundingBox();
		expect(box!.y + box!.height).toBeLessThan(PHONE.height);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	});
});

test.describe('common chains without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a common chain’s page shows its findings, and the builder page points to them', async ({ page }) => {
		await page.goto('/chain/alb-nodejs/');
		await expect(page.locator('.chain-verdict')).toHaveText(/fails after 60 s: the visitor gets 504 Gateway Timeout from ALB/);
		await expect(page.locator('.chain-hop.is-race')).toHaveText(/ALB → Node\.js: keep-alive race\./);
		await page.goto('/chain/');
		await expect(page.locator('[data-noscript]')).toBeVisible();
		await expect(page.locator('chain-builder .chain-form')).toBeHidden();
		await page.getByRole('link', { name: 'ALB → Node.js', exact: true }).click();
		await expect(page).toHaveURL(/\/chain\/alb-nodejs\/$/);
	});
});
