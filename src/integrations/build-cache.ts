import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_CACHE_VARIABLE, BuildCache, buildCacheSetting, codeHash, lockfileHash, type BuildCacheSetting } from '../lib/build-cache';

/**
 * Tells every cached build step where the caches are (src/lib/build-cache.ts): Astro's cache
 * directory and the lockfile's hash, through the environment, which code bundled into the pages
 * reads as well as the integrations. List it first.
 */
export function buildCacheIntegration(): AstroIntegration {
	return {
		name: 'build-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				const setting: BuildCacheSetting = { dir: fileURLToPath(config.cacheDir), lockfile: lockfileHash(fileURLToPath(config.root)) };
				process.env[BUILD_CACHE_VARIABLE] = JSON.stringify(setting);
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
