import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pastedQueries, searchQueries } from '../e2e/search-queries';
import { frontmatter } from './helpers/content';

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Every `searchTerms` entry and platform alias in the content (common chains included), and with `strings`, every platform error string. */
function indexedWording(withStrings = false): Set<string> {
	const words = new Set<string>();
	for (const dir of ['content/codes', 'content/platforms']) {
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
			const fm = frontmatter(`${dir}/${name}`) as { searchTerms?: string[]; aliases?: string[]; errors?: { strings: { text: string }[] }[] };
			const strings = (fm.errors ?? []).flatMap((e) => e.strings.map((s) => s.text));
			for (const term of [...(fm.searchTerms ?? []), ...(fm.aliases ?? []), ...(withStrings ? strings : [])]) words.add(normal(term));
		}
	}
	for (const name of readdirSync('content/chains').filter((n) => n.endsWith('.yaml'))) {
		const chain = parse(readFileSync(`content/chains/${name}`, 'utf8')) as { searchTerms?: string[] };
		for (const term of chain.searchTerms ?? []) words.add(normal(term));
	}
	return words;
}

/** The real-query table: queries from public threads and pages, each with its source. */
const realQueries = parse(readFileSync('tests/fixtures/search/real-queries.yaml', 'utf8')) as { query: string; source: string; first: string }[];
/** The held-out sets (heldout-N.yaml): collected after the rules, each from threads no other table uses. */
const heldOutSets = readdirSync('tests/fixtures/search')
	.filter((name) => /^heldout-\d+\.yaml$/.test(name))
	.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
	.map((name) => ({ name, queries: parse(readFileSync(`tests/fixtures/search/${name}`, 'utf8')) as { query: string; source: string; first: string }[] }));

describe('the search query table', () => {
	it('is not copied from the searchTerms or aliases it is ranked by', () => {
		const wording = indexedWording();
		expect(wording.size).toBeGreaterThan(100);
		expect([...searchQueries, ...pastedQueries].filter(({ query }) => wording.has(normal(query))).map((q) => q.query)).toEqual([]);
	});

	it('takes every real query from a public source, none copied from the site’s own wording', () => {
		const wording = indexedWording(true);
		expect(realQueries.length).toBeGreaterThanOrEqual(120);
		expect(realQueries.filter((q) => !/^https:\/\/(?!([^/]*\.)?5xx)/.test(q.source ?? '')).map((q) => q.query)).toEqual([]);
		expect(realQueries.filter(({ query }) => wording.has(normal(query))).map((q) => q.query)).toEqual([]);
	});

	it('keeps each held-out set apart: from public sources, threads no other table uses, none copied from the site’s wording', () => {
		const wording = indexedWording(true);
		expect(heldOutSets.map((set) => set.name)).toEqual(['heldout-2.yaml', 'heldout-3.yaml', 'heldout-4.yaml', 'heldout-5.yaml', 'heldout-6.yaml', 'heldout-7.yaml', 'heldout-8.yaml', 'heldout-9.yaml', 'heldout-10.yaml', 'heldout-11.yaml', 'heldout-12.yaml', 'heldout-13.yaml', 'heldout-14.yaml']);
		for (const { name, queries } of heldOutSets) {
			expect(queries.length, name).toBeGreaterThanOrEqual(30);
			expect(queries.filter((q) => !/^https:\/\/(?!([^/]*\.)?5xx)/.test(q.source ?? '')).map((q) => q.query), name).toEqual([]);
			const others = [realQueries, ...heldOutSets.filter((set) => set.name !== name).map((set) => set.queries)];
			const used = new Set(others.flat().map((q) => q.source));
			expect(queries.filter((q) => used.has(q.source)).map((q) => q.query), name).toEqual([]);
			expect(new Set(queries.map((q) => q.source)).size, `${name}: one query a thread`).toBe(queries.length);
			expect(queries.filter(({ query }) => wording.has(normal(query))).map((q) => q.query), name).toEqual([]);
		}
	});

	it('leaves bare codes to their own test', () => {
		expect(searchQueries.filter(({ query }) => /^\s*5\d\d\s*$/.test(query))).toEqual([]);
	});
});
