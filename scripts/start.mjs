#!/usr/bin/env node
// `npm start`: build the site (unless dist/ is newer than every source: scripts/freshness.mjs),
// then serve dist/ at http://localhost:4321/ (PORT overrides) in the foreground. One process owns the server and passes SIGINT, SIGTERM and SIGHUP on to it, so
// stopping `npm start` by its process id (a supervisor, a script, `docker stop`) stops the server
// too and frees the port. (`npm run build && npm run preview` ran the server under a shell that
// did not pass signals on, and the server outlived it.)
import { spawn, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staleBecause } from './freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = realpathSync(new URL('../node_modules/.bin/astro', import.meta.url));
const port = process.env['PORT'] ?? '4321';
const env = { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' };

const stale = staleBecause();
if (stale) {
	console.log(`[start] Building: ${stale}.`);
	const build = spawnSync(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url))], { cwd: root, env, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
} else {
	console.log('[start] dist/ is newer than every source: serving it as it is.');
}

// Astro ≥ 7.2 sends `astro preview` to the background when it thinks an agent runs it;
// ASTRO_PREVIEW_BACKGROUND=0 keeps it in the foreground, where this process can stop it.
// --ignore-lock: another preview of this folder (the browser tests', on another port) is no reason to refuse.
const server = spawn(process.execPath, [astro, 'preview', '--port', port, '--ignore-lock'], { cwd: root, env, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15) : 1)));
