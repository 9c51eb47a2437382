const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with (for building patterns). */
export const ZH_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Value of a Chinese numeral as used for quantities (三, 十五, 两百, 一千二百, 千亿, 万亿), or
 * undefined when the characters are not one well-formed numeral. Strictness matters: plan and
 * slogan labels such as 十四五 (14th Five-Year) or 十百千 are runs of numeral characters that are
 * not a number, and must not be read as one.
 */
export function parseZhNumeral(text: string): number | undefined {
	if (!text) return undefined;
	let total = 0;
	let section = 0; // value below the current 万/亿 group
	let digit: number | undefined;
	let lastSmall = Infinity;
	let lastBig = Infinity;
	for (const ch of text) {
		if (ch in DIGITS) {
			if (digit !== undefined && DIGITS[ch] !== 0 && digit !== 0) return undefined; // 十四五: two digits in a row
			digit = DIGITS[ch];
		} else if (ch in SMALL_UNITS) {
			const unit = SMALL_UNITS[ch]!;
			if (unit >= lastSmall) return undefined; // 十百千
			section += (digit ?? 1) * unit;
			digit = undefined;
			lastSmall = unit;
		} else if (ch in BIG_UNITS) {
			const unit = BIG_UNITS[ch]!;
			const group = section + (digit ?? 0);
			if (unit === lastBig) return undefined;
			// 万亿 = 1e12: a bigger unit after a smaller one multiplies everything read so far.
			if (unit > lastBig) total = (total + group) * unit;
			else total += (group || 1) * unit;
			section = 0;
			digit = undefined;
			lastSmall = Infinity;
			lastBig = unit;
		} else {
			return undefined;
		}
	}
	return total + section + (digit ?? 0);
}
