import type { ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';

/**
 * Longest paragraph accepted, in characters (code points). The longest paragraph of the seed report is
 * about 820 characters in zh-Hans and 4,300 in English; a paragraph far beyond that is a source that
 * lost its paragraph breaks, and it would make one unreadable screen, one huge search record and a
 * page-long PDF block.
 */
export const PARAGRAPH_LIMIT = { zh: 4_000, en: 16_000 } as const;

export function checkParagraphSize(edition: {
	displayPath: string;
	language: string;
	blocks: Pick<ModelBlock, 'id' | 'line' | 'kind' | 'text'>[];
}): ContentProblem[] {
	const limit = edition.language.startsWith('zh') ? PARAGRAPH_LIMIT.zh : PARAGRAPH_LIMIT.en;
	const problems: ContentProblem[] = [];
	for (const block of edition.blocks) {
		let length = 0;
		for (const _ of block.text ?? '') length += 1;
		if (length <= limit) continue;
		const fix =
			edition.language === 'zh-Hans'
				? 'The source probably lost its paragraph breaks: restore them in the raw text (one paragraph per line) and re-import.'
				: 'Split it exactly where the original paragraph ends; the translation must keep the paragraphs of zh-Hans.md.';
		problems.push({
			file: edition.displayPath,
			line: block.line,
			ruleId: 'paragraph-too-long',
			message: `${blockLabel(block.kind)} ${block.id} has ${length.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}. ${fix}`,
		});
	}
	return problems;
}
