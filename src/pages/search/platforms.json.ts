/**
 * /search/platforms.json: each platform's names and its section for each code, for the search
 * dialog's "502 alb" shortcut (src/search/query.ts). Built from the platform pages.
 */
import type { APIRoute } from 'astro';
import { getSite, isVendorsOwnCode } from '../../content/site';
import { codeHref, platformHref } from '../../lib/paths';
import type { PlatformShortcut } from '../../search/query';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const table: PlatformShortcut[] = site.platforms.map((p) => ({
		href: platformHref(p.id),
		name: p.data.shortName ?? p.data.name,
		names: [...new Set([p.data.name, p.data.shortName ?? '', ...p.data.aliases].filter(Boolean).map((n) => n.toLowerCase()))],
		sections: Object.fromEntries(
			[...new Set(p.data.errors.map((e) => e.code))].map((code) => [
				String(code),
				// A code the platform owns (Cloudflare's 521) is explained on its own page.
				isVendorsOwnCode(site, p, code) ? codeHref(code) : platformHref(p.id, p.data.errors.find((e) => e.code === code)!.id),
			])
		),
	}));
	return new Response(JSON.stringify(table), { headers: { 'content-type': 'application/json' } });
};
