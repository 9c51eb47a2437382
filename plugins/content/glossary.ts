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
	/** 1-based line in the file, for messages. */
	line: number;
}

export const GLOSSARY_COLUMNS = ['zh', 'en', 'note', 'source', 'variants'] as const;

/**
 * Parse the glossary TSV: a header row naming the columns (zh, en, note, source, variants; the last
 * three may be empty), then one term per line. Blank lines and lines starting with `#` are skipped.
 * Every malformed row is a problem with its line, so a bad glossary never silently checks nothing.
 */
export function parseGlossary(text: string, displayPath: string): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
	const entries: GlossaryEntry[] = [];
	const problems: ContentProblem[] = [];
	const lines = text.split(/\r?\n/);
	const header = lines[0]?.split('\t').map((cell) => cell.trim()) ?? [];
	if (GLOSSARY_COLUMNS.some((column, index) => header[index] !== column)) {
		return { entries, problems: [{ file: displayPath, line: 1, ruleId: 'glossary-format', message: `The first line must be the header ${GLOSSARY_COLUMNS.join('<TAB>')}.` }] };
	}
	const seen = new Map<string, number>();
	lines.slice(1).forEach((raw, index) => {
		const line = index + 2;
		if (!raw.trim() || raw.startsWith('#')) return;
		const cells = raw.split('\t').map((cell) => cell.trim());
		const [zh = '', en = '', note = '', source = '', variants = ''] = cells;
		if (cells.length > GLOSSARY_COLUMNS.length) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Row has ${cells.length} columns; a glossary row has at most ${GLOSSARY_COLUMNS.length} (${GLOSSARY_COLUMNS.join(', ')}), separated by tabs.` });
			return;
		}
		if (!zh || !en) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: 'Row needs both a zh term and its en rendering (the first two tab-separated columns).' });
			return;
		}
		const first = seen.get(zh);
		if (first) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-duplicate', message: `Term ${zh} is already defined on line ${first}; keep one row and list alternative renderings in its en column, separated by " | ".` });
			return;
		}
		seen.set(zh, line);
		const variantList = variants.split(/[\s,]+/).filter(Boolean);
		const badVariant = variantList.find((variant) => !/^[a-z0-9-]+#p\d+(?:-s\d+)?(?:-\d+)?$/.test(variant));
		if (badVariant) {
			problems.push({ file: displayPath, line, ruleId: 'glossary-format', message: `Variant ${badVariant} is not <report>#<paragraph id> (e.g. 2025-changzhou-tianning#p1-3).` });
		}
		entries.push({ zh, en: en.split(' | ').map((text) => text.trim()).filter(Boolean), note, source, variants: variantList, line });
	});
	return { entries, problems };
}
