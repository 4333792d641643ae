#!/usr/bin/env node
// `npm run bench`: sizes and speed, printed as a table and written to bench-results/bench.json.
// A benchmark, not a test: times vary from run to run. Byte budgets are asserted by the tests.
//
//   npm run bench                 sizes, search, build times (cold and warm), Lighthouse
//   npm run bench -- --scale      also build synthetic 10× and 100× sites to show how build cost grows
//   npm run bench -- --scale=10   only the 10× one (each synthetic site is built cold, then warm)
//   npm run bench -- --build-only only the build times (with --scale, the synthetic builds too)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chosenBrowser, launchOptions } from './browser.mjs';
import { BUDGETS, chainRecompute, chainScript, firstLoad, gzipBytes, searchCost, searchOpenMs, secondCodePages, timeQuery, typedQueryMs, wizardScript } from './measure.mjs';

const root = resolve(import.meta.dirname, '..');
/** The Lighthouse the bench runs (not a dependency of the project: see step 4). */
const LIGHTHOUSE_VERSION = '13.5.0';
const PORT = 4323;
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_PREVIEW_BACKGROUND: '0' };
/** @type {Record<string, unknown>} */
const results = { date: new Date().toISOString(), node: process.version };
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
/** @type {[string, string, string][]} */
const rows = [];
const row = (/** @type {string} */ what, /** @type {string} */ value, budget = '') => rows.push([what, value, budget]);

/** A package's CLI run with this Node (the project's, not whatever `env node` finds). */
/** @param {string} name @returns {[string, string]} */
const cli = (name) => [process.execPath, realpathSync(join(root, 'node_modules/.bin', name))];

/**
 * What a cold build starts without, relative to the project: the built site, Astro's cache
 * directory (its content data store, the preview images and every cache of src/lib/build-cache.ts),
 * the generated types and Vite's dependency cache. A warm build keeps them all.
 */
const COLD_REMOVES = ['dist', 'node_modules/.astro', '.astro', 'node_modules/.vite'];
const BUDGET_COLD_MS = 6000;
const BUDGET_WARM_SHARE = 0.6;

/**
 * Where the time of one build went, read from its log: Astro's own steps and each post-build
 * step (every one of ours logs "in N s"). Seconds; a step the log does not time is left out.
 * @param {string} log
 */
function steps(log) {
	/** @type {Record<string, number>} */
	const found = {};
	const seconds = (/** @type {RegExp} */ pattern) => {
		const m = log.match(pattern);
		return m ? Number(m[1]) * (m[2] === 'ms' ? 0.001 : 1) : undefined;
	};
	const put = (/** @type {string} */ name, /** @type {number | undefined} */ value) => {
		if (value !== undefined) found[name] = Math.round(value * 100) / 100;
	};
	put('content sync + types', seconds(/\[types\] Generated ([\d.]+)(m?s)/));
	const vite = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === 'ms' ? 0.001 : 1), 0);
	put('vite (server + client bundles)', vite || undefined);
	put('page generation', seconds(/static routes[^]*?✓ Completed in ([\d.]+)(m?s)/));
	for (const m of log.matchAll(/\[([\w@/.-]+)\] [^\n]* in ([\d.]+) s\b/g)) put(String(m[1]), Number(m[2]));
	put('astro build (as Astro reports it)', seconds(/page\(s\) built in ([\d.]+)(m?s)/));
	return found;
}

/**
 * CPU seconds used so far by this process's finished children (Linux: /proc/self/stat's cutime and
 * cstime, in ticks of 1/100 s), or undefined elsewhere. Wall time on a shared machine swings with
 * whatever else runs; a build's CPU time much less.
 */
function childCpuSeconds() {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
		// After "pid (comm) ", cutime and cstime are the 14th and 15th fields.
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return undefined;
	}
}

/**
 * Runs `astro build` in `dir` and returns its wall time in ms, its CPU time, the page count and where the time
 * went. `cold`: first removes everything in COLD_REMOVES.
 * @param {string} dir
 * @param {{ cold: boolean }} options
 */
