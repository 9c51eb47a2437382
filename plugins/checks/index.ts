import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArchive } from '../content/archive.ts';
import { displayPathOf, type EditionFile } from '../content/editions.ts';
import { alignedBlocks, parseEdition, remember, type ModelBlock } from '../content/model.ts';
import type { ReportFrontmatter } from '../content/schemas/report.ts';
import { parseGlossary, type GlossaryEntry } from '../content/glossary.ts';
import { checkAlignment } from './alignment.ts';
import { checkFigures } from './figures.ts';
import { checkLeadPhrases } from './lead-phrases.ts';
import { checkGlossaryReport } from './glossary.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkEditionText } from './edition-text.ts';
import { checkEnglishQuotes } from './english-quotes.ts';
import { checkRegionRegistry } from './regions.ts';
import type { ContentProblem } from '../shared/problem.ts';

/** An edition that passed its own checks, with its blocks (the block model), ready for cross-edition checks. */
export interface CheckedEdition {
	file: EditionFile;
	data: ReportFrontmatter;
	blocks: ModelBlock[];
}

/**
 * Run every content check over `<contentDir>/reports`. Pure with respect to the build: reads files,
 * returns problems; the integration decides how to report them.
 */
export function checkContent(options: { root: string; contentDir: string }): { problems: ContentProblem[]; editions: CheckedEdition[] } {
	const problems: ContentProblem[] = [];
	const editions: CheckedEdition[] = [];
	const { files } = readArchive(options.contentDir, options.root);
	const paths = files.map((file) => file.path);
	problems.push(...checkRegionRegistry(options.root, options.contentDir));
	for (const file of files) {
		const checked = checkFrontmatter(file);
		problems.push(...checked.problems);
		const language = String(file.frontmatter?.language ?? file.fileLanguage);
		const { tree, model } = parseEdition(file.body, language, file.bodyStartLine);
		// The body parsed at its own lines is what the whole file parses to: later stages (loader, pages, search) reuse it.
		if (!file.frontmatterError) remember(file.raw, language, model);
		const { blocks, problems: structureProblems } = model;
		for (const problem of structureProblems) problems.push({ file: file.displayPath, line: problem.line, ruleId: problem.ruleId, message: problem.message });
		problems.push(...checkEditionText(file, tree, blocks));
		// A file whose frontmatter could not be read has no known body (and is refused already).
		if (language === 'en' && !file.frontmatterError) problems.push(...checkEnglishQuotes({ displayPath: file.displayPath, body: file.body, tree, blocks }));
		if (blocks.filter((block) => block.kind === 'paragraph').length === 0) {
			problems.push({
				file: file.displayPath,
				line: file.bodyStartLine,
				ruleId: 'empty-report',
				message: 'The report body has no paragraphs; add the report text below the frontmatter.',
			});
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
			problems.push({
				file: group[0]!.file.displayPath,
				ruleId: 'missing-original',
				message: `Report ${report} has no zh-Hans.md original; import it with npm run import.`,
			});
			continue;
		}
		for (const translation of group.filter((edition) => edition !== original)) {
			const aligned = alignedBlocks(original.blocks, translation.blocks);
			const names = { original: original.file.displayPath, translation: translation.file.displayPath };
			const alignment = checkAlignment(aligned, names);
			problems.push(...alignment);
			// Paragraph-by-paragraph checks only make sense once the paragraphs line up.
			if (alignment.length > 0) continue;
			problems.push(...checkLeadPhrases(aligned.pairs, names));
			problems.push(...checkFigures(aligned.pairs, names));
			problems.push(
				...checkGlossaryReport(glossary.entries, aligned.pairs, { ...names, report: translation.data.report }, { glossaryPath: glossary.displayPath }),
			);
		}
	}
	return { problems, editions };
}

/** `<contentDir>/glossary.tsv`, when there is one (a project without a glossary checks no terms). */
function readGlossary(root: string, contentDir: string, problems: ContentProblem[]): { entries: GlossaryEntry[]; displayPath: string } {
	const path = join(contentDir, 'glossary.tsv');
	const displayPath = displayPathOf(path, root);
	if (!existsSync(path)) return { entries: [], displayPath };
	const parsed = parseGlossary(readFileSync(path, 'utf8'), displayPath);
	problems.push(...parsed.problems);
	return { entries: parsed.entries, displayPath };
}
