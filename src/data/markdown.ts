/**
 * A built page as clean Markdown, for `/521.md`, `llms-full.txt` and "Copy as Markdown". It
 * converts the page's rendered `<article>`, so everything the page shows (the platform errors of
 * a code, the sources) is in the copy, and the page's controls (copy buttons, forms, anchor
 * links) are not. The conversion is hast-util-to-mdast and mdast-util-to-markdown with GFM
 * tables; this module only chooses what to keep and fixes what HTML and Markdown say differently.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit, SKIP } from 'unist-util-visit';
import { textOf } from '../lib/html';

/** Elements that are controls, not content. */
const CONTROL_TAGS = new Set(['button', 'script', 'style', 'template', 'dialog', 'form', 'input', 'select', 'textarea', 'noscript', 'svg']);
/**
 * Classes of page parts a copy leaves out: what the page hides in print (`no-print`: the wizard's
 * buttons, the message form, the page actions), the breadcrumb, heading anchors and code blocks'
 * bars ("Shell", "Copy", "Marked values are examples"), and words only for screen readers
 * (the Markdown shows the arrow they stand in for).
 */
const OMITTED_CLASSES = ['no-print', 'breadcrumb', 'heading-anchor', 'code-block__bar', 'sr-only'];

const classes = (el: Element): string[] => {
	const value = el.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
};

function omitted(el: Element): boolean {
	return CONTROL_TAGS.has(el.tagName) || el.properties['hidden'] !== undefined || classes(el).some((c) => OMITTED_CLASSES.includes(c));
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** The first element matching `test`, depth first. */
function find(tree: Root | Element, test: (el: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	visit(tree, 'element', (el) => {
		if (found) return SKIP;
		if (test(el)) {
			found = el;
			return SKIP;
		}
		return undefined;
	});
	return found;
}

/** Rewrites the article in place: drops controls, makes links absolute, marks code languages. */
function prepare(article: Element, pageUrl: URL): void {
	visit(article, 'element', (el, index, parent) => {
		if (parent && index !== undefined && omitted(el)) {
			parent.children.splice(index, 1);
			return index;
		}
		for (const attribute of ['href', 'src'] as const) {
			const value = el.properties[attribute];
			if (typeof value === 'string') el.properties[attribute] = new URL(value, pageUrl).href;
		}
		// Our code blocks carry their language on <pre>; Markdown's fence reads it from <code>.
		const language = classes(el).find((c) => c.startsWith('language-'));
		if (el.tagName === 'pre' && language) {
			const code = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
			if (code) code.properties['className'] = [language];
		}
		// A placeholder (`<var>`) is an example value inside a command: plain text in the copy.
		if (el.tagName === 'var') el.tagName = 'span';
		// Asides read as quotations with a bold title; a tab's label as a bold line above its code.
		if (classes(el).includes('aside')) el.tagName = 'blockquote';
		if (classes(el).some((c) => c === 'aside__title' || c === 'tabs__label')) el.children = [element('strong', el.children)];
		// A code list's "Unofficial · Cloudflare · sent by cdn edge" follows its link after a dash.
		if (classes(el).includes('code-list__link')) el.children = [text(lineOf(el))];
		if (classes(el).includes('code-list__meta')) el.children.unshift(text(' — '));
		// A line break inside a table cell would end the Markdown row.
		if (el.tagName === 'td' || el.tagName === 'th') {
			visit(el, 'element', (inner, i, p) => {
				if (inner.tagName !== 'br' || !p || i === undefined) return undefined;
				p.children.splice(i, 1, text(' · '));
				return i;
			});
		}
		return undefined;
	});
}

/**
 * Puts back the lists a page fetches only when a reader opens them (a code page's sources, whose
 * fold holds a link to `/521/sources/`: Sources.astro), from the built page that holds them.
 */
function inlineDeferredLists(article: Element, readPage: (path: string) => string): void {
	visit(article, 'element', (el) => {
		const href = el.properties['dataSources'];
		if (typeof href !== 'string') return undefined;
		const list = find(fromHtml(readPage(href)), (candidate) => candidate.properties['dataSourcesList'] !== undefined);
		if (!list) throw new Error(`${href} has no list of sources to put in the Markdown copy`);
		el.children = el.children.map((child) => (child.type === 'element' && child.properties['dataSourcesSlot'] !== undefined ? element('div', list.children) : child));
		return SKIP;
	});
}

export interface MarkdownPage {
	/** The page's Markdown. */
	markdown: string;
	/** The page's canonical URL. */
	url: string;
	title: string;
}

/**
 * Converts a built page. `pageUrl` is where the page lives; relative links become absolute
 * against it. `readPage` reads another built page by its path, for a list the page fetches only
 * when it is opened. Throws when the page has no `<article>`: every page with a copy has one.
 */
export function pageToMarkdown(html: string, pageUrl: string, readPage?: (path: string) => string): MarkdownPage {
	const tree = fromHtml(html);
	const article = find(tree, (el) => el.tagName === 'article');
	if (!article) throw new Error(`${pageUrl} has no <article> to convert to Markdown`);
	if (readPage) inlineDeferredLists(article, readPage);
	const canonical = find(tree, (el) => el.tagName === 'link' && classes(el).length === 0 && String(el.properties['rel']) === 'canonical');
	const url = typeof canonical?.properties['href'] === 'string' ? canonical.properties['href'] : pageUrl;
	const heading = find(article, (el) => el.tagName === 'h1');
	const title = heading ? lineOf(heading) : '';
	prepare(article, new URL(pageUrl));
	const root: Root = { type: 'root', children: [article as RootContent] };
	const body = toMarkdown(toMdast(root), {
		// Columns unaligned: the timeouts table would be half spaces.
		extensions: [gfmToMarkdown({ tablePipeAlign: false })],
		bullet: '-',
		emphasis: '_',
		fences: true,
		rule: '-',
	}).trim();
	return { markdown: `${body}\n\n---\n\nFrom the 5xx Field Guide: <${url}>\n`, url, title };
}

/** A node's text on one line. */
const lineOf = (node: Element): string => textOf(node).replace(/\s+/g, ' ').trim();
