import { createRequire } from 'node:module';
import type { Result, RunOptions } from 'axe-core';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { builtPages, guidePages } from './fixtures/pages';
import { PHONE } from './fixtures/viewports';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, PHONE.width] as const;
const THEMES = ['light', 'dark'] as const;
/** axe-core's browser build, which every page of these tests loads before its own scripts. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// axe is in every page from its first script on (an init script, sent to the browser once per
// test): injecting its 550 KB into each page after it loads, as @axe-core/playwright does for
// every scan, took a third of the sweep's time.
test.beforeEach(async ({ context }) => {
	await context.addInitScript({ path: AXE_SCRIPT });
});

async function scan(page: Page, testInfo: TestInfo, label: string) {
	// Only violations are read, and only they come back from the page; skipping the details of
	// passes and incomplete checks halves the time. These pages have no frames.
	const options: RunOptions = { runOnly: { type: 'tag', values: WCAG }, resultTypes: ['violations'] };
	const violations = await page.evaluate(
		(options) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options).then((r): Result[] => r.violations),
		options
	);
	const summary = violations.map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	if (summary.length) await testInfo.attach(`axe-${label}`, { body: JSON.stringify(violations, null, 2), contentType: 'application/json' });
	return summary;
}

type Setting = readonly [width: (typeof WIDTHS)[number], theme: (typeof THEMES)[number]];
const EVERY_SETTING: Setting[] = WIDTHS.flatMap((w) => THEMES.map((t) => [w, t] as const));
/** A page's kind: pages of one kind share a template (layout, components, styles). */
function kindOf(path: string, guides: ReadonlySet<string>): string {
	if (/^\/5\d\d\/$/.test(path)) return 'code';
	if (/^\/5\d\d-vs-5\d\d\/$/.test(path)) return 'comparison';
	if (/^\/5\d\d\/sources\/$/.test(path)) return 'sources';
	if (/troubleshoot\/$/.test(path)) return 'troubleshooter';
	if (path.startsWith('/platforms/') && path !== '/platforms/') return 'platform';
	if (path.startsWith('/chain/') && path !== '/chain/') return 'chain';
	if (guides.has(path)) return 'guide';
	return path;
}

/**
 * What axe checks that can differ between settings is mostly colour (the theme) and layout (the
 * width); both come from a page's template and shared styles. So every kind of page is scanned
 * in all four settings and every page at least once: a kind with four pages or more takes the
 * four settings in turn across its pages, one scan each; a kind with fewer has its first page
 * scanned in all four.
 */
function settingsByPage(pages: readonly string[], guides: ReadonlySet<string>): Map<string, Setting[]> {
	const byKind = new Map<string, string[]>();
	for (const path of pages) byKind.set(kindOf(path, guides), [...(byKind.get(kindOf(path, guides)) ?? []), path]);
	const settings = new Map<string, Setting[]>();
	for (const paths of byKind.values()) {
		paths.forEach((path, i) => settings.set(path, paths.length < EVERY_SETTING.length && i === 0 ? EVERY_SETTING : [EVERY_SETTING[i % EVERY_SETTING.length]!]));
	}
	return settings;
}

/**
 * Puts the browser in a setting for the next page load. Each scan is of a page loaded in its
 * setting, as a reader's phone loads it: a colour scheme changed under a loaded page restyles some
 * elements a few frames late, and axe then reads a mix of both schemes' colours.
 */
async function useSetting(page: Page, [width, theme]: Setting) {
	await page.setViewportSize({ width, height: width === PHONE.width ? PHONE.height : 900 });
	await page.emulateMedia({ colorScheme: theme });
}

/** Brings the page to a state (`prepare` loads it and acts on it) in every setting in turn, and scans it in each. */
async function scanEverywhere(page: Page, testInfo: TestInfo, label: string, prepare: () => Promise<void>): Promise<string[]> {
	const violations: string[] = [];
	for (const setting of EVERY_SETTING) {
		await useSetting(page, setting);
		await prepare();
		violations.push(...(await scan(page, testInfo, `${label} at ${setting[0]} px, ${setting[1]}`)));
	}
	return violations;
}

