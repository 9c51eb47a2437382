import { join } from 'node:path';
import { listEditionFiles, parseBody, readEdition, type EditionFile } from '../content/editions.ts';
import type { ReportFrontmatter } from '../schemas/report.ts';
import { structureIds, type StructureBlock } from '../structure-ids.ts';
import { checkAlignment } from './alignment.ts';
import { checkFrontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problem.ts';

/** An edition that passed its own checks, with its parsed structure, ready for cross-edition checks. */
export interface CheckedEdition {
	file: EditionFile;
	data: ReportFrontmatter;
	blocks: StructureBlock[];
}

/**
 * Run every content check over `<contentDir>/reports`. Pure with respect to the build: reads files,
 * returns problems; the integration decides how to report them.
 */
export function checkContent(options: { root: string; contentDir: string }): { problems: ContentProblem[]; editions: CheckedEdition[] } {
	const problems: ContentProblem[] = [];
	const editions: CheckedEdition[] = [];
	const reportsDir = join(options.contentDir, 'reports');
	const paths = listEditionFiles(reportsDir);
	for (const path of paths) {
		const file = readEdition(path, options.root);
		const checked = checkFrontmatter(file);
		problems.push(...checked.problems);
		const { blocks, problems: structureProblems } = structureIds(parseBody(file));
		for (const problem of structureProblems) problems.push({ file: file.displayPath, line: problem.line, ruleId: problem.ruleId, message: problem.message });
		if (blocks.filter((block) => block.kind === 'paragraph').length === 0) {
			problems.push({ file: file.displayPath, line: file.bodyStartLine, ruleId: 'empty-report', message: 'The report body has no paragraphs; add the report text below the frontmatter.' });
		}
		if (checked.data && checked.problems.length === 0) editions.push({ file, data: checked.data, blocks });
	}
	const byReport = Map.groupBy(editions, (edition) => edition.data.report);
	for (const [report, group] of byReport) {
		const original = group.find((edition) => edition.data.language === 'zh-Hans');
		if (!original) {
			// An original that exists but failed its own checks is already reported.
			if (paths.some((path) => path.endsWith(`/${report}/zh-Hans.md`))) continue;
			problems.push({ file: group[0]!.file.displayPath, ruleId: 'missing-original', message: `Report ${report} has no zh-Hans.md original; import it with npm run import.` });
			continue;
		}
		for (const translation of group.filter((edition) => edition !== original)) {
			problems.push(...checkAlignment(toStructure(original), toStructure(translation)));
		}
	}
	return { problems, editions };
}

const toStructure = (edition: CheckedEdition) => ({ displayPath: edition.file.displayPath, blocks: edition.blocks });
