import type { APIRoute, GetStaticPaths } from 'astro';
import { reportExport, type ReportSource } from '../export.ts';
import { reportExportSchema } from '../export-schema.ts';
import { exportUrls, getSources } from '../sources.ts';

export const getStaticPaths = (async () =>
	(await getSources()).map((source) => ({ params: { report: source.report }, props: { source } }))) satisfies GetStaticPaths;

/** `/api/reports/<report>.json`: metadata, structure with ids, text per language, figures. Validated against the published schema. */
export const GET: APIRoute = async ({ props, site }) => {
	const data = reportExportSchema.parse(reportExport((props as { source: ReportSource }).source, exportUrls(site)));
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
