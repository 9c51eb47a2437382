import type { APIRoute } from 'astro';
import { contentDir } from 'virtual:report-press/config';
import { englishNames } from '../../content/figures/indicators.ts';
import { readGlossaryEntries } from '../../content/glossary.ts';
import { exportUrls, getSources } from '../sources.ts';
import { targetRecords, targetsCsv } from '../targets.ts';

/** `/api/targets.csv`: the records of `/api/targets.json`, UTF-8 with BOM, CRLF, RFC 4180. */
export const GET: APIRoute = async ({ site }) => {
	const urls = exportUrls(site);
	const csv = targetsCsv(
		targetRecords(await getSources()),
		(record) => `${urls.reading('zh-Hans', record.report)}#${record.block}`,
		englishNames(readGlossaryEntries(contentDir)),
	);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
