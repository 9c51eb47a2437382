/**
 * Where an edition comes from and how current it is (pure): the facts the reading page, the colophon,
 * the exports and the citation files state about the copy an original was made from, and the edition's
 * version date. Only what the frontmatter records is stated; nothing is inferred.
 */
import type { ReportFrontmatter } from '../content/schemas/report.ts';

/**
 * The version date of an edition: the latest of its corrections, its `updated` day and the day its source
 * copy was received (an original is made from its copy that day; any later change to its words is a
 * correction). Undefined when the frontmatter records none of them (a translation without `updated`).
 */
export function versionDate(data: Pick<ReportFrontmatter, 'corrections' | 'updated' | 'source'>): Date | undefined {
	const days = [...(data.corrections ?? []).map((correction) => correction.date), data.updated, data.source.retrieved].filter((day) => day !== undefined);
	return days.length ? new Date(Math.max(...days.map((day) => day.getTime()))) : undefined;
}
