/** /robots.txt: every page may be crawled; the sitemap lists them, each with the day it was last reviewed. */
import type { APIRoute } from 'astro';
import { siteOrigin, textResponse } from '../data/respond';
import { SITEMAP_PATH } from '../data/urls';

export const GET: APIRoute = ({ site }) => textResponse(['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(SITEMAP_PATH, siteOrigin(site)).href}`].join('\n'));
