import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_CACHE_VARIABLE, BuildCache, buildCacheSetting, codeHash, lockfileHash, pruneUnusedSince, type BuildCacheSetting } from '../lib/build-cache';

/** The caches filled while pages render (no post-build step sees all their keys): pruned after the build. */
const RENDER_CACHES = ['flow-layouts'];

/**
 * Tells every cached build step where the caches are (src/lib/build-cache.ts): Astro's cache
 * directory and the lockfile's hash, through the environment, which code bundled into the pages
 * reads as well as the integrations. List it first.
 */
export function buildCacheIntegration(): AstroIntegration {
	let started = 0;
	let dir = '';
	return {
		name: 'build-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				started = Date.now();
				dir = fileURLToPath(config.cacheDir);
				const setting: BuildCacheSetting = { dir, lockfile: lockfileHash(fileURLToPath(config.root)) };
				process.env[BUILD_CACHE_VARIABLE] = JSON.stringify(setting);
			},
			// After every page has rendered, so every layout this build used has been read or written.
			'astro:build:done': async () => {
				await Promise.all(RENDER_CACHES.map((name) => pruneUnusedSince(join(dir, name), started)));
			},
		},
	};
}

/**
 * The cache of one post-build step, in `<cache dir>/<name>/`, and the hash of its code: the
 * module at `entry` (pass `import.meta.url`) with everything it imports. Every key of the step
 * starts with that hash. A step run outside a build (the unit tests call hooks alone) gets a
 * cache that stores nothing.
 */
export function stepCache(name: string, entry: string): { cache: BuildCache; code: string } {
	const setting = buildCacheSetting();
	if (!setting) return { cache: new BuildCache(undefined), code: '' };
	return { cache: new BuildCache(join(setting.dir, name)), code: codeHash(fileURLToPath(entry), setting.lockfile) };
}
