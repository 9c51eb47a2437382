import type { APIRoute } from 'astro';
import { reportJsonSchema } from '../export-schema.ts';
import { apiPaths } from '../sources.ts';

/** `/api/schema/report.schema.json`: JSON Schema generated from the zod model of the exports. */
export const GET: APIRoute = ({ site }) => {
	const id = site ? new URL(apiPaths.schema, site).href : apiPaths.schema;
	return new Response(`${JSON.stringify(reportJsonSchema(id), null, '\t')}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
