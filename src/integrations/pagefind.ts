import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Pages that must be searchable: code pages (`/521/`) and platform pages (`/platforms/heroku/`). */
const MUST_BE_INDEXED = /^(5\d\d|platforms\/[a-z0-9-]+)\/$/;

/**
 * The URLs in a built Pagefind index, read from its fragment files (one gzipped JSON record per
 * page, after a `pagefind_dcd` signature). Throws on a fragment it cannot read, so a format
 * change fails the build instead of passing the check.
 */
export function indexedUrls(files: readonly { path: string; content: Uint8Array }[]): Set<string> {
	const urls = new Set<string>();
	for (const file of files) {
		if (!/(^|\/)fragment\/[^/]+\.pf_fragment$/.test(file.path)) continue;
		const text = gunzipSync(file.content).toString('utf8');
		const json = text.replace(/^pagefind_dcd/, '');
		const record = JSON.parse(json) as { url?: unknown };
		if (typeof record.url !== 'string') throw new Error(`Pagefind fragment ${file.path} has no url: the index format changed?`);
		urls.add(record.url);
	}
	return urls;
}

/**
 * Builds the Pagefind search index after every `astro build`, through Pagefind's Node API, so
 * there is no second command to forget. Indexing errors, or a code or platform page missing from
 * the index (no `data-pagefind-body`, say), fail the build.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const required = pages.map((p) => p.pathname).filter((p) => MUST_BE_INDEXED.test(p)).map((p) => `/${p}`);
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					const built = await index.getFiles();
					if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join('; ')}`);
					const indexed = indexedUrls(built.files);
					const missing = required.filter((url) => !indexed.has(url));
					if (missing.length > 0) {
						throw new Error(`These pages are not in the search index (is data-pagefind-body missing from their layout?): ${missing.join(', ')}`);
					}
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${indexed.size} pages, including all ${required.length} code and platform pages.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
