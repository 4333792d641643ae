import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which folders of src/ each folder may import from: dependencies run one way, from plain
 * building blocks (lib, then markdown and setup) through the content and its checks, to the
 * parts of pages, to the layouts and routes. A folder not listed may import anything.
 */
const ALLOWED: Record<string, readonly string[]> = {
	lib: [],
	setup: ['lib'],
	markdown: ['lib', 'setup'],
	content: ['lib', 'markdown', 'setup', 'content.config'],
	diagnose: ['lib'],
	data: ['content', 'lib', 'markdown'],
	// A pasted access-log line is read as the diagnose tool reads it (diagnose/access-log.ts).
	search: ['content', 'diagnose', 'lib'],
	// Search engines and link previews: what pages say about themselves, drawn and read back by the build.
	seo: ['content', 'lib', 'markdown', 'setup', 'wizard'],
	// The index build reads the search's own records (troubleshooter steps).
	integrations: ['data', 'lib', 'search', 'seo'],
	components: ['content', 'data', 'lib', 'setup', 'seo'],
	guides: ['components', 'content', 'lib'],
	platforms: ['components', 'content', 'lib', 'markdown'],
	wizard: ['chain', 'components', 'content', 'lib', 'markdown', 'setup'],
	chain: ['components', 'content', 'lib', 'setup'],
};

/** Files that must not import from a folder their own folder may use. */
const NOT_FROM: Record<string, readonly string[]> = {
	// Every content rule is plain data in, problems out: nothing from the outputs.
	'content/rules.ts': ['data'],
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Each relative import in `file` (static, side-effect and dynamic), as a path under src/. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:from\s*|import\s*\(?\s*)['"](\.\.?\/[^'"]+)['"]/g)].map((m) => m[1]!);
	return specs.map((spec) => relative('src', normalize(join(dirname(file), spec))));
}

const top = (path: string) => path.split('/')[0]!;

/** Every import that crosses folders against the rules, as "file → target". */
function wrongWayImports(): string[] {
	const wrong: string[] = [];
	for (const file of sourceFiles('src')) {
		const from = relative('src', file);
		const allowed = ALLOWED[top(from)];
		for (const target of importsOf(file)) {
			if (target.startsWith('..')) continue; // outside src (scripts/)
			const folder = top(target);
			if (folder === top(from)) continue;
			if ((allowed && !allowed.includes(folder)) || NOT_FROM[from]?.includes(folder)) wrong.push(`${from} → ${target}`);
		}
	}
	return wrong;
}

describe('dependencies between the folders of src/', () => {
	it('run one way: lib imports nothing, the rules nothing from the outputs, setup nothing from the page parts', () => {
		expect(wrongWayImports()).toEqual([]);
	});

	it('are all seen by the check (it reads static, side-effect and dynamic imports)', () => {
		const all = sourceFiles('src').flatMap(importsOf);
		expect(all).toContain('lib/lazy');
		expect(all.some((p) => p.startsWith('search/search-dialog'))).toBe(true); // import('./search-dialog')
		expect(all.length).toBeGreaterThan(200);
	});
});
