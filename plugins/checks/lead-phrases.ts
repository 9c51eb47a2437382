import type { Paragraph, PhrasingContent } from 'mdast';
import { blockText, isUntranslated } from '../content/figures/index.ts';
import type { StructureBlock } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';

interface LeadEdition {
	displayPath: string;
	blocks: Pick<StructureBlock, 'id' | 'line' | 'node' | 'kind'>[];
}

/**
 * The translation marks the same lead phrases as the original, in the same number per paragraph
 * (content/README.md). In zh-Hans lead phrases that touch share one bold run, so the original counts
 * sentences (。！？) inside bold runs and the translation counts bold runs. A paragraph moved to another
 * place in the translation usually changes these counts, so this also catches reordered paragraphs
 * that alignment (which compares structure only) cannot see.
 */
export function checkLeadPhrases(original: LeadEdition, translation: LeadEdition): ContentProblem[] {
	const originalBlocks = new Map(original.blocks.map((block) => [block.id, block]));
	const originalName = original.displayPath.split('/').at(-1);
	const problems: ContentProblem[] = [];
	for (const block of translation.blocks) {
		const source = originalBlocks.get(block.id);
		if (!source || block.kind !== 'paragraph' || source.kind !== 'paragraph' || isUntranslated(blockText(block.node))) continue;
		const strong = (node: StructureBlock['node']) => ((node as Paragraph).children ?? []).filter((child: PhrasingContent) => child.type === 'strong');
		const expected = strong(source.node).reduce((sum, run) => sum + (blockText(run as never).match(/[。！？]/g)?.length ?? 1), 0);
		const found = strong(block.node).length;
		if (expected === found) continue;
		problems.push({
			file: translation.displayPath,
			line: block.line,
			ruleId: 'lead-phrases',
			message: `Paragraph ${block.id} has ${found} lead phrase(s) in bold, but ${originalName}:${source.line} has ${expected}. Mark the same lead phrases (**…**, one run each); if the paragraphs are out of order, restore the original's order.`,
		});
	}
	return problems;
}
