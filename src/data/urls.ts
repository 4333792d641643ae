// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
/**
 * The site's machine-readable URL scheme, in one place. These paths are a promise to the people
 * and tools that read them (README, "URL scheme"): add to them, never move them.
 */

/** `/521.json`: one code. */
export const codeJsonPath = (code: number): string => `/${code}.json`;
/** `/platforms/heroku.json`: one platform. */
export const platformJsonPath = (slug: string): string => `/platforms/${slug}.json`;
/** Every code, in one file. */
export const CODES_JSON_PATH = '/codes.json';
/** Every platform, in one file. */
export const PLATFORMS_JSON_PATH = '/platforms.json';
/** The JSON Schema every JSON file above declares in its `$schema`. Versioned: a breaking change gets v2. */
export const SCHEMA_PATH = '/schema/v1.json';
/** The page listing every fact that changed, and its RSS feed. */
export const CHANGES_PATH = '/changes/';
export const FEED_PATH = '/changes.xml';
/** The sitemap @astrojs/sitemap writes (an index of its files), which robots.txt names. */
export const SITEMAP_PATH = '/sitemap-index.xml';
/** The llms.txt index, and every Markdown copy in one file. */
export const LLMS_PATH = '/llms.txt';
export const LLMS_FULL_PATH = '/llms-full.txt';

/** A page's Markdown copy: `/521/` → `/521.md`, `/platforms/heroku/` → `/platforms/heroku.md`. */
export function markdownPath(pagePath: string): string {
	if (!/^\/[a-z0-9/-]*[a-z0-9]\/$/.test(pagePath)) throw new Error(`no Markdown path for "${pagePath}": pages with a copy end in a slash and are not the home page`);
	return `${pagePath.slice(0, -1)}.md`;
}

/** The page a Markdown copy belongs to: `/521.md` → `/521/`. */
export function pageOfMarkdown(path: string): string {
	if (!path.endsWith('.md')) throw new Error(`"${path}" is not a Markdown path`);
	return `${path.slice(0, -'.md'.length)}/`;
}
