import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StepRecord } from '../search/steps';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Pages that must be searchable: code pages (`/521/`) and platform pages (`/platforms/heroku/`). */
const MUST_BE_INDEXED = /^(5\d\d|platforms\/[a-z0-9-]+)\/$/;

/** What Pagefind stored for one indexed page. */
interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/**
 * The pages in a built Pagefind index, read from its fragment files (one gzipped JSON record per
 * page, after a `pagefind_dcd` signature). Throws on a fragment it cannot read, so a format
 * change fails the build instead of passing the checks built on it.
 */
export function readFragments(files: readonly { path: string; content: Uint8Array }[]): Fragment[] {
	const fragments: Fragment[] = [];
	for (const file of files) {
		if (!/(^|\/)fragment\/[^/]+\.pf_fragment$/.test(file.path)) continue;
		const text = gunzipSync(file.content).toString('utf8');
		const record = JSON.parse(text.replace(/^pagefind_dcd/, '')) as Partial<Fragment>;
		if (typeof record.url !== 'string') throw new Error(`Pagefind fragment ${file.path} has no url: the index format changed?`);
		fragments.push({ url: record.url, content: typeof record.content === 'string' ? record.content : '', meta: record.meta ?? {} });
	}
	return fragments;
}

/**
 * The words of every indexed page (four letters or longer) and its numbers (three digits or
 * more), most frequent first: what the search corrects a misspelt word to, and the numbers it
 * keeps in a pasted line (see src/search/query.ts).
 */
export function vocabulary(fragments: readonly Fragment[]): string[] {
	const counts = new Map<string, number>();
	for (const { content, meta } of fragments) {
		// Words of four letters or more, and numbers of three digits or more (1033, 504, 8080).
		for (const word of `${content} ${Object.values(meta).join(' ')}`.toLowerCase().match(/[a-z][a-z_]{3,}|\b\d{3,}\b/g) ?? []) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** Pagefind's index of the built pages, started: the index, once it has read every page in `dir`. */
async function indexPages(dir: URL): Promise<pagefind.PagefindIndex> {
	// Pagefind splits its word index into chunks of about 20,000 word locations, and the search
	// fetches one chunk per word (it searches each word on its own). At 2,000, a chunk is about
	// 3.5 KB, so an eight-word title costs ~28 KB instead of ~56 KB at 4,000 or ~250 KB at the
	// default; the only way to set it is this environment variable, read by Pagefind's indexer.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '2000';
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: fileURLToPath(dir) });
	if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
	return index;
}

export interface PagefindIntegration extends AstroIntegration {
	/**
	 * Optional: listed right after the last step that changes the pages' HTML, it starts Pagefind
	 * reading them there. Pagefind reads and indexes in a process of its own, on the other core,
	 * while the steps listed in between run; the index is finished, checked and written where the
	 * integration itself is listed, as without it.
	 */
	startEarly: AstroIntegration;
}

/**
 * Builds the Pagefind search index after every `astro build`, through Pagefind's Node API, so
 * there is no second command to forget. Indexing errors, or a code or platform page missing from
 * the index (no `data-pagefind-body`, say), fail the build.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIntegration(): PagefindIntegration {
	let started: { at: number; index: Promise<pagefind.PagefindIndex> } | undefined;
	return {
		name: 'pagefind-index',
		startEarly: {
			name: 'pagefind-start',
			hooks: {
				'astro:build:done': ({ dir }) => {
					const index = indexPages(dir);
					// Any failure is thrown where the index is awaited; until then it is not unhandled.
					index.catch(() => {});
					started = { at: performance.now(), index };
				},
			},
		},
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const hookStarted = performance.now();
				const { at, index: indexing } = started ?? { at: performance.now(), index: indexPages(dir) };
				started = undefined;
				const required = pages.map((p) => p.pathname).filter((p) => MUST_BE_INDEXED.test(p)).map((p) => `/${p}`);
				try {
					const index = await indexing;
					// Each troubleshooter step as a record of its own, so a search for a question lands on its step.
					const stepsFile = fileURLToPath(new URL('./search/steps.json', dir));
					const steps = JSON.parse(await readFile(stepsFile, 'utf8')) as StepRecord[];
					for (const step of steps) {
						const record = await index.addCustomRecord({ url: step.url, content: step.content, language: 'en', meta: { title: step.title, kind: 'step' } });
						if (record.errors.length > 0) throw new Error(`Pagefind could not index the step ${step.url}: ${record.errors.join('; ')}`);
					}
					await rm(stepsFile);
					const built = await index.getFiles();
					if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join('; ')}`);
					const fragments = readFragments(built.files);
					const indexed = new Set(fragments.map((f) => f.url));
					const missing = required.filter((url) => !indexed.has(url));
					if (missing.length > 0) {
						throw new Error(`These pages are not in the search index (is data-pagefind-body missing from their layout?): ${missing.join(', ')}`);
					}
					// The files getFiles() gave are the index writeFiles() would write (byte for byte), and
					// writeFiles() would build it a second time: written here instead.
					const outputPath = fileURLToPath(new URL('./pagefind/', dir));
					await Promise.all(
						built.files.map(async (file) => {
							const target = join(outputPath, file.path);
							await mkdir(dirname(target), { recursive: true });
							await writeFile(target, file.content);
						})
					);
					await writeFile(fileURLToPath(new URL('./pagefind/words.txt', dir)), vocabulary(fragments).join('\n'));
					// The search weighs each word by how many of the index's records hold it, out of all of them.
					const shortcutsFile = fileURLToPath(new URL('./search/shortcuts.json', dir));
					const shortcuts = JSON.parse(await readFile(shortcutsFile, 'utf8')) as Record<string, unknown>;
					await writeFile(shortcutsFile, JSON.stringify({ ...shortcuts, documents: fragments.length }));
					logger.info(
						`Indexed ${indexed.size - steps.length} pages, including all ${required.length} code and platform pages, and ${steps.length} troubleshooter steps, in ${((performance.now() - hookStarted) / 1000).toFixed(1)} s; Pagefind began reading the pages ${((performance.now() - at) / 1000).toFixed(1)} s ago.`
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
