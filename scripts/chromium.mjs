// Finds a Chromium for Playwright, the benchmark and Lighthouse. Plain Node (runs on Node 20 too).
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu, Fedora and Google's packages put Chromium or Chrome. */
const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The Chromium to drive: `CHROMIUM_PATH` if set, else a system install, else undefined
 * (Playwright then uses its own download, if `npx playwright install` has fetched one).
 * @returns {string | undefined}
 */
export function systemChromium() {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
		return fromEnv;
	}
	return SYSTEM_PATHS.find((p) => existsSync(p));
}

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
