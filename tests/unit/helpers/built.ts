/**
 * The built site in dist/, as it ships: tests that check data the build assembles (the diagnose
 * tool's data, the flowcharts) read it here instead of rebuilding it from the content files.
 * tests/unit/global-setup.ts makes sure the build is newer than every source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { DiagnoseData } from '../../../src/diagnose/data';
import type { ChainData } from '../../../src/chain/model';
import { textOf } from '../../../src/lib/html';

/** A page of the built site, by its path (`/diagnose/`). */
export function builtPage(path: string): string {
	const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
	if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm test builds before the unit tests)`);
	return readFileSync(file, 'utf8');
}

/** The first element of a built page that `test` accepts. */
export function builtElement(path: string, test: (el: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	visit(fromHtml(builtPage(path)), 'element', (el: Element) => {
		if (!found && test(el)) found = el;
	});
	return found;
}

/** The data /diagnose/ fetches for its script (the path its <diagnose-tool> names): what readers' pastes are matched against. */
export function builtDiagnoseData(): DiagnoseData {
	const tool = builtElement('/diagnose/', (el) => el.tagName === 'diagnose-tool');
	const src = tool?.properties['dataSrc'];
	if (typeof src !== 'string') throw new Error('/diagnose/ has no <diagnose-tool data-src="…"> naming its data');
	return JSON.parse(builtPage(src)) as DiagnoseData;
}

/** The layers' data /chain/ embeds for its builder: what every chain is analysed against. */
export function builtChainData(): ChainData {
	const script = builtElement('/chain/', (el) => el.tagName === 'script' && el.properties['type'] === 'application/json');
	if (!script) throw new Error('/chain/ has no embedded data (<script type="application/json">)');
	return JSON.parse(textOf(script)) as ChainData;
}

/** The classes of an element (`class="a b"` → ['a', 'b']). */
export const classesOf = (el: Element | undefined): string[] => {
	const value = el?.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
};

/** A built page, parsed: its URL path (`/521/`, `/404.html`) and its tree. */
export interface BuiltTree {
	path: string;
	tree: import('hast').Root;
}

let trees: BuiltTree[] | undefined;

/** Every page of the built site, whatever its kind: the HTML files in dist/, parsed once. */
export function builtTrees(): BuiltTree[] {
	trees ??= readdirSync('dist', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replaceAll('\\', '/'))
		.map((f) => ({ path: f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`, tree: fromHtml(readFileSync(`dist/${f}`, 'utf8')) }))
		.sort((a, b) => a.path.localeCompare(b.path));
	return trees;
}

/** The `<meta>` of a page's head by `name` or `property` (the first of each), and its `<link>`s. */
export function headOf(tree: import('hast').Root): { title: string; meta: Map<string, string>; links: { rel: string; href: string; type?: string }[]; jsonLd: string[] } {
	let title = '';
	const meta = new Map<string, string>();
	const links: { rel: string; href: string; type?: string }[] = [];
	const jsonLd: string[] = [];
	let head: Element | undefined;
	visit(tree, 'element', (el: Element) => {
		if (el.tagName === 'head') head = el;
	});
	if (!head) throw new Error('a page without <head>');
	visit(head, 'element', (el: Element) => {
		if (el.tagName === 'title') title = textOf(el);
		const key = el.properties['name'] ?? el.properties['property'];
		if (el.tagName === 'meta' && typeof key === 'string' && !meta.has(key)) meta.set(key, String(el.properties['content'] ?? ''));
		if (el.tagName === 'link') {
			const rel = el.properties['rel'];
			links.push({ rel: Array.isArray(rel) ? rel.join(' ') : String(rel), href: String(el.properties['href']), ...(el.properties['type'] ? { type: String(el.properties['type']) } : {}) });
		}
	});
	// Structured data may sit anywhere in the document (StructuredData.astro puts it at the end of the body).
	visit(tree, 'element', (el: Element) => {
		if (el.tagName === 'script' && el.properties['type'] === 'application/ld+json') jsonLd.push(textOf(el));
	});
	return { title, meta, links, jsonLd };
}
