/**
 * /diagnose/data.json: what the diagnose tool matches a paste against, built from the platform
 * pages (src/diagnose/data.ts). A file of its own rather than inside the page: the page paints
 * without it, /diagnose/ fetches it once a reader starts to paste, and the browser keeps it for
 * the next visit. The path is DIAGNOSE_DATA_PATH; the page names it to its script.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site';
import { buildDiagnoseData } from '../../diagnose/data';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildDiagnoseData(await getSite())), { headers: { 'content-type': 'application/json' } });