test.describe('accessibility (WCAG 2.2 A/AA), light and dark, 1280 and 360 px', () => {
	test.describe.configure({ timeout: 90_000 });
	// Pages in batches, each batch one test in one browser page: a new page for every scan cost
	// more than the scan. A violation names its page and setting.
	const assigned = settingsByPage(builtPages(), new Set(guidePages()));
	const pages = [...assigned].map(([path, settings]) => ({ path, settings }));
	// Batches of about equal work (a page of each kind is four scans), so neither worker is left
	// with a long one at the end: each page goes to the batch with the fewest scans so far.
	const BATCHES = 16;
	const batches: (typeof pages)[] = Array.from({ length: BATCHES }, () => []);
	const scans = (batch: typeof pages) => batch.reduce((sum, p) => sum + p.settings.length, 0);
	for (const page of [...pages].sort((a, b) => b.settings.length - a.settings.length)) {
		batches.reduce((least, batch) => (scans(batch) < scans(least) ? batch : least)).push(page);
	}
	for (const batch of batches) {
		// Scans in one setting follow each other, so the setting changes a few times per batch, not on every page.
		const inOrder = batch.flatMap(({ path, settings }) => settings.map((setting) => ({ path, setting })));
		inOrder.sort((a, b) => EVERY_SETTING.indexOf(a.setting) - EVERY_SETTING.indexOf(b.setting));
		test(`${batch.map((p) => p.path).join(', ')} have none`, async ({ page }, testInfo) => {
			const violations: string[] = [];
			let current: Setting | undefined;
			for (const { path, setting } of inOrder) {
				if (setting !== current) await useSetting(page, (current = setting));
				await page.goto(path);
				violations.push(...(await scan(page, testInfo, `${path} at ${setting[0]} px, ${setting[1]}`)));
			}
			expect(violations).toEqual([]);
		});
	}

	test('every setting is scanned on pages of every kind, and every page at least once', () => {
		const pages = builtPages();
		const guides = new Set(guidePages());
		const settings = settingsByPage(pages, guides);
		const seen = new Set(pages.flatMap((path) => (settings.get(path) ?? []).map(([w, t]) => `${kindOf(path, guides)} ${w} ${t}`)));
		for (const kind of new Set(pages.map((p) => kindOf(p, guides)))) for (const [w, t] of EVERY_SETTING) expect(seen, kind).toContain(`${kind} ${w} ${t}`);
		expect(pages.filter((p) => !settings.get(p)?.length)).toEqual([]);
	});

	test('the wizard mid-flow has none either', async ({ page, wizard }, testInfo) => {
		const midFlow = async () => {
			await wizard.goto();
			await wizard.choose(0);
			await wizard.choose(0);
			await expect(wizard.pathSoFar).toHaveCount(2);
		};
		expect(await scanEverywhere(page, testInfo, 'wizard mid-flow', midFlow)).toEqual([]);
	});

	test('the setup panel and the message to the host, open, have none either', async ({ page, codePage }, testInfo) => {
		const messageOpen = async () => {
			await page.goto('/521/');
			await page.getByText('Write the message to your hosting provider').click();
			await expect(page.locator('.host-message__form')).toBeVisible();
		};
		const setupOpen = async () => {
			await page.goto('/521/');
			const setup = await codePage.openSetup();
			await setup.getByRole('textbox', { name: 'Hostname' }).fill('not valid;');
		};
		expect([...(await scanEverywhere(page, testInfo, 'host message open', messageOpen)), ...(await scanEverywhere(page, testInfo, 'setup panel open', setupOpen))]).toEqual([]);
	});

	test('the open search with results has none either', async ({ page, search }, testInfo) => {
		const searchOpen = async () => {
			await page.goto('/');
			await search.open();
			await search.search('timeout');
		};
		expect(await scanEverywhere(page, testInfo, 'search open', searchOpen)).toEqual([]);
	});
});
