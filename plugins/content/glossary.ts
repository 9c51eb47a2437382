import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../shared/problem.ts';

/** One term of content/glossary.tsv. */
export interface GlossaryEntry {
	zh: string;
	/** Accepted English renderings, preferred first (the `en` column, alternatives separated by ` | `). */
	en: string[];
	note: string;
	source: string;
	/** Paragraphs allowed to word the term differently, as `<report>#<id>`. */
	variants: string[];
	/** Renderings that must never stand for the term (the `forbidden` column, separated by ` | `): no variant allows them. */
	forbidden: string[];
	/** The one report this row is for (the `report` column); absent: the row holds for the whole archive. */
	report?: string;
	/** 1-based line in the file, for messages. */
	line: number;
}

/** The columns every glossary has, in this order. */
export const GLOSSARY_COLUMNS = ['zh', 'en', 'note', 'source', 'variants'] as const;
/** Columns a glossary may add after them, in any order: a glossary of five columns forbids nothing and holds only archive-wide rows. */
export const GLOSSARY_OPTIONAL_COLUMNS = ['forbidden', 'report'] as const;
type Column = (typeof GLOSSARY_COLUMNS)[number] | (typeof GLOSSARY_OPTIONAL_COLUMNS)[number];

const reportId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const variantPattern = /^([a-z0-9-]+)#p\d+(?:-s\d+)?(?:-\d+)?$/;
const alternatives = (cell: string) => cell.split(' | ').map((text) => text.trim()).filter(Boolean);
/** A rendering as the check compares it: no quotes, case ignored, a hyphen the same as a space. */
const comparable = (text: string) => text.replace(/[“”"‘’'`]/g, '').replace(/[\s-]+/g, ' ').trim().toLowerCase();

/**
 * Parse the glossary TSV: a header row naming the columns (zh, en, note, source, variants, then
 * optionally forbidden and report; all but zh and en may be empty), then one term per line. Blank
 * lines and lines starting with `#` are skipped. Every malformed row is a problem with its line, so a
 * bad glossary never silently checks nothing. A term is defined once for the archive and at most once
 * more per report (the report's row replaces the archive row for that report, see `glossaryFor`).
 */
export function parseGlossary(text: string, displayPath: string): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
	const entries: GlossaryEntry[] = [];
	const problems: ContentProblem[] = [];
	const lines = text.split(/\r?\n/);
	const header = lines[0]?.split('\t').map((cell) => cell.trim()) ?? [];
	const extra = header.slice(GLOSSARY_COLUMNS.length);
	const optional: readonly string[] = GLOSSARY_OPTIONAL_COLUMNS;
	if (GLOSSARY_COLUMNS.some((column, index) => header[index] !== column) || extra.some((column, index) => !optional.includes(column) || extra.indexOf(column) !== index)) {
		return {
			entries,
			problems: [{ file: displayPath, line: 1, ruleId: 'glossary-format', message: `The first line must be the header ${GLOSSARY_COLUMNS.join('<TAB>')}, optionally followed by ${GLOSSARY_OPTIONAL_COLUMNS.join(' and ')} (each at most once).` }],
		};
	}
	const columns = header as Column[];
	const seen = new Map<string, number>();
	lines.slice(1).forEach((raw, index) => {
		const line = index + 2;
		if (!raw.trim() || raw.startsWith('#')) return;
		const cells = raw.split('\t').map((cell) => cell.trim());
		if (cells.length > columns.length) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Row has ${cells.length} columns; a glossary row has at most ${columns.length} (${columns.join(', ')}), separated by tabs.` });
			return;
		}
		const cell = (column: Column) => cells[columns.indexOf(column)] ?? '';
		const zh = cell('zh');
		const en = cell('en');
		const report = columns.includes('report') ? cell('report') : '';
		if (!zh || !en) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: 'Row needs both a zh term and its en rendering (the first two tab-separated columns).' });
			return;
		}
		if (report && !reportId.test(report)) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Report ${report} is not a report id (lowercase pinyin, e.g. 2025-changzhou-tianning, 2026-jiangsu); leave the report column empty for a term of the whole archive.` });
			return;
		}
		const key = `${report}\t${zh}`;
		const first = seen.get(key);
		if (first) {
			const scope = report ? ` for report ${report}` : '';
			problems.push({ file: displayPath, line, ruleId: 'glossary-duplicate', message: `Term ${zh} is already defined${scope} on line ${first}; keep one row and list alternative renderings in its en column, separated by " | ".` });
			return;
		}
		seen.set(key, line);
		const variantList = cell('variants').split(/[\s,]+/).filter(Boolean);
		for (const variant of variantList) {
			const match = variantPattern.exec(variant);
			if (!match) {
				problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Variant ${variant} is not <report>#<paragraph id> (e.g. 2025-changzhou-tianning#p1-3).` });
			} else if (report && match[1] !== report) {
				problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Variant ${variant} names another report than the row's report ${report}; a report's row applies to that report only.` });
			}
		}
		const renderings = alternatives(en);
		const forbidden = alternatives(cell('forbidden'));
		const clash = forbidden.find((rendering) => renderings.some((accepted) => comparable(accepted) === comparable(rendering)));
		if (clash) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Rendering “${clash}” is both accepted (en column) and forbidden (forbidden column); keep it in one of them.` });
		}
		entries.push({ zh, en: renderings, note: cell('note'), source: cell('source'), variants: variantList, forbidden, ...(report ? { report } : {}), line });
	});
	return { entries, problems };
}

/**
 * The rows that hold for one report: every archive row, except where the report has its own row for
 * the same term, which replaces it; and the report's own rows. Other reports' rows are left out.
 */
export function glossaryFor(entries: readonly GlossaryEntry[], report: string): GlossaryEntry[] {
	const own = new Set(entries.filter((entry) => entry.report === report).map((entry) => entry.zh));
	return entries.filter((entry) => (entry.report === undefined ? !own.has(entry.zh) : entry.report === report));
}

/**
 * The rows of `<contentDir>/glossary.tsv` for the pages and exports that name things with them (the
 * indicator names of the comparison pages and /api/targets.*); none without a glossary. A malformed row
 * is left out here: the content check of the build reports it and fails the build.
 */
export function readGlossaryEntries(contentDir: string): GlossaryEntry[] {
	const path = join(contentDir, 'glossary.tsv');
	return existsSync(path) ? parseGlossary(readFileSync(path, 'utf8'), path).entries : [];
}
