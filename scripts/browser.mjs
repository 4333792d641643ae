// Which Chromium the browser tests, the benchmark and the screenshots drive. Plain Node (runs on
// Node 20 too). `scripts/setup.mjs --browser` finds one that launches and records it here;
// everything else reads the record, so a browser that cannot start is caught once, up front.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Inside node_modules: a fresh `npm ci` forgets the choice and setup checks again. */
export const BROWSER_RECORD = join(root, 'node_modules/.cache/5xx-field-guide/browser.json');

/**
 * Where Debian, Ubuntu, Fedora, Google's packages and macOS put Chromium or Chrome. Debian's
 * headless shell comes first: it is Chromium's old headless mode, the build Playwright itself runs
 * headless tests in, without the full browser's interface. Here the browser tests took 2.0 min in
 * it against 3.4 to 3.9 min in the full Chromium's new headless mode, on the same build.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';
export const SYSTEM_PATHS = [
	HEADLESS_SHELL_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Flags for a headless Chromium on a machine with no route to Google's services: without them
 * Chromium keeps opening background connections that are refused, and some runs stall.
 */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

/**
 * @typedef {{ executablePath?: string, version?: string, source: string }} BrowserChoice
 * `executablePath` unset means Playwright's own Chromium.
 */

/** @param {BrowserChoice} choice */
export function recordBrowser(choice) {
	mkdirSync(dirname(BROWSER_RECORD), { recursive: true });
	writeFileSync(BROWSER_RECORD, `${JSON.stringify(choice, null, 2)}\n`);
}

/**
 * The browser setup chose, or, if setup has not run, `CHROMIUM_PATH` or a system install.
 * @returns {BrowserChoice | undefined}
 */
export function chosenBrowser() {
	if (existsSync(BROWSER_RECORD)) return JSON.parse(readFileSync(BROWSER_RECORD, 'utf8'));
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	return system ? { executablePath: system, source: 'system' } : undefined;
}

/** Playwright's launch options for the chosen browser. */
export function launchOptions() {
	const executablePath = chosenBrowser()?.executablePath;
	return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
}
