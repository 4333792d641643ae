// /search/codes.json, as built: the list the search dialog answers a bare code from, and the
// options of its filters, which must be the values the pages give Pagefind, or a filter finds nothing.
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { SearchCodes } from '../../src/search/search-codes';
import { builtPage, builtTrees } from './helpers/built';
import { textOf } from '../../src/lib/html';

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
