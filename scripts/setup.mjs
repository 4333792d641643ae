#!/usr/bin/env node
// First-run set-up for `npm start` and `npm test`, so a fresh clone needs no manual step.
// Runs on whatever Node the machine has (Node 20 included), before the project's own Node 24
// (the `node` devDependency) is installed; so: no dependencies, no syntax newer than Node 18.
// Quiet when there is nothing to do; everything is printed when something fails.
//
//   node scripts/setup.mjs            install dependencies (npm ci) if they are missing or stale
//   node scripts/setup.mjs --browser  also find a Chromium that launches, for the browser tests
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BROWSER_RECORD, CHROMIUM_ARGS, HEADLESS_SHELL_PATH, SYSTEM_PATHS, chosenBrowser, recordBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const say = (/** @type {string} */ line) => console.log(`[setup] ${line}`);

/**
 * Runs a command with its output captured; prints the output only if it fails (then exits), or
 * if `show` says so. Returns the output.
 * @param {string} command @param {string[]} args
 * @param {{ show?: (line: string) => boolean, timeout?: number, mayFail?: boolean }} [options]
 */
function run(command, args, { show = () => false, timeout, mayFail = false } = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	if (result.status !== 0 && !mayFail) {
		console.error(output);
		console.error(`[setup] failed: ${command} ${args.join(' ')} (exit ${result.status ?? result.signal})`);
		process.exit(result.status ?? 1);
	}
	for (const line of output.split('\n')) if (line && show(line)) console.log(line);
	return { ok: result.status === 0, output };
}

// 1. Dependencies, from the committed lock file, exactly as a deploy pipeline installs them.
//    They include Node 24 itself (the `node` package), which npm puts first on the PATH of every
//    script. npm writes node_modules/.package-lock.json after each install.
const installed = 'node_modules/.package-lock.json';
const stale =
	!existsSync(installed) ||
	!existsSync('node_modules/.bin/node') ||
	statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs ||
	statSync('package.json').mtimeMs > statSync(installed).mtimeMs;
if (stale) {
	const major = Number(process.versions.node.split('.')[0]);
	say(`Installing dependencies with npm ci${major < 22 ? ` (Node ${process.version} here; the scripts will run on the Node 24 that npm installs into node_modules)` : ''}…`);
	// Every package that needs Node ≥ 22 warns EBADENGINE under an older Node (about 75 warnings of
	// 5 lines each). Expected here, since the project brings its own Node 24; anything else shows.
	const { output } = run('npm', ['ci', '--no-audit', '--no-fund'], { show: (line) => !/EBADENGINE/.test(line) });
	const hidden = output.split('\n').filter((line) => /npm warn EBADENGINE Unsupported engine/.test(line)).length;
	if (hidden) say(`(${hidden} "EBADENGINE Unsupported engine" warnings hidden: they are about Node ${process.version}, which only runs npm itself.)`);
	say(`Scripts run on Node ${run('node_modules/.bin/node', ['--version']).output.trim()} from node_modules/.bin.`);
}

// 2. A browser for the Playwright tests, proved to launch before it is recorded as ready.
if (process.argv.includes('--browser')) {
	const recorded = chosenBrowser();
	if (!existsSync(BROWSER_RECORD) || (recorded?.executablePath && !existsSync(recorded.executablePath))) {
		findBrowser();
	}
}

/** Launches Chromium through Playwright and opens a page; the version on success, else undefined. @param {string} [executablePath] */
function launches(executablePath) {
	const probe = `
		const { chromium } = await import('@playwright/test');
		const browser = await chromium.launch({ args: ${JSON.stringify(CHROMIUM_ARGS)}${executablePath ? `, executablePath: ${JSON.stringify(executablePath)}` : ''} });
		const page = await browser.newPage();
		await page.setContent('<p>ok</p>');
		console.log(browser.version());
		await browser.close();`;
	const result = run('node_modules/.bin/node', ['--input-type=module', '-e', probe], { timeout: 60_000, mayFail: true });
	return result.ok ? result.output.trim().split('\n').at(-1) : undefined;
}

