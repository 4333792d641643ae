/**
 * Checks the links of a built site: every internal link must land on a page, and every
 * `#anchor` on an element with that id; every external link must be a well-formed https URL.
 * Pages are parsed with a real HTML parser, so markup shown inside code samples is text, not a
 * link. Plain TypeScript over HTML strings, so it is unit-tested without a build.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { safeDecode } from './decode';

/** A built page: its URL path (`/521/`) and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** `/521` and `/521/index.html` are the page `/521/`. */
function normalise(path: string): string {
	const clean = path.replace(/index\.html$/, '');
	return clean.endsWith('/') || /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/`;
}

/** What a page's fragment may hold: the ids of its elements, and the shapes of state a script keeps there. */
interface Targets {
	ids: Set<string>;
	/** `data-fragment-state` patterns: a fragment that matches one is state (the chain on /chain/), not an anchor. */
	states: RegExp[];
}

/** What the check reads of a page, as plain data (the build caches it by the page's HTML). */
export interface PageLinks {
	/** The ids of its elements. */
	ids: string[];
	/** Its `data-fragment-state` patterns, as regular expression sources. */
	states: string[];
	/** The hrefs of the links inside its <body>. */
	hrefs: string[];
}

/** The ids of every element, the fragment states it declares, and the hrefs of the links inside <body>. */
export function readPageLinks(html: string): PageLinks {
	const tree: Root = fromHtml(html);
	const ids = new Set<string>();
	const states: string[] = [];
	const hrefs = new Set<string>();
	let body: Element | undefined;
	visit(tree, 'element', (node: Element) => {
		if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
		const state = node.properties['dataFragmentState'];
		if (typeof state === 'string') states.push(state);
		if (node.tagName === 'body') body = node;
	});
	// Only links in the body: <link rel=canonical> points at the production origin.
	if (body) {
		visit(body, 'element', (node: Element) => {
			const href = node.properties['href'];
			if ((node.tagName === 'a' || node.tagName === 'area') && typeof href === 'string') hrefs.add(href);
		});
	}
	return { ids: [...ids], states, hrefs: [...hrefs] };
}

/** What is wrong with one link, or undefined if it lands. */
function checkLink(href: string, pagePath: string, targets: ReadonlyMap<string, Targets>, assets: ReadonlySet<string>): string | undefined {
	if (/^(mailto|tel):/i.test(href)) return undefined;
	if (href.startsWith('//')) return `protocol-relative link: write it as https:${href}`;
	if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
		if (!/^https:/i.test(href)) return 'external links must use https';
		return URL.canParse(href) ? undefined : 'not a well-formed URL';
	}
	if (!URL.canParse(href, `https://site.invalid${pagePath}`)) return 'not a well-formed URL';
	const url = new URL(href, `https://site.invalid${pagePath}`);
	const target = normalise(url.pathname);
	const on = targets.get(target);
	if (!on) return assets.has(url.pathname) ? undefined : `no page at ${url.pathname}`;
	const anchor = safeDecode(url.hash.slice(1));
	if (anchor === undefined) return 'the #fragment is not valid percent-encoding';
	if (!anchor || on.ids.has(anchor) || on.states.some((state) => state.test(anchor))) return undefined;
	return `no element with id "${anchor}" on ${target}${on.states.length ? ', and not the state its script keeps there' : ''}`;
}

/**
 * Every broken link, as "`<page>`: `<href>`: why". `assets` are other files the site serves
 * (`/favicon.svg`), which links may point at without an anchor.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], assets: ReadonlySet<string> = new Set()): string[] {
	return brokenLinksOf(
		pages.map((page) => ({ path: page.path, links: readPageLinks(page.html) })),
		assets
	);
}

/** {@link findBrokenLinks} for pages already read with {@link readPageLinks}. */
export function brokenLinksOf(pages: readonly { path: string; links: PageLinks }[], assets: ReadonlySet<string> = new Set()): string[] {
	const read = pages.map(({ path, links }) => ({ path, ids: new Set(links.ids), states: links.states.map((state) => new RegExp(state)), hrefs: links.hrefs }));
	const targets = new Map(read.map((p) => [normalise(p.path), p]));
	const problems: string[] = [];
	for (const page of read) {
		for (const href of page.hrefs) {
			const problem = checkLink(href, page.path, targets, assets);
			if (problem) problems.push(`${page.path}: ${href}: ${problem}`);
		}
	}
	return problems;
}
