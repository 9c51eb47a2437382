import type { EditionFile } from '../content/editions.ts';
import type { ContentProblem } from '../shared/problem.ts';

/**
 * Metadata is plain text shown in titles, `<meta>` attributes, search records and PDF properties.
 * Decision: markup in it is rejected, not escaped away silently: `<` and `>` never belong in a
 * report's title, meeting, names or regions, and a `javascript:` (or `vbscript:`/`data:`) URL never
 * does. Quotes (" and ') are allowed: templates escape them (tests/reliability proves it).
 * Also: `delivered` must be an ISO calendar date (YYYY-MM-DD), which the schema's date coercion
 * would otherwise stretch (2024-02-30 → 1 March, "January 10" → a date).
 */
export function checkMetadataText(edition: Pick<EditionFile, 'displayPath' | 'frontmatter' | 'fieldLines'>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (!edition.frontmatter) return problems;
	const lineOf = (path: string[]) => {
		for (let depth = path.length; depth > 0; depth -= 1) {
			const line = edition.fieldLines.get(path.slice(0, depth).join('.'));
			if (line) return line;
		}
		return undefined;
	};
	const visit = (value: unknown, path: string[]) => {
		if (typeof value === 'string') {
			const markup = /[<>]/.exec(value);
			const script = /(?:java|vb)script:|data:text\/html/i.exec(value.replace(/[\s\u0000-\u001f]+/g, ''));
			if (markup || script) {
				const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
				problems.push({
					file: edition.displayPath,
					line: lineOf(path),
					ruleId: 'unsafe-metadata',
					message: `Field \`${path.join('.')}\` is ${JSON.stringify(shown)}: metadata is plain text and may not contain ${markup ? `“${markup[0]}” (markup)` : 'a script URL'}. Remove it; write the name or title only.`,
				});
			}
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => visit(item, [...path, String(index)]));
		} else if (value && typeof value === 'object' && !(value instanceof Date)) {
			for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
		}
	};
	visit(edition.frontmatter, []);
	const delivered = edition.frontmatter.delivered;
	if (typeof delivered === 'string' || typeof delivered === 'number') {
		const text = String(delivered);
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
		const real = match && new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)).toISOString().slice(0, 10) === text;
		// A value the schema cannot read as a date at all is reported by the schema; this catches the ones it would stretch.
		if (!real && !Number.isNaN(new Date(text).getTime())) {
			problems.push({
				file: edition.displayPath,
				line: lineOf(['delivered']),
				ruleId: 'date-format',
				message: `Field \`delivered\` is ${JSON.stringify(text)}, which is not a calendar date written YYYY-MM-DD. Write the day the report was delivered, e.g. delivered: 2024-01-10.`,
			});
		}
	}
	return problems;
}
