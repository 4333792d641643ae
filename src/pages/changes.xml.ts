/** /changes.xml: an RSS 2.0 feed with one item per change record, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_TITLE } from '../lib/consts';
import { getSiteChanges } from '../data/changes';
import { siteOrigin } from '../data/respond';
import { CHANGES_PATH, FEED_PATH } from '../data/urls';

export const GET: APIRoute = async ({ site }) => {
	const origin = siteOrigin(site);
	const changes = await getSiteChanges();
	return rss({
		title: FEED_TITLE,
		description: 'Facts about HTTP 5xx errors that changed: timeouts, limits, defaults, names and retirements, with the old and new value and the source.',
		site: origin,
		// Links end where they are written: the default adds a slash after an item's #fragment.
		trailingSlash: false,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>en</language><atom:link href="${new URL(FEED_PATH, origin).href}" rel="self" type="application/rss+xml"/>`,
		items: changes.map(({ id, change, page, codes }) => ({
			title: `${page.title}: ${change.fact}`,
			link: `${CHANGES_PATH}#${id}`,
			pubDate: change.date,
			description: `${change.from} → ${change.to}. Explained on ${new URL(page.path, origin).href}; source: ${change.source}`,
			categories: codes.map(String),
		})),
	});
};
