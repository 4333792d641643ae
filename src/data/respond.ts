/** What every machine-readable route shares: absolute URLs need `site`, and files end in a newline. */
import { AstroError } from 'astro/errors';
import { getSite, renderEntry } from '../content/site';
import { getSiteChanges } from './changes';
import type { RecordContext } from './records';

/** The site's origin (`https://5xx.guide`), from `site` in astro.config.mjs. */
export function siteOrigin(site: URL | undefined): string {
	if (!site) throw new AstroError('`site` is not set in astro.config.mjs.', 'The JSON files, Markdown copies, llms.txt and the feed link to pages by absolute URL; set `site` to the address the site is served from.');
	return site.origin;
}

/**
 * One record is pretty-printed with tabs: people read `/521.json` as often as programs do. The
 * lists (`/codes.json`) are for programs, and compact.
 */
export function jsonResponse(body: unknown, { compact = false } = {}): Response {
	return new Response(`${JSON.stringify(body, null, compact ? undefined : '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function textResponse(body: string, type = 'text/plain'): Response {
	return new Response(body.endsWith('\n') ? body : `${body}\n`, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

let context: Promise<RecordContext> | undefined;

/** The content and its changes, gathered once for every JSON route. */
export function recordContext(site: URL | undefined): Promise<RecordContext> {
	const origin = siteOrigin(site);
	context ??= Promise.all([getSite(), getSiteChanges()]).then(async ([site, changes]) => {
		const pageData = new Map(await Promise.all(site.codes.map(async (entry) => [entry.data.code, (await renderEntry(entry)).outline.data] as const)));
		return { site, origin, changes, pageData };
	});
	return context;
}