function build(dir, { cold }) {
	if (cold) for (const path of COLD_REMOVES) rmSync(join(dir, path), { recursive: true, force: true });
	const start = performance.now();
	const cpuBefore = childCpuSeconds();
	const [node, astro] = cli('astro');
	// A large build prints a lot of Vite warnings: room for them, or spawnSync kills the build.
	const r = spawnSync(node, [astro, 'build'], { cwd: dir, env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 });
	const ms = performance.now() - start;
	const cpuAfter = childCpuSeconds();
	const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : Math.round((cpuAfter - cpuBefore) * 10) / 10;
	if (r.status !== 0) throw new Error(`build failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
	const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	return { ms: Math.round(ms), cpuSeconds, pages, msPerPage: Math.round(ms / pages), steps: steps(`${r.stdout}\n${r.stderr}`) };
}

/**
 * A cold build, then a warm one (nothing changed in between), of the site in `dir`, as rows of
 * the table beside their budgets. `label` names the site in the rows.
 * @param {string} dir @param {string} label
 */
function coldAndWarm(dir, label) {
	const cold = build(dir, { cold: true });
	const warm = build(dir, { cold: false });
	const share = warm.ms / cold.ms;
	// The same share in CPU time: on a machine shared with other work, wall times swing far more.
	const cpuShare = cold.cpuSeconds && warm.cpuSeconds !== undefined ? warm.cpuSeconds / cold.cpuSeconds : undefined;
	row(`Build, ${label}, cold (${COLD_REMOVES.join(', ')} removed)`, `${(cold.ms / 1000).toFixed(1)} s (CPU ${cold.cpuSeconds ?? '?'} s) for ${cold.pages} pages, ${cold.msPerPage} ms/page`, `${BUDGET_COLD_MS / 1000} s`);
	row(`Build, ${label}, warm (nothing changed)`, `${(warm.ms / 1000).toFixed(1)} s (CPU ${warm.cpuSeconds ?? '?'} s), ${Math.round(share * 100)} % of cold (CPU ${cpuShare === undefined ? '?' : Math.round(cpuShare * 100)} %)`, `${BUDGET_WARM_SHARE * 100} % of cold`);
	const names = [...new Set([...Object.keys(cold.steps), ...Object.keys(warm.steps)])];
	for (const name of names) row(`  ${name}, cold / warm`, `${cold.steps[name]?.toFixed(2) ?? '?'} / ${warm.steps[name]?.toFixed(2) ?? '?'} s`);
	return { cold, warm, warmShareOfCold: Math.round(share * 100) / 100, warmShareOfColdCpu: cpuShare === undefined ? null : Math.round(cpuShare * 100) / 100, budgets: { coldMs: BUDGET_COLD_MS, warmShareOfCold: BUDGET_WARM_SHARE } };
}

const buildOnly = process.argv.includes('--build-only');

// 1. Build times of the real site: cold, then warm. The warm build leaves dist/ for what follows.
results['build'] = coldAndWarm(root, 'real site');

if (!buildOnly) {
	// 2. Sizes.
	const load = firstLoad(join(root, 'dist'), '/521/');
	const wizard = wizardScript(join(root, 'dist'));
	results['sizes'] = { '521': load, wizard };
	row('/521/ first screen (HTML+CSS to end of the quick answers)', kb(load.firstScreen ?? 0), kb(BUDGETS.firstScreen));
	row('/521/ HTML with inline CSS (raw / gzip)', `${kb(load.htmlRaw)} / ${kb(load.html)}`);
	row('/521/ inline CSS', kb(load.css));
	row('/521/ JavaScript on first load', `${kb(load.js)} in ${load.jsFiles.length} files + ${kb(load.inlineJs)} inline`, `${kb(BUDGETS.firstLoadJs)} + ${kb(BUDGETS.firstLoadInlineJs)}`);
	row('/521/ first load total (HTML+CSS+JS)', kb(load.total), kb(BUDGETS.firstLoad));
	const second = secondCodePages(join(root, 'dist'));
	const secondMedian = second[Math.floor(second.length / 2)];
	const secondHeaviest = second.at(-1);
	results['secondCodePage'] = { median: secondMedian, heaviest: secondHeaviest, within: second.filter((p) => p.gzip <= BUDGETS.secondCodePage).length, of: second.length };
	if (secondMedian && secondHeaviest) {
		row('A code page as the second page (scripts cached; CSS inline): median / heaviest', `${kb(secondMedian.gzip)} (${secondMedian.path}) / ${kb(secondHeaviest.gzip)} (${secondHeaviest.path})`, kb(BUDGETS.secondCodePage));
		row('  the same without its inline CSS (if the CSS were a cached file)', `${kb(secondMedian.withoutCss)} / ${kb(secondHeaviest.withoutCss)}`);
		row('  code pages within the budget as a second page', `${second.filter((p) => p.gzip <= BUDGETS.secondCodePage).length} of ${second.length}`);
	}
	row('/521/ first load requests (HTML, CSS, JS; found only by another script)', `${load.requests} (${load.chained.length})`, `${BUDGETS.firstLoadRequests} (0)`);
	row('Wizard client script', kb(wizard.gzip), kb(BUDGETS.wizardJs));
	const chainJs = chainScript(join(root, 'dist'));
	results['sizes'] = { ...(/** @type {object} */ (results['sizes'])), chain: chainJs };
	row('Chain builder script (/chain/)', kb(chainJs.gzip), kb(BUDGETS.chainJs));

	// Pages and files beyond /521/: the heaviest troubleshooter, the diagnose tool, the data files.
	const dist = join(root, 'dist');
	const gz = (/** @type {string} */ file) => gzipBytes(readFileSync(join(dist, file)));
	const raw = (/** @type {string} */ file) => readFileSync(join(dist, file)).length;
	const flowPages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)troubleshoot\/index\.html$/.test(f));
	const heaviest = flowPages.map((f) => ({ f, bytes: gz(f) })).sort((a, b) => b.bytes - a.bytes)[0];
	const astroFile = (/** @type {RegExp} */ pattern) => readdirSync(join(dist, '_astro')).find((f) => pattern.test(f));
	const diagnoseJs = astroFile(/^diagnose\.astro_astro_type_script.*\.js$/);
	const panelJs = astroFile(/^panel\..*\.js$/);
	const pages = {
		heaviestTroubleshooter: heaviest && { path: `/${heaviest.f.replace(/index\.html$/, '')}`, gzip: heaviest.bytes },
		diagnoseHtml: gz('diagnose/index.html'),
		// Fetched once the reader starts to use the tool (focus, a drop, a click), not with the page.
		diagnoseData: gz('diagnose/data.json'),
		diagnoseJs: diagnoseJs ? gz(`_astro/${diagnoseJs}`) : null,
		setupPanelJs: panelJs ? gz(`_astro/${panelJs}`) : null,
	};
	results['pages'] = pages;
	const kbOrUnknown = (/** @type {number | null} */ bytes) => (bytes === null ? '?' : kb(bytes));
	if (pages.heaviestTroubleshooter) row('Heaviest troubleshooter page (HTML; its flowchart is fetched when opened)', `${kb(pages.heaviestTroubleshooter.gzip)} (${pages.heaviestTroubleshooter.path})`, kb(BUDGETS.troubleshooter));
	row('/diagnose/ first load (HTML, its script, the every-page script)', kb(firstLoad(dist, '/diagnose/').total), kb(BUDGETS.diagnose));
	row('/diagnose/ HTML / its script / its data (fetched on first use)', `${kb(pages.diagnoseHtml)} / ${kbOrUnknown(pages.diagnoseJs)} / ${kb(pages.diagnoseData)}`);
	row('Setup panel, loaded on first use', kbOrUnknown(pages.setupPanelJs));
	const dataFiles = ['codes.json', 'platforms.json', 'schema/v1.json', 'llms.txt', 'llms-full.txt', 'changes.xml'];
	const data = Object.fromEntries(dataFiles.map((f) => [f, { raw: raw(f), gzip: gz(f) }]));
	results['data'] = data;
	for (const [f, size] of Object.entries(data)) row(`/${f} (raw / gzip)`, `${kb(size.raw)} / ${kb(size.gzip)}`);

	// 3. Search, and 4. Lighthouse, against `astro preview`.
	/** @type {import('node:child_process').ChildProcess} */
	const server = spawn(process.execPath, [cli('astro')[1], 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], {
		cwd: root,
		env,
		stdio: 'ignore',
	});
	try {
		for (let i = 0; i < 100; i++) {
			if (await fetch(`${BASE}/`).then((r) => r.ok, () => false)) break;
			await new Promise((r) => setTimeout(r, 100));
		}
			const browser = await chromium.launch(launchOptions());
		// Lighthouse launches Chrome itself: the chosen one, or Playwright's.
		const chromePath = chosenBrowser()?.executablePath ?? chromium.executablePath();
		/** @type {number[]} */
		const cold = [];
		/** @type {number[]} */
		const warm = [];
		let bytes = 0;
		for (let run = 0; run < 5; run++) {
			const page = await browser.newPage();
			const first = await searchCost(page, BASE, 'bad gateway');
			cold.push(first.ms);
			bytes = first.bytes;
			// "Later" means after the index has loaded: the first answer (from the list of codes) comes before it.
			await page.waitForFunction(() => document.querySelector('dialog[open] [role=listbox]')?.getAttribute('aria-busy') === 'false');
			for (const q of ['timeout', 'connection refused', '521', 'ssl']) {
				const again = await timeQuery(page, q);
				warm.push(again);
			}
			await page.close();
		}
		// A first query only the index answers: a reason phrase ("bad gateway") is answered from the list of codes.
		/** @type {number[]} */
		const coldIndex = [];
		for (let run = 0; run < 5; run++) {
			const page = await browser.newPage();
			coldIndex.push((await searchCost(page, BASE, 'connection refused')).ms);
			await page.close();
		}
		// The same query typed at a reader's pace, 60 ms a key, from the moment the dialog opens.
		/** @type {number[]} */
		const typedPace = [];
		for (let run = 0; run < 5; run++) {
			const page = await browser.newPage();
			typedPace.push(await typedQueryMs(page, BASE, 'connection refused'));
			await page.close();
		}
		const openPage = await browser.newPage();
		const opened = await searchOpenMs(openPage, `${BASE}/521/`);
		await openPage.close();
		// A pasted log line as the query: more words, more index chunks. One with a message the site knows word for
		// word (its section shows from the shortcuts, before the index), and an access-log line with none.
		const pastedPage = await browser.newPage();
		const pasted = await searchCost(pastedPage, BASE, 'upstream timed out (110: Connection timed out) while reading response header from upstream');
		await pastedPage.close();
		// In a page of its own: nothing of the first paste's downloads in its browser's cache.
		const pastedLogPage = await browser.newPage();
		const pastedLog = await searchCost(pastedLogPage, BASE, 'h2 2026-03-15T14:22:45.891Z app/my-alb/a1b2c3d4e5f6g7h8 10.0.1.55:443 10.0.2.100:8080 0.001 60.001 -1 504 - 220 "POST https://example.com:443/v1/reports HTTP/2.0" "Mozilla/5.0"');
		await pastedLogPage.close();

		// Diagnose: time from the button to the verdict, for a real paste, a 1 MB paste and a line
		// built to make regular expressions backtrack.
		/** @type {Record<string, number>} */
		const diagnoseMs = {};
		const diagnosePage = await browser.newPage();
		const inputs = {
			'ALB 502 headers': 'HTTP/2 502\r\nserver: awselb/2.0\r\ndate: Wed, 25 Nov 2026 10:00:00 GMT\r\ncontent-type: text/html\r\ncontent-length: 122',
			'1 MB of log lines': 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7\n'.repeat(9000),
			'backtracking bait (100,000 characters)': `${'a'.repeat(50_000)}${' ('.repeat(25_000)}`,
		};
		for (const [name, text] of Object.entries(inputs)) {
			await diagnosePage.goto(`${BASE}/diagnose/`);
			// Set as a paste would, in one go (typing a megabyte would time the typing).
			await diagnosePage.getByRole('textbox', { name: /headers, error page/i }).evaluate((el, value) => {
				/** @type {HTMLTextAreaElement} */ (el).value = value;
			}, text);
			const start = Date.now();
			await diagnosePage.getByRole('button', { name: 'Diagnose' }).click();
			await diagnosePage.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 2 }).waitFor();
			diagnoseMs[name] = Date.now() - start;
		}
		await diagnosePage.close();

		// The chain builder: a change to the findings, on the longest common chain and on eight layers.
		const chainPage = await browser.newPage();
		/** @type {Record<string, number[]>} */
		const chainMs = {
			'3 layers (Cloudflare → nginx → Gunicorn)': await chainRecompute(chainPage, BASE, '#cloudflare,nginx,gunicorn&t=45'),
			'8 layers': await chainRecompute(chainPage, BASE, '#cloudflare,aws-cloudfront,azure-front-door,aws-alb,envoy,traefik,nginx,gunicorn&t=45'),
		};
		await chainPage.close();

		// Page heights, desktop and phone: how far a reader scrolls.
		/** @type {Record<string, Record<string, number>>} */
		const heights = {};
		for (const width of [1280, 360]) {
			const page = await browser.newPage({ viewport: { width, height: width === 360 ? 780 : 900 } });
			for (const path of ['/', '/521/', '/502/']) {
				await page.goto(`${BASE}${path}`);
				(heights[path] ??= {})[String(width)] = await page.evaluate(() => document.documentElement.scrollHeight);
			}
			await page.close();
		}
		// Every code page on a phone, before anything is expanded: a hub is at most 12 screens
		// (tests/e2e/reading.test.ts asserts it; this prints them all).
		/** @type {Record<string, number>} */
		const phoneHeights = {};
		const phone = await browser.newPage({ viewport: { width: 360, height: 780 } });
		for (const dir of readdirSync(join(root, 'dist')).filter((d) => /^5\d\d$/.test(d)).sort()) {
			await phone.goto(`${BASE}/${dir}/`);
			phoneHeights[dir] = await phone.evaluate(() => document.documentElement.scrollHeight);
		}
		await phone.close();
		await browser.close();
		results['diagnoseMs'] = diagnoseMs;
		results['heights'] = heights;
		results['codePageHeights360'] = phoneHeights;
		const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
		results['search'] = { bytesToFirstResult: bytes, coldMs: cold.map(Math.round), coldIndexMs: coldIndex.map(Math.round), typedPaceMs: typedPace.map(Math.round), warmMs: warm.map(Math.round) };
		results['search'] = { ...(/** @type {object} */ (results['search'])), openMs: opened };
		row('Search: open to input focused, "/" key / click', `${opened['key']?.toFixed(0)} / ${opened['click']?.toFixed(0)} ms`, `${BUDGETS.searchOpenMs} ms`);
		row('Search: bytes from opening to first result', kb(bytes), kb(BUDGETS.searchTypedToFirstResult));
		row('Search: keystroke to results, first query, a reason phrase ("bad gateway", median of 5)', `${Math.round(median(cold))} ms`);
		row('Search: keystroke to results, first query the index answers ("connection refused", median of 5)', `${Math.round(median(coldIndex))} ms`);
		row('Search: last keystroke to settled results, "connection refused" typed at 60 ms a key from the opening (median of 5)', `${Math.round(median(typedPace))} ms`, `${BUDGETS.searchKeystrokeMs} ms`);
		row('Search: keystroke to results, later queries (median of 20)', `${Math.round(median(warm))} ms`);
		results['search'] = { ...(/** @type {object} */ (results['search'])), pastedQueryBytes: pasted.bytes, pastedLogBytes: pastedLog.bytes };
		row('Search: bytes to first result, pasted nginx error line (a known message)', kb(pasted.bytes), kb(BUDGETS.searchPastedToFirstResult));
		row('Search: bytes to first result, pasted ALB access-log line (no known message)', kb(pastedLog.bytes), kb(BUDGETS.searchPastedToFirstResult));
		for (const [name, ms] of Object.entries(diagnoseMs)) row(`Diagnose: button to verdict, ${name}`, `${ms} ms`);
		results['chainMs'] = Object.fromEntries(Object.entries(chainMs).map(([name, ms]) => [name, { median: median(ms), max: Math.max(...ms) }]));
		for (const [name, ms] of Object.entries(chainMs)) row(`Chain builder: a change to the findings, ${name} (median / worst of ${ms.length})`, `${median(ms).toFixed(1)} / ${Math.max(...ms).toFixed(1)} ms`, `${BUDGETS.chainRecomputeMs} ms`);
		for (const [path, byWidth] of Object.entries(heights)) row(`Page height ${path} at 1280 / 360 px`, `${byWidth['1280']} / ${byWidth['360']} px`);
		const screens = (/** @type {number} */ px) => (px / 780).toFixed(1);
		const tallest = Object.entries(phoneHeights).sort((a, b) => b[1] - a[1])[0];
		if (tallest) row('Tallest code page at 360 × 780, nothing expanded', `/${tallest[0]}/ ${tallest[1]} px, ${screens(tallest[1])} screens`, '12 screens');
		for (const [code, px] of Object.entries(phoneHeights)) row(`  /${code}/ at 360 px`, `${px} px, ${screens(px)} screens`);

		// Lighthouse, mobile settings (its default), with the same Chromium. Fetched by npx into its own
		// cache when the bench first runs: about 36 MB that every `npm ci` would otherwise install.
		const lhOut = join(root, 'bench-results', 'lighthouse-521.json');
		mkdirSync(join(root, 'bench-results'), { recursive: true });
		const lh = spawnSync(
			'npx',
			['--yes', `lighthouse@${LIGHTHOUSE_VERSION}`, `${BASE}/521/`, '--output=json', `--output-path=${lhOut}`, '--quiet', `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`],
			{ env: { ...env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) }, encoding: 'utf8' }
		);
		if (lh.status === 0) {
			const report = JSON.parse(readFileSync(lhOut, 'utf8'));
			const score = (/** @type {string} */ id) => Math.round((report.categories[id]?.score ?? 0) * 100);
			const audit = (/** @type {string} */ id) => report.audits[id]?.displayValue ?? '?';
			results['lighthouse'] = {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: audit('largest-contentful-paint'),
				cls: audit('cumulative-layout-shift'),
				tbt: audit('total-blocking-time'),
			};
			const l = /** @type {Record<string, unknown>} */ (results['lighthouse']);
			row('Lighthouse /521/ (mobile): perf / a11y / best practices / SEO', `${l['performance']} / ${l['accessibility']} / ${l['bestPractices']} / ${l['seo']}`);
			row('Lighthouse /521/ (mobile): LCP / CLS / TBT', `${l['lcp']} / ${l['cls']} / ${l['tbt']}`);
		} else {
			row('Lighthouse', `failed: ${(lh.stderr || lh.stdout).split('\n').slice(-3).join(' ')}`);
		}
	} finally {
		server.kill();
	}
}

// 5. How build cost grows: synthetic copies of every code page, 10× and 100× (or the factors given).
const scaleArgument = process.argv.find((a) => a === '--scale' || a.startsWith('--scale='));
if (scaleArgument) {
	const factors = scaleArgument === '--scale' ? [10, 100] : scaleArgument.slice('--scale='.length).split(',').map(Number);
	const codes = readdirSync(join(root, 'content/codes')).filter((f) => f.endsWith('.mdx'));
	for (const factor of factors) {
		const dir = mkdtempSync(join(tmpdir(), `5xx-bench-${factor}x-`));
		try {
			for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'content']) {
				cpSync(join(root, name), join(dir, name), { recursive: true });
			}
			mkdirSync(join(dir, 'node_modules'));
			for (const name of readdirSync(join(root, 'node_modules'))) {
				if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
			}
			// Synthetic codes (10521, 20521, …) are outside 500–599: widen the schemas in the copy only.
			/** @type {[file: string, narrow: string][]} */
			const ranges = [
				['src/content/common-schema.ts', ".max(599, 'must be 500–599')"],
				['src/data/schema.ts', ".min(500).max(599).describe('An HTTP status code, 500–599.')"],
			];
			for (const [file, narrow] of ranges) {
				const text = readFileSync(join(dir, file), 'utf8');
				if (!text.includes(narrow)) throw new Error(`${file}: no ${narrow} to widen for the synthetic codes; where is the status code's range now?`);
				writeFileSync(join(dir, file), text.replace(narrow, narrow.replace('.max(599', '.max(9_999_999')));
			}
			for (let copy = 1; copy < factor; copy++) {
				for (const file of codes) {
					const code = Number(file.replace('.mdx', ''));
					const synthetic = copy * 10_000 + code;
					const text = readFileSync(join(root, 'content/codes', file), 'utf8')
						.replace(/^code: \d+$/m, `code: ${synthetic}`)
						.replace(/^related: .*$/m, 'related: []')
						.replace(/^related:\n(\s+- .*\n)+/m, 'related: []\n');
					writeFileSync(join(dir, 'content/codes', `${synthetic}.mdx`), text);
				}
			}
			results[`build${factor}x`] = coldAndWarm(dir, `synthetic ${factor}×`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'Measure'.padEnd(width)}  ${'Value'.padEnd(56)}  Budget`);
for (const [what, value, budget] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(56)}  ${budget}`);
console.log('\nWritten to bench-results/bench.json');
