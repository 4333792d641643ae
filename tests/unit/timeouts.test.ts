import { readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../src/timeouts/filter';
import { timerAnchor } from '../../src/lib/timers';
import { builtPage, classesOf } from './helpers/built';
import { frontmatter } from './helpers/content';

describe('/timeouts/ filter', () => {
	const nginx = { platform: 'nginx', codes: ['504', 'none'], kinds: ['first-byte'] };
	it('keeps a timer that matches every chosen value; an empty choice matches anything', () => {
		expect(matchesFilter(nginx, { platform: '', code: '', kind: '' })).toBe(true);
		expect(matchesFilter(nginx, { platform: 'nginx', code: '504', kind: 'first-byte' })).toBe(true);
		expect(matchesFilter(nginx, { platform: 'nginx', code: 'none', kind: '' })).toBe(true);
		expect(matchesFilter(nginx, { platform: 'haproxy', code: '', kind: '' })).toBe(false);
		expect(matchesFilter(nginx, { platform: '', code: '502', kind: '' })).toBe(false);
		expect(matchesFilter(nginx, { platform: '', code: '', kind: 'connect' })).toBe(false);
	});
});

describe('/timeouts/ as built', () => {
	const tree = fromHtml(builtPage('/timeouts/'));
	const rows: { id: string; platform: string; section: string; hidden: boolean; codes: string; kinds: string }[] = [];
	let form: Element | undefined;
	visit(tree, 'element', (el: Element) => {
		if (classesOf(el).includes('timer-filter')) form = el;
		if (el.tagName === 'section' && String(el.properties['className']).includes('timer-platform')) {
			visit(el, 'element', (row: Element) => {
				if (row.tagName !== 'tr' || row.properties['dataTimer'] === undefined) return;
				rows.push({
					id: String(row.properties['id']),
					platform: String(row.properties['dataPlatform']),
					section: String(el.properties['ariaLabelledBy']),
					hidden: row.properties['hidden'] !== undefined,
					codes: String(row.properties['dataCodes'] ?? ''),
					kinds: String(row.properties['dataKinds'] ?? ''),
				});
			});
		}
	});

	it("keeps every timer's anchor, each under its own platform's heading", () => {
		const expected = readdirSync('content/platforms').flatMap((name) => {
			const slug = name.replace(/\.mdx$/, '');
			return ((frontmatter(`content/platforms/${name}`)['timers'] as { id: string }[] | undefined) ?? []).map((t) => ({ id: timerAnchor(slug, t.id), slug }));
		});
		expect(rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
		for (const row of rows) expect(row.section, row.id).toBe(`timers-${row.platform}`);
		for (const { id, slug } of expected) expect(rows.find((r) => r.id === id)?.platform).toBe(slug);
	});

	it('shows every timer without JavaScript: the filter form is hidden until its script runs, no row is', () => {
		expect(form?.properties['hidden']).toBeDefined();
		expect(rows.filter((r) => r.hidden)).toEqual([]);
		for (const row of rows) {
			expect(row.codes, row.id).toMatch(/^(5\d\d|none)( (5\d\d|none))*$/);
			expect(row.kinds, row.id).not.toBe('');
		}
	});
});
