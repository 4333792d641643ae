// N.B. IMPORTED BY PAGES AND BY THE BUILD: no Node APIs, nothing heavy.
/**
 * What a page says about itself to search engines, link previews and tools, beside its title and
 * description: the facts a preview shows, the day it was reviewed, its breadcrumb trail and its
 * structured data. src/components/PageMeta.astro writes it into the page's head; the build reads
 * it back from there for the preview images and the sitemap (src/integrations/previews.ts), so
 * every page, whatever its kind, gets both without being listed anywhere.
 */

/** A labelled fact a link preview shows: Slack prints `twitter:label1`/`twitter:data1` pairs under the title, and the preview image shows them too. */
export interface PageFact {
	label: string;
	value: string;
}

/** The label of a code page's first command: the preview image sets its value as code. */
export const CHECK_FIRST_LABEL = 'Check first';

/** The most a description may have: search results and link previews show about 155–160 characters. */
export const DESCRIPTION_MAX = 160;

/** The longest document title a search result shows whole. */
export const TITLE_MAX = 70;

/** A page's `<title>`: its own title with the site's name after it, or alone when both would not fit in a search result. */
export function documentTitle(title: string, siteName: string): string {
	if (title === siteName) return title;
	const full = `${title} | ${siteName}`;
	return full.length <= TITLE_MAX ? full : title;
}

/**
 * A page's description as search results and previews can show it whole: as written when it fits,
 * else cut at the last clause (a comma, semicolon, colon or parenthesis) or word that fits, with an
 * ellipsis, so nothing is cut mid-word by the search engine instead.
 */
export function fitDescription(text: string, max = DESCRIPTION_MAX): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const room = clean.slice(0, max - 1);
	const clause = Math.max(...[', ', '; ', ': ', ' ('].map((mark) => room.lastIndexOf(mark)));
	const cut = clause >= max * 0.6 ? clause : room.lastIndexOf(' ');
	return `${room.slice(0, cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A step of a breadcrumb trail. */
export interface Crumb {
	name: string;
	path: string;
}

/** Where a page's preview image is: `/521/` → `/og/521.png`, `/` → `/og/home.png`. */
export function cardPath(pagePath: string): string {
	const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
	return `/og/${trimmed || 'home'}.png`;
}

/** The page a preview image path belongs to, for messages: `/og/521.png` → `/521/`. */
export const pageOfCard = (path: string): string => (path === '/og/home.png' ? '/' : `${path.slice('/og'.length, -'.png'.length)}/`);
