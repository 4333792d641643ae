import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../lib/build-cache';
import { readPagePolicy, trimPagePolicy, type PagePolicy } from '../lib/csp';
import { stepCache } from './build-cache';

/**
 * Each built page's Content-Security-Policy keeps only the hashes of its own inline scripts and
 * styles (src/lib/csp.ts). What it reads of a page is cached by the page's HTML and this code.
 */
export function cspTrimIntegration(): AstroIntegration {
	return {
		name: 'csp-trim',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				const { cache, code } = stepCache('csp-trim', import.meta.url);
				let saved = 0;
				for (const page of pages) {
					const file = join(root, page);
					const html = await readFile(file, 'utf8');
					let trimmed: string;
					try {
						const read = await cache.through(cacheKey(code, html), () => JSON.stringify(readPagePolicy(html)));
						trimmed = trimPagePolicy(html, JSON.parse(read) as PagePolicy);
					} catch (error) {
						throw new Error(`${page}: ${(error as Error).message}`);
					}
					saved += html.length - trimmed.length;
					if (trimmed !== html) await writeFile(file, trimmed);
				}
				await cache.prune();
				logger.info(`Trimmed each page's Content-Security-Policy to its own hashes (${pages.length} pages, ${Math.round(saved / 1024)} KB; ${cache.hits} read from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
			},
		},
	};
}
