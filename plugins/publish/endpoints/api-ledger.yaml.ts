import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from 'virtual:report-press/config';
import { readLedger } from '../ledger.ts';
import { getSources } from '../sources.ts';

export const getStaticPaths = (async () =>
	(await getSources()).flatMap((source) => {
		const ledger = readLedger(contentDir, source.report);
		return ledger ? [{ params: { report: source.report }, props: { text: ledger.text } }] : [];
	})) satisfies GetStaticPaths;

/** `/api/reports/<report>-ledger.yaml`: the corrections ledger as the importer wrote it, byte for byte. */
export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
