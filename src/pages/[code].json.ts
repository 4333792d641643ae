/** /521.json: one code as JSON (shape: src/data/schema.ts, published at /schema/v1.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type CodeEntry } from '../content/site';
import { codeToRecord } from '../data/records';
import { jsonResponse, recordContext } from '../data/respond';
import { SCHEMA_PATH } from '../data/urls';

export const getStaticPaths = (async () => (await getSite()).codes.map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CodeEntry }> = async ({ props, site }) => {
	const ctx = await recordContext(site);
	return jsonResponse({ $schema: new URL(SCHEMA_PATH, ctx.origin).href, ...codeToRecord(ctx, props.entry) });
};
