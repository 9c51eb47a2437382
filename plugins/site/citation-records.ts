/**
 * The citation records of a report (publish/citation-export.ts formats them): the stored editions, named as
 * the reading page's citation names them, and the endpoints that publish them as files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { title as archiveTitle } from 'virtual:report-press/config';
import { getReports, type ReportGroup } from '../content/collection.ts';
import { regionFullName, regionOf } from '../content/schemas/region.ts';
import { citationFormats, type CitationFormat, type CitationRecord } from '../publish/citation-export.ts';
import { archiveNameIn, formatDate } from './i18n.ts';
import { meetingWithRegion, readingUrl } from './report-data.ts';

export function citationRecords(group: ReportGroup, site: URL | undefined): CitationRecord[] {
	const records: CitationRecord[] = [];
	for (const lang of ['zh-Hans', 'en'] as const) {
		const data = group.editions[lang]?.data;
		if (!data) continue;
		const region = regionOf(data);
		const path = readingUrl(lang, group.report);
		records.push({
			key: lang === 'zh-Hans' ? group.report : `${group.report}-${lang}`,
			language: lang,
			author: data.speaker.name,
			publisher:
				lang === 'en'
					? `People’s Government of ${regionFullName(region, 'en', { province: false })}`
					: `${regionFullName(region, 'zh', { province: false })}人民政府`,
			title: data.title,
			event: lang === 'en' ? data.meeting : meetingWithRegion(data, lang),
			note:
				lang === 'en'
					? `Delivered at the ${data.meeting} on ${formatDate(data.delivered, lang)}. English translation`
					: `${formatDate(data.delivered, lang)}在${meetingWithRegion(data, lang)}上`,
			date: data.delivered,
			archive: archiveNameIn(lang, archiveTitle),
			url: site ? new URL(path, site).href : undefined,
		});
	}
	return records;
}

/** `getStaticPaths` and `GET` of `/api/reports/<report>.<format>`. */
export function citationEndpoint(format: CitationFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
	return {
		getStaticPaths: async () => (await getReports()).map((group) => ({ params: { report: group.report }, props: { group } })),
		GET: ({ props, site }) =>
			new Response(citationFormats[format].render(citationRecords((props as { group: ReportGroup }).group, site)), {
				headers: { 'Content-Type': citationFormats[format].type },
			}),
	};
}
