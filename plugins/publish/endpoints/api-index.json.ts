import type { APIRoute } from 'astro';
import { title } from 'virtual:report-press/config';
import { indexExport } from '../export.ts';
import { indexExportSchema } from '../export-schema.ts';
import { exportUrls, getSources } from '../sources.ts';

/** `/api/index.json`: every published report with links to its data. */
export const GET: APIRoute = async ({ site }) => {
	const index = indexExportSchema.parse(indexExport(await getSources(), exportUrls(site), title));
	return new Response(`${JSON.stringify(index, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
