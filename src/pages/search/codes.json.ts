/**
 * /search/codes.json: what the search dialog's code (src/search/search-dialog.ts) needs before
 * anything else, kept out of every page's HTML: each code with its reason phrase, which answers a
 * bare code ("522") before the index has loaded, and the options of the dialog's filters.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site';
import { senderLabels, senders, statusLabels, statuses } from '../../content/code-schema';
import type { SearchCodes } from '../../search/search-codes';

export const GET: APIRoute = async () => {
	const { codes } = await getSite();
	const body: SearchCodes = {
		codes: codes.map((e) => [String(e.data.code), e.data.reason]),
		filters: {
			status: statuses.map((s) => statusLabels[s]),
			vendor: [...new Set(codes.flatMap((e) => e.data.vendor ?? []))].sort(),
			sender: senders.map((s) => senderLabels[s]),
		},
	};
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
