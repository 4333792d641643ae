/**
 * After the build: a Markdown copy beside every page that /llms.txt links to (`/521/` →
 * `/521.md`), and `/llms-full.txt` with all of them. Runs before the link check, which then
 * sees the pages' "View as Markdown" links resolve.
 *
 * A copy is cached by its page's built HTML (and that of the page holding a list it fetches when
 * opened), its URL and the converter's code: a build converts only the pages that changed.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { llmsHead, markdownLinks } from '../data/llms';
import { pageToMarkdown } from '../data/markdown';
import { cacheKey } from '../lib/build-cache';
import { stepCache } from './build-cache';
import { LLMS_FULL_PATH, LLMS_PATH, pageOfMarkdown } from '../data/urls';

export function markdownCopiesIntegration(): AstroIntegration {
	let origin = '';
	return {
		name: 'markdown-copies',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!config.site) throw new Error('markdown-copies: set `site` in astro.config.mjs; the copies link by absolute URL.');
				origin = new URL(config.site).origin;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const index = await readFile(join(root, LLMS_PATH), 'utf8');
				const { cache, code } = stepCache('markdown-copies', import.meta.url);
				const copies: string[] = [];
				for (const link of markdownLinks(index)) {
					const url = new URL(link);
					if (url.origin !== origin) throw new Error(`${LLMS_PATH} links to ${link}, which is not on ${origin}`);
					const page = pageOfMarkdown(url.pathname);
					let html: string;
					try {
						html = await readFile(join(root, page, 'index.html'), 'utf8');
					} catch {
						throw new Error(`${LLMS_PATH} links to ${link}, but there is no page at ${page} to copy`);
					}
					const pageUrl = new URL(page, origin).href;
					// A list the page fetches only when it is opened (a code page's sources, Sources.astro) is in
					// the copy, so the page that holds it is part of the key; it is read once, for both.
					const deferred = new Map([...html.matchAll(/\sdata-sources="([^"]+)"/g)].map(([, path]) => [path!, readFileSync(join(root, path!, 'index.html'), 'utf8')]));
					const readPage = (path: string) => deferred.get(path) ?? readFileSync(join(root, path, 'index.html'), 'utf8');
					const markdown = await cache.through(cacheKey(code, pageUrl, html, ...deferred.values()), () => pageToMarkdown(html, pageUrl, readPage).markdown);
					await writeFile(join(root, url.pathname), markdown);
					copies.push(markdown);
				}
				const full = `${llmsHead(index)}\n\n${copies.join('\n\n')}`;
				await writeFile(join(root, LLMS_FULL_PATH), full);
				await cache.prune();
				logger.info(`Wrote ${copies.length} Markdown copies and ${LLMS_FULL_PATH} (${(Buffer.byteLength(full) / 1024).toFixed(0)} KB), ${cache.hits} from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
			},
		},
	};
}