/** Root on a system with apt (Debian, Ubuntu): set-up may install a browser package. */
function canApt() {
	return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs a package with apt-get, updating the package lists first if the install fails without; whether it installed. @param {string} name */
function aptInstall(name) {
	const install = () => run('apt-get', ['install', '-y', '-qq', name], { timeout: 300_000, mayFail: true }).ok;
	if (install()) return true;
	run('apt-get', ['update', '-qq'], { timeout: 300_000, mayFail: true });
	return install();
}

function findBrowser() {
	/** @type {{ source: string, executablePath?: string }[]} */
	const tried = [];
	/** @param {string} source @param {string} [executablePath] */
	const attempt = (source, executablePath) => {
		tried.push({ source, ...(executablePath ? { executablePath } : {}) });
		const version = launches(executablePath);
		if (!version) return false;
		recordBrowser({ source, version, ...(executablePath ? { executablePath } : {}) });
		say(`Browser tests use ${source}${executablePath ? ` (${executablePath})` : ''}, Chromium ${version}.`);
		return true;
	};
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (attempt('CHROMIUM_PATH', fromEnv)) return;
		console.error(`[setup] CHROMIUM_PATH=${fromEnv} does not launch. Unset it or point it at a working Chromium.`);
		process.exit(1);
	}
	// Playwright's own build matches its version exactly: the best choice where it is installed.
	if (attempt("Playwright's Chromium")) return;
	// Where the system has only the full Chromium, Debian's headless shell runs the browser tests in about
	// half the time (SYSTEM_PATHS): one small package from the same source, added where apt can add it.
	if (canApt() && !existsSync(HEADLESS_SHELL_PATH) && SYSTEM_PATHS.some((p) => existsSync(p))) {
		say("Adding Debian's chromium-headless-shell, in which the browser tests run in about half the time (apt-get install -y chromium-headless-shell)…");
		if (!aptInstall('chromium-headless-shell')) say('It could not be installed; the tests use the full Chromium.');
	}
	// Then a Chromium or Chrome the system has, before downloading anything.
	for (const path of SYSTEM_PATHS.filter((p) => existsSync(p))) if (attempt('the system Chromium', path)) return;
	say("No Chromium found; downloading Playwright's (npx playwright install chromium)…");
	const download = run('npx', ['playwright', 'install', 'chromium'], { timeout: 300_000, mayFail: true });
	if (download.ok && attempt("Playwright's Chromium")) return;
	// Some networks cannot reach Playwright's download hosts; Debian's package installs from the mirror.
	// (Ubuntu's chromium package is only a stub for the snap, which fails in containers: the launch check catches it.)
	if (canApt()) {
		say("Playwright's download failed; installing Debian's package instead (apt-get install -y chromium-headless-shell)…");
		// The headless shell alone is all the tests need (see SYSTEM_PATHS); the full package where it is missing.
		if (!aptInstall('chromium-headless-shell')) aptInstall('chromium');
		for (const path of SYSTEM_PATHS.filter((p) => existsSync(p) && !tried.some((t) => t.executablePath === p))) {
			if (attempt('the system Chromium', path)) return;
		}
	}
	console.error(
		[
			'[setup] No Chromium that launches was found. Tried:',
			...tried.map((t) => `  - ${t.source}${t.executablePath ? ` at ${t.executablePath}` : ''}`),
			'Do one of these, then run the command again:',
			"  - npx playwright install --with-deps chromium   (Playwright's own browser; needs access to its download hosts)",
			'  - install Chromium or Google Chrome from your distribution (not a snap), e.g. `sudo apt-get install chromium` on Debian',
			'  - set CHROMIUM_PATH=/path/to/chromium',
		].join('\n')
	);
	process.exit(1);
}
