import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { builtPages } from './fixtures/pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function scan(page: Page, testInfo: TestInfo, label: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	const summary = results.violations.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	if (summary.length) await testInfo.attach(`axe-${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
	return summary;
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`accessibility, ${theme} theme`, () => {
		test.use({ colorScheme: theme });

		for (const path of builtPages()) {
			test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }, testInfo) => {
				await page.goto(path);
				expect(await scan(page, testInfo, path)).toEqual([]);
			});
		}

		test('the wizard mid-flow and the open search have none either', async ({ page, wizard, search }, testInfo) => {
			await wizard.goto();
			await wizard.choose(0);
			await wizard.choose(0);
			await expect(wizard.pathSoFar).toHaveCount(2);
			const violations = await scan(page, testInfo, 'wizard mid-flow');
			await search.open();
			await search.search('timeout');
			violations.push(...(await scan(page, testInfo, 'search open')));
			expect(violations).toEqual([]);
		});
	});
}
