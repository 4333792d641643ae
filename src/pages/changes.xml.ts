/**
 * /changes.xml: an RSS 2.0 feed with one item per change record, most recently recorded first.
 * Each item is dated by the day the site recorded the change (`recorded`), not by the day it took
 * effect: a change that happened months ago but was recorded today must reach a feed reader as
 * new, not sink below older items. The day it took effect stays in the item's title and text.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_TITLE } from '../lib/consts';
import { getSiteChanges } from '../data/changes';
import { siteOrigin } from '../data/respond';
import { CHANGES_PATH, FEED_PATH } from '../data/urls';
import { isoDay } from '../lib/format';

export const GET: APIRoute = async ({ site }) => {
	const origin = siteOrigin(site);
	// Newest record first; records of one day keep the site's order (by the day each change took effect).
	const changes = [...(await getSiteChanges())].sort((a, b) => b.change.recorded.getTime() - a.change.recorded.getTime());
	const newest = changes[0]?.change.recorded;
	return rss({
		title: FEED_TITLE,
		description: 'Facts about HTTP 5xx errors that changed: timeouts, limits, defaults, names and retirements, with the old and new value and the source.',
		site: origin,
		// Links end where they are written: the default adds a slash after an item's #fragment.
		trailingSlash: false,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// The feed changes when a record is added, not when the site is built: its date is the newest record's.
		customData: [
			'<language>en</language>',
			`<atom:link href="${new URL(FEED_PATH, origin).href}" rel="self" type="application/rss+xml"/>`,
			...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
		].join(''),
		items: changes.map(({ id, change, page, codes }) => ({
			title: `${page.title}: ${change.fact} (${isoDay(change.date)})`,
			link: `${CHANGES_PATH}#${id}`,
			pubDate: change.recorded,
			description: `${change.from} → ${change.to}, on ${isoDay(change.date)}. Explained on ${new URL(page.path, origin).href}; source: ${change.source}`,
			categories: codes.map(String),
		})),
	});
};
