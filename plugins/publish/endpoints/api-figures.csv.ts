import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresCsv, type ReportSource } from '../export.ts';
import { getSources } from '../sources.ts';

export const getStaticPaths = (async () =>
	(await getSources()).map((source) => ({ params: { report: source.report }, props: { source } }))) satisfies GetStaticPaths;

/** `/api/reports/<report>-figures.csv`: every figure, UTF-8 with BOM, RFC 4180. */
export const GET: APIRoute = ({ props }) =>
	new Response(figuresCsv((props as { source: ReportSource }).source), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
