import type { Root } from 'mdast';
import type { EditionFile } from '../content/editions.ts';
import type { ModelBlock } from '../content/model.ts';
import { checkCanonicalText } from './canonical-text.ts';
import { checkMarkup } from './markup.ts';
import { checkMetadataText } from './metadata-text.ts';
import { checkParagraphSize } from './paragraph-size.ts';
import type { ContentProblem } from '../shared/problem.ts';
import { checkRegions } from './regions.ts';

/**
 * The checks of one edition against bad input (tests/reliability/corpus): metadata that is not plain
 * text or not a real date, a region code the original's own words contradict, HTML and links in report text, huge paragraphs, and
 * in the canonical zh-Hans text what the importer should have removed (pinyin, mojibake, ASCII
 * punctuation).
 */
export function checkEditionText(file: EditionFile, tree: Root, blocks: ModelBlock[]): ContentProblem[] {
	return [
		...checkMetadataText(file),
		...checkRegions(file),
		...checkMarkup(file.displayPath, tree),
		...checkParagraphSize({ displayPath: file.displayPath, language: file.fileLanguage, blocks }),
		...(file.fileLanguage === 'zh-Hans' ? checkCanonicalText({ displayPath: file.displayPath, raw: file.raw, blocks }) : []),
	];
}
