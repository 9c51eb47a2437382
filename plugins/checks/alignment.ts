import type { StructureBlock } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';

interface EditionStructure {
	displayPath: string;
	blocks: Pick<StructureBlock, 'id' | 'line'>[];
}

/**
 * A translation must have exactly the structure of its original, so that `#id` addresses the same
 * paragraph in every language. Report ids missing from and extra in the translation, with lines.
 */
export function checkAlignment(original: EditionStructure, translation: EditionStructure): ContentProblem[] {
	const originalIds = original.blocks.map((block) => block.id);
	const translationIds = translation.blocks.map((block) => block.id);
	const inTranslation = new Set(translationIds);
	const inOriginal = new Set(originalIds);
	const missing = originalIds.filter((id) => !inTranslation.has(id));
	const extra = translation.blocks.filter((block) => !inOriginal.has(block.id));
	const problems: ContentProblem[] = [];
	if (missing.length > 0) {
		problems.push({
			file: translation.displayPath,
			ruleId: 'alignment-missing',
			message: `Missing ${missing.length} block(s) that ${original.displayPath} has: ${missing.join(', ')}. Add the translated parts/sections/paragraphs in the same order (in a partial edition, write a paragraph not yet translated as the single line [[untranslated]] and set completeness: partial).`,
		});
	}
	for (const block of extra) {
		problems.push({
			file: translation.displayPath,
			line: block.line,
			ruleId: 'alignment-extra',
			message: `Block ${block.id} has no counterpart in ${original.displayPath}; a paragraph was split or added. Merge it so paragraphs match one to one.`,
		});
	}
	return problems;
}
