import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { builtPages } from './fixtures/pages';
import { PHONE } from './fixtures/viewports';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, PHONE.width] as const;
const THEMES = ['light', 'dark'] as const;

async function scan(page: Page, testInfo: TestInfo, label: string) {
	// Only violations are read; skipping the details of passes and incomplete checks halves the time.
	const results = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
	const summary = results.violations.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	if (summary.length) await testInfo.attach(`axe-${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
	return summary;
}

type Setting = readonly [width: (typeof WIDTHS)[number], theme: (typeof THEMES)[number]];
const EVERY_SETTING: Setting[] = WIDTHS.flatMap((w) => THEMES.map((t) => [w, t] as const));
/**
 * Every page is scanned in both themes and at both widths, in two scans: light at 1280 px and dark
 * at 360 px. One page of each kind (below) gets all four combinations. Pages of a kind share
 * their layout and styles, so this keeps the scan inside npm test's time without a gap.
 */
const TWO_SETTINGS: Setting[] = [
	[1280, 'light'],
	[PHONE.width, 'dark'],
];
const ONE_OF_EACH_KIND = new Set(['/', '/521/', '/521/troubleshoot/', '/platforms/aws-alb/', '/which-5xx/', '/timeouts/', '/diagnose/', '/platforms/']);

/** Scans the page as it is now in each setting. One page load serves every scan: the theme and the viewport change in place. */
async function scanEverywhere(page: Page, testInfo: TestInfo, label: string, settings: readonly Setting[] = EVERY_SETTING): Promise<string[]> {
	const violations: string[] = [];
	for (const [width, theme] of settings) {
		await page.setViewportSize({ width, height: width === PHONE.width ? PHONE.height : 900 });
		await page.emulateMedia({ colorScheme: theme });
		violations.push(...(await scan(page, testInfo, `${label} at ${width} px, ${theme}`)));
	}
	return violations;
}

test.describe('accessibility (WCAG 2.2 A/AA), light and dark, 1280 and 360 px', () => {
	test.describe.configure({ timeout: 90_000 });
	for (const path of builtPages()) {
		test(`${path} has no violations`, async ({ page }, testInfo) => {
			await page.goto(path);
			expect(await scanEverywhere(page, testInfo, path, ONE_OF_EACH_KIND.has(path) ? EVERY_SETTING : TWO_SETTINGS)).toEqual([]);
		});
	}

	test('the wizard mid-flow has none either', async ({ page, wizard }, testInfo) => {
		await wizard.goto();
		await wizard.choose(0);
		await wizard.choose(0);
		await expect(wizard.pathSoFar).toHaveCount(2);
		expect(await scanEverywhere(page, testInfo, 'wizard mid-flow')).toEqual([]);
	});

	test('the setup panel and the message to the host, open, have none either', async ({ page, codePage }, testInfo) => {
		await page.goto('/521/');
		await page.getByText('Write the message to your hosting provider').click();
		await expect(page.locator('.host-message__form')).toBeVisible();
		const withMessage = await scanEverywhere(page, testInfo, 'host message open');
		const setup = await codePage.openSetup();
		await setup.getByRole('textbox', { name: 'Hostname' }).fill('not valid;');
		expect([...withMessage, ...(await scanEverywhere(page, testInfo, 'setup panel open'))]).toEqual([]);
	});

	test('the open search with results has none either', async ({ page, search }, testInfo) => {
		await page.goto('/');
		await search.open();
		await search.search('timeout');
		expect(await scanEverywhere(page, testInfo, 'search open')).toEqual([]);
	});
});
