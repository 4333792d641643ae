/** /schema/v1.json: the JSON Schema of every JSON file, generated from src/data/schema.ts. */
import type { APIRoute } from 'astro';
import { jsonSchema } from '../../data/schema';
import { jsonResponse, siteOrigin } from '../../data/respond';
import { SCHEMA_PATH } from '../../data/urls';

export const GET: APIRoute = ({ site }) => jsonResponse(jsonSchema(new URL(SCHEMA_PATH, siteOrigin(site)).href));
