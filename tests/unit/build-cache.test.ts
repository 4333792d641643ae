import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_CACHE_VARIABLE, BuildCache, cacheKey, codeFiles, codeHash, pruneUnusedSince, relativeImports } from '../../src/lib/build-cache';
import { markdownCopiesIntegration } from '../../src/integrations/markdown-copies';

const temporary: string[] = [];
const tempDir = (name: string) => {
	const dir = mkdtempSync(join(tmpdir(), `5xx-${name}-`));
	temporary.push(dir);
	return dir;
};
afterEach(() => {
	delete process.env[BUILD_CACHE_VARIABLE];
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cacheKey', () => {
	it('is the same for the same parts, and differs when any part or the way they are split differs', () => {
		expect(cacheKey('code', 'page')).toBe(cacheKey('code', 'page'));
		expect(cacheKey('code', 'page')).not.toBe(cacheKey('code', 'page!'));
		expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
		expect(cacheKey('a')).not.toBe(cacheKey('a', ''));
	});
});

describe('codeHash', () => {
	const project = () => {
		const dir = tempDir('code');
		mkdirSync(join(dir, 'lib'));
		writeFileSync(join(dir, 'step.ts'), "import { convert } from './lib/convert';\nimport type { X } from './lib/types.ts';\nimport { h } from 'hastscript';\n");
		writeFileSync(join(dir, 'lib/convert.ts'), "export { rule } from './rules';\nexport const convert = 1;\n");
		writeFileSync(join(dir, 'lib/rules.ts'), 'export const rule = 1;\n');
		writeFileSync(join(dir, 'lib/types.ts'), 'export type X = 1;\n');
		writeFileSync(join(dir, 'unrelated.ts'), 'export const unrelated = 1;\n');
		return dir;
	};

	it('reads the relative imports of a module, not its packages', () => {
		expect(relativeImports("import a from './a';\nexport { b } from '../b.ts';\nconst c = await import('./c');\nimport d from 'd';")).toEqual(['./a', '../b.ts', './c']);
	});

	it('changes with the source of any module the step imports, however deep, and with the lockfile', () => {
		const dir = project();
		const entry = join(dir, 'step.ts');
		const before = codeHash(entry, 'lock-1');
		expect(codeHash(entry, 'lock-1')).toBe(before);
		writeFileSync(join(dir, 'unrelated.ts'), 'export const unrelated = 2;\n');
		expect(codeHash(entry, 'lock-1')).toBe(before);
		expect(codeHash(entry, 'lock-2')).not.toBe(before);
		writeFileSync(join(dir, 'lib/rules.ts'), 'export const rule = 2;\n');
		const afterRules = codeHash(entry, 'lock-1');
		expect(afterRules).not.toBe(before);
		writeFileSync(join(dir, 'lib/types.ts'), 'export type X = 2;\n');
		expect(codeHash(entry, 'lock-1')).not.toBe(afterRules);
	});

	it("covers the code of the site's cached steps: the flows' Markdown (keyed by astro.config.mjs) includes the Markdown plugin and its highlighter", () => {
		const files = (entry: string) => [...codeFiles(join(process.cwd(), entry)).keys()].map((file) => file.slice(process.cwd().length + 1));
		expect(files('astro.config.mjs')).toEqual(expect.arrayContaining(['src/content/markdown.ts', 'src/markdown/plugin.ts', 'src/markdown/highlight.ts', 'src/markdown/code-block.ts']));
		expect(files('src/integrations/markdown-copies.ts')).toEqual(expect.arrayContaining(['src/data/markdown.ts', 'src/lib/html.ts']));
		expect(files('src/integrations/link-check.ts')).toEqual(expect.arrayContaining(['src/lib/link-check.ts', 'src/lib/decode.ts']));
		expect(files('src/integrations/csp.ts')).toEqual(expect.arrayContaining(['src/lib/csp.ts', 'src/lib/html.ts']));
	});

	it('refuses a relative import it cannot find, rather than leave it out of the key', () => {
		const dir = project();
		writeFileSync(join(dir, 'lib/rules.ts'), "import './gone';\n");
		expect(() => codeHash(join(dir, 'step.ts'), 'lock')).toThrow(/imports \.\/gone/);
	});
});

describe('BuildCache', () => {
	it('computes a value once, serves it to the next build, and prunes what that build did not ask for', async () => {
		const dir = tempDir('cache');
		let computed = 0;
		const first = new BuildCache(dir);
		expect(await first.through('a', () => `A${++computed}`)).toBe('A1');
		expect(await first.through('b', () => `B${++computed}`)).toBe('B2');
		const second = new BuildCache(dir);
		expect(await second.through('a', () => `A${++computed}`)).toBe('A1');
		expect(second.hits).toBe(1);
		await second.prune();
		expect(readdirSync(dir)).toEqual(['a']);
	});

	it('after a build, keeps what that build read or wrote and removes what it did not (pruneUnusedSince)', async () => {
		const dir = tempDir('cache');
		const earlier = new BuildCache(dir);
		for (const key of ['read', 'unread']) await earlier.set(key, key);
		const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000);
		for (const key of ['read', 'unread']) utimesSync(join(dir, key), lastWeek, lastWeek);
		const started = Date.now() - 1000;
		const build = new BuildCache(dir);
		expect(await build.get('read')).toBe('read');
		await build.set('written', 'written');
		await pruneUnusedSince(dir, started);
		expect(readdirSync(dir).sort()).toEqual(['read', 'written']);
	});

	it('without a folder stores nothing and computes every time', async () => {
		const cache = new BuildCache(undefined);
		let computed = 0;
		await cache.through('a', () => String(++computed));
		expect(await cache.through('a', () => String(++computed))).toBe('2');
	});
});

describe('the Markdown copies in a warm build', () => {
	it('come from the cache for unchanged pages, and never stale for a changed one', async () => {
		if (!existsSync('dist/521/index.html')) throw new Error('dist/ is missing: run npm run build');
		const cacheDir = tempDir('copies-cache');
		process.env[BUILD_CACHE_VARIABLE] = JSON.stringify({ dir: cacheDir, lockfile: 'test' });
		const logged: string[] = [];
		const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
		const copies = markdownCopiesIntegration();
		copies.hooks['astro:config:done']!({ config: { site: 'https://5xx.guide' } } as never);
		const build = async (edit?: (html: string) => string, page = '521/index.html') => {
			const site = tempDir('copies-site');
			cpSync('dist', site, { recursive: true });
			if (edit) writeFileSync(join(site, page), edit(readFileSync(join(site, page), 'utf8')));
			await copies.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger } as never);
			return readFileSync(join(site, '521.md'), 'utf8');
		};
		const cold = await build();
		expect(logged.pop()).toMatch(/, 0 from the cache/);
		expect(await build()).toBe(cold);
		const warm = logged.pop() ?? '';
		expect(warm).toMatch(/Wrote (\d+) Markdown copies .*, \1 from the cache/);
		const pages = Number(warm.match(/Wrote (\d+)/)?.[1]);
		// The code page's sources are read from its sources page: a change there is a change to the copy.
		const source = await build((html) => html.replace('</ul>', '<li><a href="https://example.com/added">A source added since the last build</a></li></ul>'), '521/sources/index.html');
		expect(source).toContain('A source added since the last build');
		expect(logged.pop()).toContain(`, ${pages - 1} from the cache`);
		const edited = await build((html) => html.replace('</article>', '<p>A paragraph added since the last build.</p></article>'));
		expect(edited).toContain('A paragraph added since the last build.');
		expect(logged.pop()).toContain(`, ${pages - 1} from the cache`);
	});
});
