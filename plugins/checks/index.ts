import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPathOf, listEditionFiles, parseBody, readEdition, type EditionFile } from '../content/editions.ts';
import type { ReportFrontmatter } from '../content/schemas/report.ts';
import { structureIds, type StructureBlock } from '../content/structure.ts';
import { parseGlossary, type GlossaryEntry } from '../content/glossary.ts';
import { checkAlignment } from './alignment.ts';
import { checkFigures } from './figures.ts';
import { checkLeadPhrases } from './lead-phrases.ts';
import { checkGlossary } from './glossary.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkEditionText } from './edition-text.ts';
import { readRegionRegistry } from './regions.ts';
import type { ContentProblem } from '../shared/problem.ts';

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
	const regions = readRegionRegistry(options.root, options.contentDir, problems);
	for (const path of paths) {
		const file = readEdition(path, options.root);
		const checked = checkFrontmatter(file);
		problems.push(...checked.problems);
		const tree = parseBody(file);
		const { blocks, problems: structureProblems } = structureIds(tree);
		for (const problem of structureProblems) problems.push({ file: file.displayPath, line: problem.line, ruleId: problem.ruleId, message: problem.message });
		problems.push(...checkEditionText(file, tree, blocks, regions));
		if (blocks.filter((block) => block.kind === 'paragraph').length === 0) {
			problems.push({ file: file.displayPath, line: file.bodyStartLine, ruleId: 'empty-report', message: 'The report body has no paragraphs; add the report text below the frontmatter.' });
		}
		if (checked.data && checked.problems.length === 0) editions.push({ file, data: checked.data, blocks });
	}
	const glossary = readGlossary(options.root, options.contentDir, problems);
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
			const alignment = checkAlignment(toStructure(original), toStructure(translation));
			problems.push(...alignment);
			// Paragraph-by-paragraph checks only make sense once the paragraphs line up.
			if (alignment.length > 0) continue;
			problems.push(...checkLeadPhrases(toStructure(original), toStructure(translation)));
			problems.push(...checkFigures(toFigureEdition(original), toFigureEdition(translation)));
			problems.push(...checkGlossary(glossary.entries, toGlossaryEdition(original), toGlossaryEdition(translation), { glossaryPath: glossary.displayPath }));
		}
	}
	return { problems, editions };
}

const toStructure = (edition: CheckedEdition) => ({ displayPath: edition.file.displayPath, blocks: edition.blocks });
const toFigureEdition = (edition: CheckedEdition) => ({ ...toStructure(edition), language: edition.data.language.startsWith('zh') ? ('zh' as const) : ('en' as const) });
const toGlossaryEdition = (edition: CheckedEdition) => ({ ...toStructure(edition), report: edition.data.report });

/** `<contentDir>/glossary.tsv`, when there is one (a project without a glossary checks no terms). */
function readGlossary(root: string, contentDir: string, problems: ContentProblem[]): { entries: GlossaryEntry[]; displayPath: string } {
	const path = join(contentDir, 'glossary.tsv');
	const displayPath = displayPathOf(path, root);
	if (!existsSync(path)) return { entries: [], displayPath };
	const parsed = parseGlossary(readFileSync(path, 'utf8'), displayPath);
	problems.push(...parsed.problems);
	return { entries: parsed.entries, displayPath };
}
