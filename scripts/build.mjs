#!/usr/bin/env node
// `npm run build`: `astro build`, with a short summary instead of Astro's ~130 lines of routes.
// The whole log goes to reports/build.log; `--verbose` (or VERBOSE=1) prints it as it comes. On a
// failure the whole log is printed, so the error with its file and field is on the screen.
// After a successful build it writes dist/.build-stamp, which `npm start` and the unit tests read
// to tell whether the built site is older than its sources (scripts/freshness.mjs).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILD_LOG, BUILD_STAMP } from './freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = realpathSync(new URL('../node_modules/.bin/astro', import.meta.url));
// Run directly with an older Node (`node scripts/build.mjs` on Node 20), use the project's own Node 24.
const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
const verbose = process.argv.includes('--verbose') || process.env['VERBOSE'] === '1';

/** Lines of the log worth a reader's time when all went well: what each build step did, and the total. */
const SUMMARY = /\[(markdown-copies|link-check|pagefind-index|previews-done|@astrojs\/sitemap)\]|page\(s\) built in|\[WARN\]|warn/i;

mkdirSync(`${root}/reports`, { recursive: true });
const log = createWriteStream(BUILD_LOG);
const started = Date.now();
const child = spawn(node, [astro, 'build', ...process.argv.slice(2).filter((a) => a !== '--verbose')], {
	cwd: root,
	env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [child.stdout, child.stderr]) {
	stream.on('data', (chunk) => {
		log.write(chunk);
		if (verbose) process.stdout.write(chunk);
	});
}
child.on('exit', (code) => {
	log.end(() => {
		const text = readFileSync(BUILD_LOG, 'utf8');
		if (code !== 0) {
			if (!verbose) process.stderr.write(text);
			console.error(`[build] failed (exit ${code}); the log above is also in ${BUILD_LOG.replace(root, '')}`);
			process.exit(code ?? 1);
		}
		if (!verbose) {
			for (const line of text.split('\n')) if (SUMMARY.test(line)) console.log(line.replace(/^\d\d:\d\d:\d\d /, ''));
			console.log(`[build] done in ${((Date.now() - started) / 1000).toFixed(1)} s; full log in ${BUILD_LOG.replace(root, '')}`);
		}
		writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
	});
});
