/**
 * The published reports as export sources, for the archive endpoints (Astro side: reads the
 * `reports` collection through the web edition's getReports(), drafts excluded).
 */
import { getReports } from '../content/collection.ts';
import { publishedPdf } from './checksums.ts';
import type { ExportUrls, ReportSource } from './export.ts';

export async function getSources(): Promise<ReportSource[]> {
	return (await getReports()).map((group) => ({
		report: group.report,
		editions: Object.fromEntries(Object.entries(group.editions).map(([language, entry]) => [language, { data: entry!.data, body: entry!.body ?? '' }])),
	}));
}

export const apiPaths = {
	index: '/api/index.json',
	schema: '/api/schema/report.schema.json',
	json: (report: string) => `/api/reports/${report}.json`,
	csv: (report: string) => `/api/reports/${report}-figures.csv`,
	ledger: (report: string) => `/api/reports/${report}-ledger.yaml`,
};

/** URLs in exports: absolute when the site is configured, else site paths. */
export function exportUrls(site: URL | undefined): ExportUrls {
	const url = (path: string) => (site ? new URL(path, site).href : path);
	return {
		reading: (language, report) => url(`/${language}/${report}/`),
		schema: url(apiPaths.schema),
		json: (report) => url(apiPaths.json(report)),
		csv: (report) => url(apiPaths.csv(report)),
		pdf: (report, language) => {
			const file = publishedPdf(report, language);
			return file ? { href: url(file.href), bytes: file.bytes, sha256: file.sha256 } : undefined;
		},
	};
}
