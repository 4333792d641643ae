#!/usr/bin/env node
// First-run set-up for `npm start` and `npm test`, so a fresh clone needs no manual step.
// Runs on whatever Node the machine has (Node 20 included), before the project's own Node 24
// (the `node` devDependency) is installed; so: no dependencies, no syntax newer than Node 18.
//
//   node scripts/setup.mjs            install dependencies if they are missing or stale
//   node scripts/setup.mjs --browser  also make sure a Chromium exists for the browser tests
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { systemChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

/** @param {string} command @param {string[]} args */
function run(command, args) {
	console.log(`[setup] ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`[setup] failed: ${command} ${args.join(' ')} (exit ${result.status})`);
		process.exit(result.status ?? 1);
	}
}

// 1. Dependencies, including Node 24 itself (the `node` package), which every npm script then
//    finds first on its PATH. npm writes node_modules/.package-lock.json after each install.
const installed = 'node_modules/.package-lock.json';
const stale =
	!existsSync(installed) ||
	!existsSync('node_modules/.bin/node') ||
	statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
// `npm install`, not `npm ci`: npm 11 leaves other platforms' optional packages (esbuild's, Pagefind's
// binaries) out of the lock file and `npm ci` then refuses it as out of sync; `install` follows
// the lock file for everything it lists.
if (stale) run('npm', ['install', '--no-audit', '--no-fund']);

const projectNode = execFileSync('node_modules/.bin/node', ['--version'], { encoding: 'utf8' }).trim();
if (stale) console.log(`[setup] npm scripts run on Node ${projectNode} (the node devDependency).`);

// 2. A browser for the Playwright tests.
if (process.argv.includes('--browser')) {
	const found = systemChromium();
	if (found) {
		if (stale) console.log(`[setup] browser tests use ${found}`);
	} else if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		// Playwright's own download needs hosts these machines cannot reach; Debian's package installs.
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', 'chromium']);
		if (!systemChromium()) {
			console.error('[setup] apt-get installed chromium but /usr/bin/chromium is missing.');
			process.exit(1);
		}
	} else {
		console.log(
			'[setup] No system Chromium found: using Playwright’s own. If the tests cannot launch it, run ' +
				'`npx playwright install chromium`, install Chromium or Chrome, or set CHROMIUM_PATH.'
		);
	}
}
