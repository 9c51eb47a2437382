import type { EditionFile } from '../content/editions.ts';
import { reportSchema, type ReportFrontmatter } from '../content/schemas/report.ts';
import type { ContentProblem } from '../shared/problem.ts';

/** Validate an edition's frontmatter against the report model, naming file, line and field. */
export function checkFrontmatter(edition: EditionFile): { data?: ReportFrontmatter; problems: ContentProblem[] } {
	if (edition.frontmatterError || !edition.frontmatter) {
		const error = edition.frontmatterError ?? { line: 1, message: 'The frontmatter is missing.' };
		return { problems: [{ file: edition.displayPath, line: error.line, ruleId: 'frontmatter-syntax', message: error.message }] };
	}
	const result = reportSchema.safeParse(edition.frontmatter);
	const problems: ContentProblem[] = [];
	if (!result.success) {
		for (const issue of result.error.issues) {
			if (issue.code === 'unrecognized_keys') {
				// One problem per unknown field, at its own line (tests/reliability/corpus/frontmatter-unknown-field).
				for (const key of issue.keys) {
					const field = [...issue.path.map(String), key].join('.');
					problems.push({
						file: edition.displayPath,
						line: lineOf(edition, field.split('.')),
						ruleId: 'frontmatter-field',
						message: `Field \`${field}\` is not part of the report model; remove it or fix its spelling (the fields are listed in content/README.md).`,
					});
				}
				continue;
			}
			const field = issue.path.join('.');
			problems.push({
				file: edition.displayPath,
				line: lineOf(edition, issue.path.map(String)),
				ruleId: 'frontmatter-field',
				message: field ? `Field \`${field}\`: ${describeIssue(issue)}` : describeIssue(issue),
			});
		}
		return { problems };
	}
	const data = result.data;
	if (data.language !== edition.fileLanguage) {
		problems.push({
			file: edition.displayPath,
			line: lineOf(edition, ['language']),
			ruleId: 'edition-file-name',
			message: `Field \`language\` is ${data.language} but the file is named ${edition.fileLanguage}.md; rename the file or fix the field.`,
		});
	}
	if (data.report !== edition.folder) {
		problems.push({
			file: edition.displayPath,
			line: lineOf(edition, ['report']),
			ruleId: 'edition-file-name',
			message: `Field \`report\` is ${data.report} but the file is in folder ${edition.folder}/; move the file or fix the field.`,
		});
	}
	if (data.language === 'zh-Hant') {
		problems.push({
			file: edition.displayPath,
			line: lineOf(edition, ['language']),
			ruleId: 'derived-edition',
			message: 'The zh-Hant edition is derived from zh-Hans at every build and must not be stored; delete this file.',
		});
	}
	return { data, problems };
}

/** The line of the deepest frontmatter key of `path` that exists in the file. */
function lineOf(edition: EditionFile, path: string[]): number {
	for (let depth = path.length; depth > 0; depth -= 1) {
		const line = edition.fieldLines.get(path.slice(0, depth).join('.'));
		if (line) return line;
	}
	return 2;
}

function describeIssue(issue: { code: string; message: string; path: PropertyKey[] }): string {
	if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'is required but missing.';
	if (issue.code === 'invalid_type' && /expected date/.test(issue.message)) return 'is not a date; write the day as YYYY-MM-DD, e.g. 2024-01-10.';
	return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}
