import type { APIRoute } from 'astro';
import { contentDir } from 'virtual:report-press/config';
import { englishNames } from '../../content/figures/indicators.ts';
import { readGlossaryEntries } from '../../content/glossary.ts';
import { exportUrls, getSources } from '../sources.ts';
import { targetRecords, targetsExport, targetsPaths } from '../targets.ts';
import { targetsExportSchema } from '../targets-schema.ts';

/** `/api/targets.json`: the targets and achieved values of every report, validated against the published schema. */
export const GET: APIRoute = async ({ site }) => {
	const url = (path: string) => (site ? new URL(path, site).href : path);
	const urls = exportUrls(site);
	const data = targetsExportSchema.parse(
		targetsExport(
			targetRecords(await getSources()),
			{
				schema: url(targetsPaths.schema),
				csv: url(targetsPaths.csv),
				record: (record) => `${urls.reading('zh-Hans', record.report)}#${record.block}`,
			},
			englishNames(readGlossaryEntries(contentDir)),
		),
	);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
