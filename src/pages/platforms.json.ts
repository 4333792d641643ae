/** /platforms.json: every platform, by name. */
import type { APIRoute } from 'astro';
import { platformToRecord } from '../data/records';
import { jsonResponse, recordContext } from '../data/respond';
import { SCHEMA_PATH } from '../data/urls';

export const GET: APIRoute = async ({ site }) => {
	const ctx = await recordContext(site);
	return jsonResponse({ $schema: new URL(SCHEMA_PATH, ctx.origin).href, platforms: ctx.site.platforms.map((entry) => platformToRecord(ctx, entry)) }, { compact: true });
};
