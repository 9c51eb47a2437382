/**
 * Where an English line must not break: an amount and its unit (`RMB 48 billion`, `7,000 people`,
 * `30.7 percent`), a number sign and its number (`No. 1`), a Chinese name in pinyin (`Zhang Kaiqi`,
 * `Xi Jinping`). A break there makes a reader stop at the line end (`RMB` / `48 billion`). The text is
 * never changed: the block model (model.ts) wraps each run in a `nobr` span, which the web CSS sets
 * `white-space: nowrap`; the print edition sets the run's spaces as no-break spaces (below).
 */

/** A number as the translation writes it: `48`, `7,000`, `5.95`, a range `5-6` / `5–6`. */
const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?(?:[-–]\d+(?:,\d{3})*(?:\.\d+)?)?`;
const SCALE = String.raw`(?:\s(?:hundred|thousand|million|billion|trillion))*`;
/** Words after a number that begin a new phrase rather than name what is counted (`in 2024 the`, `10 and 12`). */
const NOT_A_UNIT = new Set(
	'a an and are as at but by for from in into is of on or over than that the then to up was were when which while with'.split(' '),
);
/**
 * The common Chinese surnames (pinyin, one syllable or a two-syllable compound) that the archive's
 * translations name people by; a surname followed by a capitalised word is read as a name. A false match
 * only keeps two words on one line.
 */
const SURNAMES =
	'Bai Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Ge Gong Gu Guo Han He Hou Hu Huang Jia Jiang Jin Kang Kong Lai Lei Li Liang Liao Lin Liu Lu Luo Lü Ma Mao Meng Mo Niu Pan Pang Peng Qi Qian Qin Qiu Qu Ren Shao Shen Shi Song Su Sun Tan Tang Tian Tao Wan Wang Wei Wen Wu Xi Xia Xiao Xie Xiong Xu Xue Yan Yang Yao Ye Yin Yu Yuan Zeng Zhang Zhao Zheng Zhong Zhou Zhu Zou Ouyang Sima Zhuge';

const PATTERN = new RegExp(
	[
		// An amount of money: currency, number, scale, and `yuan` when written after it.
		String.raw`\b(?:RMB|USD|US\$|HK\$)\s${NUMBER}${SCALE}(?:\syuan)?`,
		// A number with its scale and the word it counts (checked against NOT_A_UNIT below).
		String.raw`(?<![\w.,-])${NUMBER}${SCALE}(?:\s(?<unit>[a-z]+))?`,
		String.raw`\bNos?\.\s\d+`,
		String.raw`\b(?:${SURNAMES.split(' ').join('|')})\s[A-Z][a-zü]+(?:-[a-zü]+)?\b`,
	].join('|'),
	'gu',
);

/** The runs of `text` that must stay on one line, as [start, end) offsets, in order and disjoint. */
export function keepTogetherRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (const match of text.matchAll(PATTERN)) {
		let run = match[0];
		const unit = match.groups?.unit;
		if (unit && NOT_A_UNIT.has(unit)) run = run.slice(0, run.length - unit.length).trimEnd();
		// A bare number or word holds no break to prevent.
		if (!/\s/.test(run)) continue;
		ranges.push([match.index, match.index + run.length]);
	}
	return ranges;
}

/**
 * The same runs for the print edition: each `<span class="nobr">` of a block's HTML replaced by its text
 * with no-break spaces (U+00A0). Paged.js 0.4.3 loses text at a page break inside a paragraph that holds
 * such spans (the PDF text check caught it on the print fixture); a no-break space keeps the run on one
 * line without an element.
 */
export const nobrSpansToNoBreakSpaces = (html: string): string =>
	html.replace(/<span class="nobr">([^<]*)<\/span>/g, (_span, text: string) => text.replaceAll(' ', '\u00A0'));
