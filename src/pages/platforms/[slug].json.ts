/** /platforms/heroku.json: one platform as JSON. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type PlatformEntry } from '../../content/site';
import { platformToRecord } from '../../data/records';
import { jsonResponse, recordContext } from '../../data/respond';
import { SCHEMA_PATH } from '../../data/urls';

export const getStaticPaths = (async () => (await getSite()).platforms.map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: PlatformEntry }> = async ({ props, site }) => {
	const ctx = await recordContext(site);
	return jsonResponse({ $schema: new URL(SCHEMA_PATH, ctx.origin).href, ...platformToRecord(ctx, props.entry) });
};
