import type { AlignedBlock, ModelBlock } from '../content/model.ts';
import type { ContentProblem } from '../shared/problem.ts';
import type { PairNames } from './alignment.ts';

type LeadBlock = Pick<ModelBlock, 'id' | 'line' | 'kind' | 'leads' | 'untranslated'>;

/**
 * The translation marks the same lead phrases as the original, in the same number per paragraph
 * (content/README.md). In zh-Hans lead phrases that touch share one bold run, so the original counts
 * sentences (。！？) inside bold runs and the translation counts bold runs. A paragraph moved to another
 * place in the translation usually changes these counts, so this also catches reordered paragraphs
 * that alignment (which compares structure only) cannot see.
 */
export function checkLeadPhrases(pairs: readonly AlignedBlock<LeadBlock>[], names: PairNames): ContentProblem[] {
	const originalName = names.original.split('/').at(-1);
	const problems: ContentProblem[] = [];
	for (const { original: source, translation: block } of pairs) {
		if (!block || block.kind !== 'paragraph' || source.kind !== 'paragraph' || block.untranslated) continue;
		const expected = source.leads.reduce((sum, run) => sum + (run.match(/[。！？]/g)?.length ?? 1), 0);
		const found = block.leads.length;
		if (expected === found) continue;
		problems.push({
			file: names.translation,
			line: block.line,
			ruleId: 'lead-phrases',
			message: `Paragraph ${block.id} has ${found} lead phrase(s) in bold, but ${originalName}:${source.line} has ${expected}. Mark the same lead phrases (**…**, one run each); if the paragraphs are out of order, restore the original's order.`,
		});
	}
	return problems;
}
