/** /chain/layers.json: the layers' data, for the notes on Diagnose and the troubleshooters, fetched only when the reader has a chain saved. */
import type { APIRoute } from 'astro';
import { getChains } from '../../chain/site';

export const GET: APIRoute = async () => {
	const { data } = await getChains();
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
