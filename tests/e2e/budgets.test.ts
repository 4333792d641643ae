// Byte budgets: bytes are stable from run to run, so they are asserted here. Times are not, so
// `npm run bench` reports them instead.
import { expect, test } from './fixtures/test';
import { BUDGETS, chainScript, firstLoad, searchCost, wizardScript } from '../../scripts/measure.mjs';
import { builtPages } from './fixtures/pages';

test('the /521/ first screen arrives in the first round trip, within budget', () => {
	const load = firstLoad('dist', '/521/');
	expect(load.firstScreen).not.toBeNull();
	expect(load.firstScreen!).toBeLessThanOrEqual(BUDGETS.firstScreen);
	expect(load.total).toBeLessThanOrEqual(BUDGETS.firstLoad);
	expect(load.js).toBeLessThanOrEqual(BUDGETS.firstLoadJs);
	expect(load.inlineJs).toBeLessThanOrEqual(BUDGETS.firstLoadInlineJs);
	// One round of requests: every script is named by the HTML, none found only inside another.
	expect(load.requests).toBeLessThanOrEqual(BUDGETS.firstLoadRequests);
	expect(load.chained).toEqual([]);
	// Nothing render-blocking beyond the HTML: the CSS is inline.
	expect(load.css).toBeGreaterThan(1000);
});

test('every comparison page loads within 15 KB gzip', () => {
	const pages = builtPages().filter((p) => /^\/5\d\d-vs-5\d\d\/$/.test(p));
	expect(pages.length).toBeGreaterThanOrEqual(9);
	const over = pages.map((p) => ({ p, total: firstLoad('dist', p).total })).filter(({ total }) => total > BUDGETS.comparison);
	expect(over).toEqual([]);
});

test('/diagnose/ loads within 40 KB gzip, its data left for when the reader starts', () => {
	const load = firstLoad('dist', '/diagnose/');
	expect(load.jsFiles.length).toBeGreaterThan(0);
	expect(load.total).toBeLessThanOrEqual(BUDGETS.diagnose);
});

test('every troubleshooter page is within 40 KB gzip, its flowchart left for when the reader opens it', () => {
	const pages = builtPages().filter((p) => p.endsWith('/troubleshoot/'));
	expect(pages.length).toBeGreaterThanOrEqual(13);
	const over = pages.map((p) => ({ p, html: firstLoad('dist', p).html })).filter(({ html }) => html > BUDGETS.troubleshooter);
	expect(over).toEqual([]);
});

test('the wizard script stays under its budget (2.75 KB gzip)', () => {
	const { gzip, files } = wizardScript('dist');
	expect(files.length).toBeGreaterThan(0);
	expect(gzip).toBeLessThanOrEqual(BUDGETS.wizardJs);
});

test('the chain builder’s script stays under 8 KB gzip', () => {
	const { gzip, files } = chainScript('dist');
	expect(files.length).toBeGreaterThan(0);
	expect(gzip).toBeLessThanOrEqual(BUDGETS.chainJs);
});

test('search fetches within budget up to its first result, typed or pasted', async ({ page, browser, baseURL }) => {
	const typed = await searchCost(page, baseURL!, 'bad gateway');
	expect(typed.requests).toBeGreaterThan(2);
	expect(typed.bytes).toBeLessThanOrEqual(BUDGETS.searchTypedToFirstResult);
	// An ALB access-log line as pasted in a public troubleshooting guide (tests/fixtures/search/real-queries.yaml, with its source).
	// In a browser context of its own, so nothing the typed query fetched is in its cache.
	const fresh = await browser.newPage();
	const pasted = await searchCost(fresh, baseURL!, 'h2 2026-03-15T14:22:45.891Z app/my-alb/a1b2c3d4e5f6g7h8 10.0.1.55:443 10.0.2.100:8080 0.001 60.001 -1 504 - 220 "POST https://example.com:443/v1/reports HTTP/2.0" "Mozilla/5.0"');
	expect(pasted.fetched.some((f) => f.url.endsWith('words.txt')), 'a paste picks its rarest words from the word list').toBe(true);
	expect(pasted.bytes).toBeLessThanOrEqual(BUDGETS.searchPastedToFirstResult);
	await fresh.close();
});
