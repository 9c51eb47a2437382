/**
 * The published reports as Astro's content collection holds them (the loader: content/loader.ts),
 * grouped by report. The Astro side of the content model: pages, feeds and exports all list reports
 * through this one function.
 */
import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import type { ReportFrontmatter } from './schemas/report.ts';
import type { Language } from '../shared/languages.ts';

export type Edition = CollectionEntry<'reports'>;

/** One report with every edition the archive holds of it. */
export interface ReportGroup {
	report: string;
	/** The zh-Hans original's data (always present when the report exists). */
	original: ReportFrontmatter;
	editions: Partial<Record<Language, Edition>>;
}

/**
 * Every report in the archive (drafts excluded), newest first, then by region. Read once per build:
 * every page's head asks (components/ArchiveHead.astro), and grouping and sorting the whole archive
 * for each of its ten pages a report made the build grow with the square of the archive. The dev
 * server reads anew each time, since its collection changes under it.
 */
export function getReports(): Promise<ReportGroup[]> {
	if (import.meta.env.DEV) return readReports();
	return (built ??= readReports());
}

let built: Promise<ReportGroup[]> | undefined;

async function readReports(): Promise<ReportGroup[]> {
	const entries = await getCollection('reports', (entry) => entry.data.status !== 'draft');
	const groups = new Map<string, ReportGroup['editions']>();
	for (const entry of entries) {
		const editions = groups.get(entry.data.report) ?? {};
		editions[entry.data.language] = entry;
		groups.set(entry.data.report, editions);
	}
	return [...groups]
		.flatMap(([report, editions]) => {
			const original = editions['zh-Hans']?.data;
			return original ? [{ report, original, editions }] : [];
		})
		.sort((a, b) => b.original.year - a.original.year || a.report.localeCompare(b.report));
}

