// N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.

export const SITE_NAME = '5xx Field Guide';
export const SITE_DESCRIPTION =
	'What each HTTP 5xx error means, why it happens, what to check first and how to fix it: standard codes, Cloudflare 52x and vendor codes.';
/** The RSS feed of changed facts, as feed readers list it. */
export const FEED_TITLE = `${SITE_NAME}: what changed`;

/**
 * The repository this site is built from: the one setting behind every page's "Edit this page"
 * and "Suggest a correction" links (src/lib/repository.ts). A fork changes it here.
 */
export const REPOSITORY = { url: 'https://github.com/5xx-guide/5xx-field-guide', branch: 'main' } as const;
