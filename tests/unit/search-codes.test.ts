// /search/codes.json, as built: the list the search dialog answers a bare code from, and the
// options of its filters, which must be the values the pages give Pagefind, or a filter finds nothing.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { SearchCodes } from '../../src/search/search-codes';
import { builtPage, builtTrees } from './helpers/built';
import { textOf } from '../../src/lib/html';
import { reasonPhraseCode } from '../../src/search/query';

const list = JSON.parse(builtPage('/search/codes.json')) as SearchCodes;
const codePages = builtTrees().filter((p) => /^\/5\d\d\/$/.test(p.path));

/** Each filter's values on the built code pages (`data-pagefind-filter="vendor"` on an element, or `"vendor:None"`). */
function pageFilters(): Record<string, Set<string>> {
	const found: Record<string, Set<string>> = {};
	for (const page of codePages) {
		visit(page.tree, 'element', (el: Element) => {
			const filter = el.properties['dataPagefindFilter'];
			if (typeof filter !== 'string') return;
			const [name = '', value = textOf(el).trim()] = filter.split(':');
			(found[name] ??= new Set()).add(value);
		});
	}
	return found;
}

describe('/search/codes.json', () => {
	it('lists every code page with its reason phrase, as the page titles it', () => {
		expect(list.codes.map(([code]) => `/${code}/`).sort()).toEqual(codePages.map((p) => p.path).sort());
		for (const [code, reason] of list.codes) expect(builtPage(`/${code}/`), code).toContain(`<span data-pagefind-meta="reason">${reason}</span>`);
	});

	it('offers in each filter exactly the values the code pages give Pagefind', () => {
		const onPages = pageFilters();
		expect(new Set(list.filters.status)).toEqual(onPages['status']);
		// "None" is offered on its own, as "No vendor (standard)".
		expect(new Set([...list.filters.vendor, 'None'])).toEqual(onPages['vendor']);
		expect(new Set(list.filters.sender)).toEqual(onPages['sender']);
	});
});

describe('reasonPhraseCode, with the reasons as built', () => {
	const reasons = new Map(list.codes);

	it("names every code by its own reason phrase, typed in any case, with its number, or with the words people put around it", () => {
		for (const [code, reason] of list.codes) {
			expect(reasonPhraseCode(reason.toLowerCase(), reasons), reason).toBe(code);
			expect(reasonPhraseCode(`${code} ${reason}`, reasons), reason).toBe(code);
			expect(reasonPhraseCode(`HTTP ${code} ${reason.toUpperCase()} error`, reasons), reason).toBe(code);
		}
	});

	it('names none when another number, or another word, is in the query', () => {
		expect(reasonPhraseCode('503 Bad Gateway', reasons)).toBeUndefined();
		expect(reasonPhraseCode('HTTP/1.1 502 Bad Gateway', reasons)).toBe('502');
		expect(reasonPhraseCode('bad gateway nginx', reasons)).toBeUndefined();
		expect(reasonPhraseCode('gateway', reasons)).toBeUndefined();
		expect(reasonPhraseCode('error', reasons)).toBeUndefined();
	});
});
