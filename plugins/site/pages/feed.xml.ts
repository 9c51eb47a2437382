import type { APIRoute, GetStaticPaths } from 'astro';
import { title as archiveTitle } from 'virtual:report-press/config';
import { archiveNameIn, formatDate, uiLanguages, zh, type UiLanguage } from '../i18n.ts';
import { getReports } from '../../content/collection.ts';
import { readingUrl, regionName } from '../report-data.ts';
import { atomXml, type FeedEntry } from '../../publish/feed.ts';
import { apiPaths } from '../../publish/sources.ts';

export const getStaticPaths = (() => uiLanguages.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** `/<lang>/feed.xml`: Atom feed of the published and corrected reports in one language. */
export const GET: APIRoute = async ({ params, site }) => {
	const lang = params.lang as UiLanguage;
	const url = (path: string) => (site ? new URL(path, site).href : path);
	const entries: FeedEntry[] = [];
	for (const group of await getReports()) {
		const entry = group.editions[lang];
		if (!entry) continue;
		const { data } = entry;
		const region = regionName(data, lang);
		const date = formatDate(data.delivered, lang);
		entries.push({
			report: group.report,
			title: `${region} ${data.year} ${data.title}`,
			link: url(readingUrl(lang, group.report)),
			json: url(apiPaths.json(group.report)),
			published: data.delivered,
			author: data.speaker.name,
			summary:
				lang === 'en'
					? `Delivered at the ${data.meeting} on ${date} by ${data.speaker.name}, ${data.speaker.role}.`
					: `${date}在${data.meeting}上，${data.speaker.role}${data.speaker.name}`,
			status: data.status,
			corrections: data.corrections ?? [],
			correctionsLabel: lang === 'en' ? 'Corrections' : zh(lang, '更正说明'),
			formatDate: (day) => formatDate(day, lang),
		});
	}
	const title = archiveNameIn(lang, archiveTitle);
	const xml = atomXml({ lang, title, self: url(`/${lang}/feed.xml`), home: url(`/${lang}/`), entries });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
