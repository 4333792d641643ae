/** /codes.json: every code, in numeric order. */
import type { APIRoute } from 'astro';
import { codeToRecord } from '../data/records';
import { jsonResponse, recordContext } from '../data/respond';
import { SCHEMA_PATH } from '../data/urls';

export const GET: APIRoute = async ({ site }) => {
	const ctx = await recordContext(site);
	return jsonResponse({ $schema: new URL(SCHEMA_PATH, ctx.origin).href, codes: ctx.site.codes.map((entry) => codeToRecord(ctx, entry)) }, { compact: true });
};
