import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect, it } from 'vitest';
import { textOf } from '../../src/lib/html';
import { builtPage, classesOf } from './helpers/built';

it("/which-5xx/'s stage tables name their columns (th scope=col), so each cell is read with its column", () => {
	const tables: { headers: string[]; cells: number }[] = [];
	visit(fromHtml(builtPage('/which-5xx/')), 'element', (el: Element) => {
		if (el.tagName !== 'table' || !classesOf(el).includes('stage-map__failures')) return;
		const headers: string[] = [];
		let cells = 0;
		visit(el, 'element', (cell: Element) => {
			if (cell.tagName === 'th' && cell.properties['scope'] === 'col') headers.push(textOf(cell).trim());
			if (cell.tagName === 'td') cells++;
		});
		tables.push({ headers, cells });
	});
	expect(tables.length).toBeGreaterThan(5);
	for (const table of tables) {
		expect(table.headers).toEqual(['What fails', 'Code', 'Timer']);
		expect(table.cells % 3).toBe(0);
	}
});
