/**
 * Checks the links of a built site: every internal link must land on a page, and every
 * `#anchor` on an element with that id; every external link must be a well-formed https URL.
 * Plain TypeScript over HTML strings, so it is unit-tested without a build.
 */

/** A built page: its URL path (`/521/`) and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** Values of an attribute in generated HTML (Astro writes attributes with double quotes). */
function attributeValues(html: string, name: string): string[] {
	const pattern = new RegExp(`\\s${name}="([^"]*)"`, 'g');
	return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1] ?? ''));
}

function decodeEntities(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** `/521` and `/521/index.html` are the page `/521/`. */
function normalise(path: string): string {
	const clean = path.replace(/index\.html$/, '');
	return clean.endsWith('/') || /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/`;
}

/**
 * Every broken link, as "`<page>`: `<href>`: why". `assets` are other files the site serves
 * (`/favicon.svg`), which links may point at without an anchor.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], assets: ReadonlySet<string> = new Set()): string[] {
	const ids = new Map(pages.map((p) => [normalise(p.path), new Set(attributeValues(p.html, 'id'))]));
	const problems: string[] = [];
	for (const page of pages) {
		// Only links in the page's body: <link rel=canonical> points at the production origin.
		const body = page.html.slice(page.html.indexOf('<body'));
		for (const href of new Set(attributeValues(body, 'href'))) {
			if (/^(mailto:|tel:)/.test(href)) continue;
			if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
				if (!href.startsWith('https://')) problems.push(`${page.path}: ${href}: external links must use https`);
				else if (!URL.canParse(href)) problems.push(`${page.path}: ${href}: not a well-formed URL`);
				continue;
			}
			const url = new URL(href, `https://site.invalid${page.path}`);
			const target = normalise(url.pathname);
			const targetIds = ids.get(target);
			if (!targetIds) {
				if (!assets.has(url.pathname)) problems.push(`${page.path}: ${href}: no page at ${url.pathname}`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && !targetIds.has(anchor)) problems.push(`${page.path}: ${href}: no element with id "${anchor}" on ${target}`);
		}
	}
	return problems;
}
