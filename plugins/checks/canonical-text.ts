import { isSyllable } from '../import/damaged-copy/pinyin.ts';
import type { ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';

/**
 * The canonical zh-Hans text is importer output: it must not carry what the importer exists to
 * remove. Each finding names the paragraph, the line and column in the file, and the fix (an
 * editor decision in editor-corrections.yaml and a re-import, never a hand edit of zh-Hans.md).
 */
export interface CanonicalEdition {
	displayPath: string;
	/** The whole file, to read each block's source line (one block = one line). */
	raw: string;
	blocks: Pick<ModelBlock, 'id' | 'line' | 'kind'>[];
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** 字(pīn), 字（pīn）, and with a stray Latin letter before the annotation: 字q(qū). */
const PINYIN = new RegExp(`([${HAN}])([A-Za-z]?)[(（]([a-zü${TONED}]{1,7})[)）]`, 'gu');
/** Marks GBK mojibake leaves: U+FFFD, bopomofo, box drawing, private use, 锟斤拷, a lost-byte `?` touching Chinese text. */
const MOJIBAKE = new RegExp(
	`\\uFFFD|锟斤拷|[\\u3100-\\u312f\\u2500-\\u257f\\ue000-\\uf8ff]|(?<=[${HAN}\\u3000-\\u303f\\uff00-\\uffef])\\?|\\?(?=[${HAN}\\u3000-\\u303f\\uff00-\\uffef])`,
	'gu',
);
/** ASCII punctuation with Chinese on both sides (spaces between allowed). GB/T 15834 wants full width there. */
const ASCII_PUNCT = new RegExp(`(?<=[${HAN}][ \\t]*)[,;:!]|[,;:!](?=[ \\t]*[${HAN}])|[(](?=[^()]*[${HAN}][^()]*[)])`, 'gu');
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '(': '（' };

export function checkCanonicalText(edition: CanonicalEdition): ContentProblem[] {
	const lines = edition.raw.split(/\r?\n/);
	const problems: ContentProblem[] = [];
	const fix =
		'zh-Hans.md is importer output: add an editor decision for the spot to editor-corrections.yaml (or fix source handling) and re-run npm run import; do not hand-edit the text.';
	for (const block of edition.blocks) {
		if (!block.line) continue;
		const text = lines[block.line - 1] ?? '';
		const where = (index: number) => `${blockLabel(block.kind)} ${block.id}, column ${[...text.slice(0, index)].length + 1}`;
		const report = (ruleId: string, message: string) => problems.push({ file: edition.displayPath, line: block.line, ruleId, message });
		for (const match of text.matchAll(PINYIN)) {
			if (!isSyllable(match[3]!)) continue;
			const [whole, han, stray] = match;
			const at = match.index + han!.length;
			if (stray) {
				report(
					'leftover-pinyin',
					`${where(at)}: stray Latin letter and pinyin annotation “${whole.slice(han!.length)}” after ${han}. A damaged pinyin annotation is left in the text; remove “${whole.slice(han!.length)}”. ${fix}`,
				);
			} else {
				report('leftover-pinyin', `${where(at)}: pinyin annotation “${whole.slice(han!.length)}” after ${han} is left in the text; remove it. ${fix}`);
			}
		}
		for (const match of text.matchAll(MOJIBAKE)) {
			const context = [...text.slice(Math.max(0, match.index - 6), match.index + 7)].join('');
			report(
				'mojibake',
				`${where(match.index)}: mojibake “${match[0]}” in “${context}”; the source was decoded with a lost byte. Decide the intended characters from the raw bytes and context. ${fix}`,
			);
			break; // one run of mojibake usually spans several markers; one message per paragraph
		}
		for (const match of text.matchAll(ASCII_PUNCT)) {
			const context = [...text.slice(Math.max(0, match.index - 4), match.index + 5)].join('');
			report(
				'ascii-punctuation',
				`${where(match.index)}: ASCII “${match[0]}” between Chinese text in “${context}”; GB/T 15834 needs the full-width “${FULL[match[0]]}”. ${fix}`,
			);
		}
	}
	return problems;
}
