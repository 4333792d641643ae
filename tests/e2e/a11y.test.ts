import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { builtPages } from './fixtures/pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 360] as const;
const THEMES = ['light', 'dark'] as const;

async function scan(page: Page, testInfo: TestInfo, label: string) {
	// Only violations are read; skipping the details of passes and incomplete checks halves the time.
	const results = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
	const summary = results.violations.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	if (summary.length) await testInfo.attach(`axe-${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
	return summary;
}

/**
 * Scans the page as it is now at each width and theme. One page load serves all four scans:
 * the theme and the viewport change in place, as they do for a reader.
 */
async function scanEverywhere(page: Page, testInfo: TestInfo, label: string): Promise<string[]> {
	const violations: string[] = [];
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
		for (const theme of THEMES) {
			await page.emulateMedia({ colorScheme: theme });
			violations.push(...(await scan(page, testInfo, `${label} at ${width} px, ${theme}`)));
		}
	}
	return violations;
}

test.describe('accessibility (WCAG 2.2 A/AA), light and dark, 1280 and 360 px', () => {
	for (const path of builtPages()) {
		test(`${path} has no violations`, async ({ page }, testInfo) => {
			await page.goto(path);
			expect(await scanEverywhere(page, testInfo, path)).toEqual([]);
		});
	}

	test('the wizard mid-flow has none either', async ({ page, wizard }, testInfo) => {
		await wizard.goto();
		await wizard.choose(0);
		await wizard.choose(0);
		await expect(wizard.pathSoFar).toHaveCount(2);
		expect(await scanEverywhere(page, testInfo, 'wizard mid-flow')).toEqual([]);
	});

	test('the open search with results has none either', async ({ page, search }, testInfo) => {
		await page.goto('/');
		await search.open();
		await search.search('timeout');
		expect(await scanEverywhere(page, testInfo, 'search open')).toEqual([]);
	});
});
