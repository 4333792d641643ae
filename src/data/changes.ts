/**
 * Every change record on the site, with the page it belongs to: for each page's "Changed" line and
 * "What changed" section, /changes/, the feed and the JSON files. One list, built once.
 */
import type { Change } from '../content/common-schema';
import { getSite, type Site } from '../content/site';
import { codeHref, guideHref, platformHref } from '../lib/paths';
import { changeId } from '../content/change-id';

export interface SiteChange {
	/** Stable and readable: `2026-07-22-platforms-cloudflare-proxy-read-timeout-default-in`. */
	id: string;
	change: Change;
	/** The page whose file holds the record. */
	page: { title: string; path: string };
	/** Codes whose pages show it: the codes it names, and the page's own code. */
	codes: number[];
}

/** Every change on the site, newest first; changes of one day keep their pages' order. */
export function siteChanges(site: Pick<Site, 'codes' | 'platforms' | 'guides'>): SiteChange[] {
	const pages = [
		...site.codes.map((e) => ({ title: `${e.data.code} ${e.data.reason}`, path: codeHref(e.data.code), own: [e.data.code], changes: e.data.changes })),
		...site.platforms.map((e) => ({ title: e.data.name, path: platformHref(e.id), own: [], changes: e.data.changes })),
		...site.guides.map((e) => ({ title: e.data.title, path: guideHref(e.id), own: [], changes: e.data.changes })),
	];
	const all = pages.flatMap(({ title, path, own, changes }) =>
		changes.map((change) => ({
			id: changeId(change, path),
			change,
			page: { title, path },
			codes: [...new Set([...own, ...change.codes])].sort((a, b) => a - b),
		}))
	);
	return all.sort((a, b) => b.change.date.getTime() - a.change.date.getTime());
}

/** The changes a page shows: its own, and, on a code page, those that name its code. */
export function changesForPage(changes: readonly SiteChange[], page: { path: string; code?: number }): SiteChange[] {
	return changes.filter((c) => c.page.path === page.path || (page.code !== undefined && c.codes.includes(page.code)));
}

let loaded: Promise<SiteChange[]> | undefined;

/** {@link siteChanges} of the whole site, computed once per build. */
export function getSiteChanges(): Promise<SiteChange[]> {
	loaded ??= getSite().then(siteChanges);
	return loaded;
}
