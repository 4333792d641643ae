import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { pagefindIntegration, readFragments, vocabulary } from '../../src/integrations/pagefind';
import { builtPage } from './helpers/built';
import { PAGEFIND_WASM } from '../../src/search/search-data';

const fragment = (path: string, record: object) => ({ path, content: gzipSync(`pagefind_dcd${JSON.stringify(record)}`) });

describe('readFragments', () => {
	it('reads the page URL of every fragment and ignores other files', () => {
		const files = [fragment('fragment/en_1.pf_fragment', { url: '/521/' }), fragment('fragment/en_2.pf_fragment', { url: '/522/' }), { path: 'pagefind.js', content: new Uint8Array() }];
		expect(readFragments(files).map((f) => f.url)).toEqual(['/521/', '/522/']);
	});

	it('throws on a fragment without a URL rather than passing the check', () => {
		expect(() => readFragments([fragment('fragment/en_1.pf_fragment', { content: 'x' })])).toThrow(/no url/);
	});
});

describe('vocabulary', () => {
	it('lists words of four letters or more and numbers of three digits or more, most frequent first', () => {
		const fragments = [
			{ url: '/502/', content: 'Bad gateway: the gateway got a bad answer, code 502 (not 12).', meta: { reason: 'Bad Gateway' } },
			{ url: '/504/', content: 'Gateway timeout.', meta: {} },
		];
		expect(vocabulary(fragments)).toEqual(['gateway', '502', 'answer', 'code', 'timeout']);
	});
});

describe('the index step of the build', { timeout: 60_000 }, () => {
	/** The integration's build hook as the build runs it, over built pages in a scratch folder (`edit` changes a page first). */
	async function index(edit: (path: string, html: string) => string): Promise<string> {
		const dir = mkdtempSync(join(tmpdir(), '5xx-index-'));
		try {
			const paths = ['/521/', '/522/', '/platforms/nginx/'];
			for (const path of paths) {
				mkdirSync(join(dir, path), { recursive: true });
				writeFileSync(join(dir, path, 'index.html'), edit(path, builtPage(path)));
			}
			mkdirSync(join(dir, 'search'));
			writeFileSync(join(dir, 'search/steps.json'), '[]');
			cpSync('dist/search/shortcuts.json', join(dir, 'search/shortcuts.json'));
			const hook = pagefindIntegration().hooks['astro:build:done']!;
			const logged: string[] = [];
			const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
			await hook({ dir: pathToFileURL(`${dir}/`), pages: paths.map((p) => ({ pathname: p.slice(1) })), logger } as never);
			expect(JSON.parse(readFileSync(join(dir, 'search/shortcuts.json'), 'utf8')).documents).toBe(3);
			return logged.join('\n');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	it('indexes the built code and platform pages', async () => {
		expect(await index((_, html) => html)).toContain('including all 3 code and platform pages');
	});

	it('fails the build when a code page is left out of the index, naming it', async () => {
		await expect(index((path, html) => (path === '/521/' ? html.replaceAll(' data-pagefind-body', '') : html))).rejects.toThrow(/not in the search index[^\n]*\/521\//);
	});
});

describe('the WebAssembly search preloads', () => {
	it('is the one the built index names for its language, and ships', () => {
		const entry = JSON.parse(builtPage('/pagefind/pagefind-entry.json')) as { languages: Record<string, { wasm: string }> };
		const wasms = Object.values(entry.languages).map((language) => `/pagefind/wasm.${language.wasm}.pagefind`);
		// One language: the preload is the file Pagefind will ask for, not a second download beside it.
		expect(wasms).toEqual([PAGEFIND_WASM]);
		expect(() => builtPage(PAGEFIND_WASM)).not.toThrow();
	});
});
