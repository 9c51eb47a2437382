import type { APIRoute } from 'astro';
import { targetsPaths } from '../targets.ts';
import { targetsJsonSchema } from '../targets-schema.ts';

/** `/api/schema/targets.schema.json`: JSON Schema generated from the zod model of the targets export. */
export const GET: APIRoute = ({ site }) => {
	const id = site ? new URL(targetsPaths.schema, site).href : targetsPaths.schema;
	return new Response(`${JSON.stringify(targetsJsonSchema(id), null, '\t')}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
