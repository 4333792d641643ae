/**
 * The guides that list every platform or every code (/uploads/, /error-bodies/, /retries/,
 * /status-pages/, /what-timers-count/) and the JSON records they share their data with, as built
 * in dist/: each table lists every platform (or code, or timer) the JSON lists, with the values of
 * its record, and the JSON carries the retry, body-limit, error-body and incident facts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { builtPage } from './helpers/built';
import { textOf } from '../../src/lib/html';
import { formatBytes } from '../../src/lib/bytes';
import type { CodeRecord, PlatformRecord } from '../../src/data/schema';

const json = <T>(path: string): T => JSON.parse(readFileSync(`dist${path}`, 'utf8')) as T;
const platforms = json<{ platforms: PlatformRecord[] }>('/platforms.json').platforms;
const codes = json<{ codes: CodeRecord[] }>('/codes.json').codes;

/** The rows of the page's tables marked `data-guide-table="<name>"`, each as its cells' elements. */
function tableRows(path: string, name: string): Element[][] {
	const tree: Root = fromHtml(builtPage(path));
	const rows: Element[][] = [];
	visit(tree, 'element', (table: Element) => {
		if (table.tagName !== 'table' || table.properties['dataGuideTable'] !== name) return;
		visit(table, 'element', (tr: Element) => {
			if (tr.tagName !== 'tr') return;
			const cells = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'));
			if (cells[0]?.properties['scope'] === 'row') rows.push(cells);
		});
	});
	return rows;
}
const attr = (el: Element | undefined, name: string) => String(el?.properties[name] ?? '');

describe('the guides list every platform, from its record', () => {
	const every = platforms.map((p) => p.slug).sort();

	it.each([
		['/uploads/', 'body-limits'],
		['/error-bodies/', 'error-bodies'],
		['/retries/', 'retries'],
		['/status-pages/', 'status-pages'],
	])('%s lists each platform', (path, name) => {
		const listed = tableRows(path, name).map((cells) => attr(cells[0], 'dataPlatform'));
		expect(every.length).toBeGreaterThan(20);
		expect([...new Set(listed)].sort()).toEqual(every);
	});

	it('/uploads/ has a row per body limit, with its size and code, and one row for a platform with none', () => {
		const rows = tableRows('/uploads/', 'body-limits');
		for (const p of platforms) {
			const mine = rows.filter((cells) => attr(cells[0], 'dataPlatform') === p.slug);
			const limits = p.bodyLimits ?? [];
			expect(mine, p.slug).toHaveLength(Math.max(1, limits.length));
			limits.forEach((limit, i) => {
				const text = mine[i]!.map((c) => textOf(c)).join(' | ');
				expect(text, p.slug).toContain(limit.name);
				expect(text, p.slug).toContain(limit.defaultBytes === null ? 'None until set' : formatBytes(limit.defaultBytes));
				expect(text, p.slug).toContain(limit.code === null ? 'No status of its own' : String(limit.code));
			});
		}
	});

	it('/status-pages/ links each provider’s status page, and says none for software you run', () => {
		const rows = tableRows('/status-pages/', 'status-pages');
		for (const p of platforms) {
			const row = rows.find((cells) => attr(cells[0], 'dataPlatform') === p.slug)!;
			let href = '';
			visit(row[1]!, 'element', (a: Element) => {
				if (a.tagName === 'a') href = attr(a, 'href');
			});
			expect(href || null, p.slug).toBe(p.incidents?.statusPage ?? null);
		}
	});

	it('/retries/ lists every code with its advice', () => {
		const rows = tableRows('/retries/', 'codes');
		expect(rows.map((cells) => Number(attr(cells[0], 'dataCode')))).toEqual(codes.map((c) => c.code));
		for (const [i, c] of codes.entries()) expect(textOf(rows[i]![2]!)).toContain(c.retry!.advice);
	});

	it('/what-timers-count/ lists every timer under what it measures (and again under a second role)', () => {
		const tree: Root = fromHtml(builtPage('/what-timers-count/'));
		const listed = new Map<string, string[]>();
		visit(tree, 'element', (table: Element) => {
			if (table.tagName !== 'table' || table.properties['dataGuideTable'] !== 'timers') return;
			const measure = attr(table, 'dataMeasure');
			visit(table, 'element', (th: Element) => {
				if (th.tagName === 'th' && th.properties['dataTimer']) listed.set(attr(th, 'dataTimer'), [...(listed.get(attr(th, 'dataTimer')) ?? []), measure]);
			});
		});
		const timers = platforms.flatMap((p) => p.timers);
		expect(timers.length).toBeGreaterThan(80);
		for (const t of timers) {
			const expected = [t.measures!, ...(t.alsoMeasures ?? []).map((a) => a.measures)].sort();
			expect(listed.get(`${t.platform}/${t.id}`)?.sort(), `${t.platform}/${t.id}`).toEqual(expected);
		}
		expect(listed.size).toBe(timers.length);
	});
});

describe('the JSON carries the retry, body-limit, error-body and incident facts', () => {
	it('every platform record has them, every error says whether it reached the app, every timer what it counts', () => {
		for (const p of platforms) {
			const own = json<PlatformRecord>(`/platforms/${p.slug}.json`);
			expect(own.retries?.default, p.slug).toBeTruthy();
			expect(own.replacesErrors?.codes, p.slug).toBeInstanceOf(Array);
			expect(own.bodyLimits, p.slug).toBeInstanceOf(Array);
			expect(own.incidents?.howToTell, p.slug).toBeTruthy();
			for (const e of own.errors) expect(['no', 'maybe', 'yes'], `${p.slug}/${e.id}`).toContain(e.reachedApp);
			for (const t of own.timers) {
				expect(t.measures, `${p.slug}/${t.id}`).toBeTruthy();
				expect(['client', 'upstream']).toContain(t.faces);
				expect(['responds', 'closes', 'truncates']).toContain(t.effect);
			}
			if (own.onUpstreamClose) expect(own.errors.map((e) => e.id), p.slug).toContain(own.onUpstreamClose);
		}
		// A proxy's answer when its upstream hangs up: an error id, or null where the vendor does not say.
		expect(json<PlatformRecord>('/platforms/nginx.json').onUpstreamClose).toBe('prematurely-closed');
		expect(json<PlatformRecord>('/platforms/azure-front-door.json').onUpstreamClose).toBeNull();
		expect('onUpstreamClose' in json<PlatformRecord>('/platforms/gunicorn.json')).toBe(false);
	});

	it('every code record has its retry advice, in /NNN.json and /codes.json alike', () => {
		for (const c of codes) {
			const own = json<CodeRecord>(`/${c.code}.json`);
			expect(['no', 'maybe', 'yes', 'depends']).toContain(own.retry?.reachedApp);
			expect(own.retry?.advice.length).toBeGreaterThan(20);
			expect(own.retry).toEqual(c.retry);
		}
	});
});
