import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check';

/** Fails the build on any broken internal link or anchor in `dist/`, naming the page and link. */
export function linkCheckIntegration(): AstroIntegration {
	return {
		name: 'link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).map((f) => `/${f.replaceAll('\\', '/')}`);
				const pages: BuiltPage[] = [];
				for (const file of files.filter((f) => f.endsWith('.html'))) {
					pages.push({ path: file.replace(/index\.html$/, ''), html: await readFile(root + file, 'utf8') });
				}
				const problems = findBrokenLinks(pages, new Set(files));
				if (problems.length > 0) {
					throw new Error(`Broken links in the built site:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				}
				logger.info(`Checked the links of ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: none broken.`);
			},
		},
	};
}
