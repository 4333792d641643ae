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
/** The held-out queries: collected after the rules, from threads the table does not use. */
const heldOut = parse(readFileSync('tests/fixtures/search/heldout-queries.yaml', 'utf8')) as { query: string; source: string; first: string }[];

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

	it('keeps the held-out queries apart: from public sources, threads the table does not use, none copied from the site’s wording', () => {
		const wording = indexedWording(true);
		expect(heldOut.length).toBeGreaterThanOrEqual(40);
		expect(heldOut.filter((q) => !/^https:\/\/(?!([^/]*\.)?5xx)/.test(q.source ?? '')).map((q) => q.query)).toEqual([]);
		const used = new Set(realQueries.map((q) => q.source));
		expect(heldOut.filter((q) => used.has(q.source)).map((q) => q.query)).toEqual([]);
		expect(heldOut.filter(({ query }) => wording.has(normal(query))).map((q) => q.query)).toEqual([]);
	});

	it('leaves bare codes to their own test', () => {
		expect(searchQueries.filter(({ query }) => /^\s*5\d\d\s*$/.test(query))).toEqual([]);
	});
});
