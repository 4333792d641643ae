import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../lib/build-cache';
import { brokenLinksOf, readPageLinks, type PageLinks } from '../lib/link-check';
import { stepCache } from './build-cache';

/**
 * Fails the build on any broken internal link or anchor in `dist/`, naming the page and link.
 * What it reads of each page (ids, links) is cached by the page's HTML and the checker's code.
 */
export function linkCheckIntegration(): AstroIntegration {
	return {
		name: 'link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).map((f) => `/${f.replaceAll('\\', '/')}`);
				const { cache, code } = stepCache('link-check', import.meta.url);
				const pages: { path: string; links: PageLinks }[] = [];
				for (const file of files.filter((f) => f.endsWith('.html'))) {
					const html = await readFile(root + file, 'utf8');
					const links = await cache.through(cacheKey(code, html), () => JSON.stringify(readPageLinks(html)));
					pages.push({ path: file.replace(/index\.html$/, ''), links: JSON.parse(links) as PageLinks });
				}
				await cache.prune();
				const problems = brokenLinksOf(pages, new Set(files));
				if (problems.length > 0) {
					throw new Error(`Broken links in the built site:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				}
				logger.info(`Checked the links of ${pages.length} pages (${cache.hits} read from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s: none broken.`);
			},
		},
	};
}
