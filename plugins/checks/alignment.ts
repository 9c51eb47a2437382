import type { AlignedBlock } from '../content/model.ts';
import type { ContentProblem } from '../shared/problem.ts';

interface Located {
	id: string;
	line: number | undefined;
}

/** The display paths of the original and of the translation, for messages. */
export interface PairNames {
	original: string;
	translation: string;
}

/**
 * A translation must have exactly the structure of its original, so that `#id` addresses the same
 * paragraph in every language. Report ids missing from and extra in the translation, with lines.
 */
export function checkAlignment(aligned: { pairs: readonly AlignedBlock<Located>[]; extra: readonly Located[] }, names: PairNames): ContentProblem[] {
	const missing = aligned.pairs.filter((pair) => !pair.translation).map((pair) => pair.original.id);
	const problems: ContentProblem[] = [];
	if (missing.length > 0) {
		problems.push({
			file: names.translation,
			ruleId: 'alignment-missing',
			message: `Missing ${missing.length} block(s) that ${names.original} has: ${missing.join(', ')}. Add the translated parts/sections/paragraphs in the same order (in a partial edition, write a paragraph not yet translated as the single line [[untranslated]] and set completeness: partial).`,
		});
	}
	for (const block of aligned.extra) {
		problems.push({
			file: names.translation,
			line: block.line,
			ruleId: 'alignment-extra',
			message: `Block ${block.id} has no counterpart in ${names.original}; a paragraph was split or added. Merge it so paragraphs match one to one.`,
		});
	}
	return problems;
}
