/**
 * /search/steps.json: every troubleshooter step as a search record (its question or diagnosis,
 * its answers, and where it is), for the search index: the Pagefind integration indexes these and
 * removes the file, so a search for a question lands on its step. See src/integrations/pagefind.ts.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site';
import { stepRecords } from '../../search/steps';

export const GET: APIRoute = async () => {
	const { flows } = await getSite();
	return new Response(JSON.stringify(flows.flatMap((f) => stepRecords(f.id, f.data))), { headers: { 'content-type': 'application/json' } });
};
