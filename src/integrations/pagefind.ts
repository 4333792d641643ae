import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Code pages are the ones at `/<three digits>/`; the index must hold at least that many. */
const CODE_PAGE = /^5\d\d\/$/;

/**
 * Builds the Pagefind search index after every `astro build`, through Pagefind's Node API, so
 * there is no second command to forget. Indexing errors, or an index with fewer pages than there
 * are code pages, fail the build.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const codePages = pages.filter((p) => CODE_PAGE.test(p.pathname)).length;
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					if (added.page_count < codePages) {
						throw new Error(`Pagefind indexed ${added.page_count} pages but there are ${codePages} code pages; is data-pagefind-body missing?`);
					}
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${added.page_count} pages (${codePages} code pages).`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
