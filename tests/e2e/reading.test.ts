// Reading under pressure: the table of contents, remembered tabs, and what a phone shows first.
import { expect, test } from './fixtures/test';
import { codePages, troubleshooterCodes } from './fixtures/pages';
import { WizardPage } from './fixtures/WizardPage';
import { PHONE } from './fixtures/viewports';
import { trickleServer } from './fixtures/trickle-server';

test.describe('the table of contents', () => {
	test('beside the article on a wide screen: its links land on their sections, and the section being read is marked', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/521/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		await expect(toc.getByRole('link').first()).toBeVisible();
		const link = toc.getByRole('link', { name: 'Example response', exact: true });
		await link.click();
		await expect(page).toHaveURL(/#example-response$/);
		await expect(page.getByRole('heading', { name: 'Example response', exact: true })).toBeInViewport();
		await expect(link).toHaveAttribute('aria-current', 'true');
		await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
		// Scrolling on moves the mark.
		await page.getByRole('heading', { name: 'Sources', exact: true }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
		await expect(toc.getByRole('link', { name: 'Sources', exact: true })).toHaveAttribute('aria-current', 'true');
		await expect(link).not.toHaveAttribute('aria-current', 'true');
		// At the very end the last section is marked, though on a tall screen its heading never reaches the top third.
		await page.setViewportSize({ width: 1280, height: 1600 });
		await page.goto('/527/');
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		await expect(toc.getByRole('link').last()).toHaveAttribute('aria-current', 'true');
	});

	test('collapsed at the top on a phone, and closes again after a link is followed', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('/502/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		const first = toc.getByRole('link').first();
		await expect(first).toBeHidden();
		await toc.getByText('On this page').click();
		await expect(first).toBeVisible();
		const target = (await first.getAttribute('href'))!;
		await first.click();
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		await expect(first).toBeHidden();
		await expect(page.locator(target)).toBeInViewport();
	});
});

test.describe('stack tabs', () => {
	test('keep the reader’s choice across pages and reloads, from the keyboard too', async ({ page, codePage }) => {
		await page.goto('/521/');
		const tabs = codePage.stackTabs();
		await tabs.scrollIntoViewIfNeeded();
		const apache = tabs.getByRole('tab', { name: 'Apache' });
		await tabs.getByRole('tab', { name: 'nginx' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(apache).toHaveAttribute('aria-selected', 'true');
		await expect(apache).toBeFocused();
		await expect(tabs.getByRole('tabpanel')).toContainText('apache');

		await page.goto('/520/');
		const other = codePage.stackTabs();
		await other.scrollIntoViewIfNeeded();
		await expect(other.getByRole('tab', { name: 'Apache' })).toHaveAttribute('aria-selected', 'true');
		await page.reload();
		await codePage.stackTabs().scrollIntoViewIfNeeded();
		await expect(codePage.stackTabs().getByRole('tab', { name: 'Apache' })).toHaveAttribute('aria-selected', 'true');
	});
});

test.describe('a phone’s first screen (360 × 780)', () => {
	test.use({ viewport: PHONE });

	test('every code page opens with its code in the h1 and its badges, and shows the owner’s “check this first” heading without scrolling', async ({ page }) => {
		const late: string[] = [];
		expect(codePages().length).toBeGreaterThanOrEqual(26);
		for (const path of codePages()) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${path.slice(1, 4)}\\b`));
			await expect(page.getByRole('list', { name: 'About this code' }).getByRole('link')).toHaveText(/^\s*(Standard|Unofficial|Obsolete)\s*$/);
			const heading = page.locator('.quick-answer--owner h2');
			const box = (await heading.boundingBox())!;
			if (box.y + box.height > PHONE.height) late.push(`${path} (${Math.round(box.y + box.height)} px)`);
		}
		expect(late).toEqual([]);
	});

	test('the visitor’s box opens in full on request', async ({ page, codePage }) => {
		await codePage.goto(521);
		const more = page.getByRole('button', { name: 'More for visitors' });
		await expect(codePage.visitorAnswer.getByText('Ray ID')).toBeHidden();
		await more.click();
		await expect(page.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
		await expect(codePage.visitorAnswer.getByText(/Ray ID/).first()).toBeVisible();
	});

	for (const code of [...troubleshooterCodes(), 'start' as const]) {
		test(`${code} troubleshooter: the question and all its answers fit the first screen`, async ({ page }) => {
			const wizard = new WizardPage(page, code);
			await wizard.goto();
			await expect(wizard.currentHeading).toBeInViewport();
			const last = (await wizard.answers.last().boundingBox())!;
			expect(last.y + last.height, 'bottom of the last answer').toBeLessThanOrEqual(PHONE.height);
			// And on the step after the first answer.
			await wizard.choose(0);
			if ((await wizard.answers.count()) > 0 && new URL(page.url()).pathname === wizard.path) {
				const next = (await wizard.answers.last().boundingBox())!;
				expect(next.y + next.height, 'bottom of the last answer, second step').toBeLessThanOrEqual(PHONE.height);
			}
		});
	}

	test('the search dialog fills the screen', async ({ page, search }) => {
		await page.goto('/');
		await search.open();
		const box = (await page.locator('dialog.search-dialog').boundingBox())!;
		expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, PHONE.width, PHONE.height]);
	});
});

test.describe('a page arriving slowly', () => {
	test('the header is painted whole: nothing in it moves while the rest of the page arrives', async ({ page }) => {
		const server = await trickleServer();
		try {
			await page.setViewportSize({ width: 412, height: 823 });
			await page.addInitScript(() => {
				const shifts: string[] = [];
				Object.assign(window, { shifts });
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { sources: { node?: Node | null }[] })[]) {
						shifts.push(...entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))));
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`${server.url}/521/`, { waitUntil: 'load' });
			// At this width the header holds "Your setup" (the theme is chosen in it).
			await expect(page.getByRole('banner').getByRole('button', { name: 'Your setup' })).toBeVisible();
			expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
		} finally {
			await server.close();
		}
	});
});
