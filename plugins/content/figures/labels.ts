/**
 * Numbers that are parts of names, not figures. They are masked on BOTH sides so that a name never
 * counts as a figure in one language and not the other:
 * - model and standard names where a digit touches a Latin letter: 5G, PM2.5, 5A级 / 5A-level, COVID-19;
 * - list formulas: 1+8, 1+5+N;
 * - line and house numbers: 6号线 / Metro Line 6, No. 1;
 * - plan and Party congress numbers: “十四五” / 14th Five-Year Plan, 党的二十大 / 20th CPC National Congress,
 *   二十届三中全会 / 20th CPC Central Committee (they name a period or a body; the content of the
 *   paragraph never depends on them, and the Chinese writes them as slogans, not as ordinals);
 *   a local Party committee's plenary session, 省委十四届十次全会 / the 10th Plenary Session of the 14th CPC
 *   Jiangsu Provincial Committee, likewise;
 * - the slogan 百年变局 / changes unseen in a century, and 两位数增长 / double-digit growth (the number of digits);
 * - digit chains naming an initiative: 10-100-1,000 (“十百千”);
 * - grades and levels: 三级 / three-level, 五星级 / five-star, 二级医院 / Grade II (a rating, not a count);
 * - list labels: （一）/ (1), 一是 / First (labels never parse as figures in Chinese; the English
 *   `(1)` is masked here).
 * - English compounds that translate 双 (双轮驱动 / two-wheel drive), which is not a numeral in Chinese.
 * Idioms that contain numerals (两条腿走路 / walking on two legs, 千家万户, 千方百计) are masked too: the
 * English renders them freely ("both domestic and overseas").
 */
// Numeral runs are capped at 20 characters: an unbounded `[一二…]+` before a suffix is quadratic on a long
// run of numerals (fuzzing: 10,000 numeral characters took 2 s in these patterns alone).
export const zhLabelPatterns: RegExp[] = [
	/[A-Za-z][A-Za-z\d.]*\d[A-Za-z\d.]*|\d[\d.]*[A-Za-z]+/g,
	/[\dA-Za-z]+(?:\s*\+\s*[\dA-Za-z]+)+/g,
	/[\d一二三四五六七八九十、]{1,20}号/g,
	/第?[一二三四五六七八九十]{1,20}个?五年规划|“十[一二三四五六七八九]?五”/g,
	/党的[一二三四五六七八九十]{1,20}大|(?<![第一二三四五六七八九十])[一二三四五六七八九十]{1,20}届(?:[一二三四五六七八九十]{1,20}[中次](?:、[一二三四五六七八九十]{1,20}[中次])*全会)?|[一二三四五六七八九十]{1,20}中(?:、[一二三四五六七八九十]{1,20}中)*全会/g,
	/[\d一二两三四五六七八九十]{1,20}级/g,
	/两条腿走路|千家万户|千方百计|千军万马|万家灯火|一五一十|百花齐放|百家争鸣|千姿百态|千变万化|万无一失|十全十美|三番五次|四面八方|五湖四海|九牛一毛|一心一意|三心二意|七上八下|千头万绪|千辛万苦|万众一心|百年变局|百年未有之大变局|[两三]位数(?!学)/g,
];

export const enLabelPatterns: RegExp[] = [
	/[A-Za-z][A-Za-z.]*-?\d[\dA-Za-z.]*|\b\d[\d.]*[A-Za-z]+\b(?<!\d(?:st|nd|rd|th|fold|km|mu|m2|s))/g,
	/[\dA-Za-z]+(?:\s*\+\s*[\dA-Za-z]+)+/g,
	/\b(?:Metro\s+)?(?:Lines?|No\.|Nos\.|Numbers?|Route|Exit|Gate|Building|Block|Bus)\s+\d+(?:\s*(?:,|and|&)\s*\d+)*/g,
	/\b\d+(?:st|nd|rd|th)\s+Five-Year\s+Plans?\b/g,
	/\b\d+(?:st|nd|rd|th)\s+(?:CPC\s+|Communist Party of China\s+|Party\s+)?(?:National\s+Congress|Central\s+Committee)\b/g,
	// A local Party committee's plenary session (省委十四届十次全会): the 10th Plenary Session of the 14th CPC Jiangsu Provincial Committee.
	/\b\d+(?:st|nd|rd|th)\s+Plenary\s+Session\s+of\s+the\s+\d+(?:st|nd|rd|th)\s+(?:CPC\s+)?(?:[A-Z][a-z']*\s+){0,4}(?:Party\s+)?Committee\b|\b\d+(?:st|nd|rd|th)\s+(?:CPC\s+)?(?:[A-Z][a-z']*\s+){0,3}(?:Provincial|Municipal|Regional|District|County)\s+(?:Party\s+)?Committee\b/g,
	// 百年变局 (the slogan) and 两位数增长 name no figure: changes unseen in a century, double-digit growth.
	/\b(?:unseen|not\s+seen)\s+in\s+(?:a\s+century|100\s+years)\b|\b(?:two|double|three|triple)-digit\b/gi,
	/\b\d[\d,]{0,15}(?:-\d[\d,]{0,15}){2,}\b/g, // bounded: `[\d,]*` was quadratic on long digit-comma runs (fuzzing)
	/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:levels?|tiers?|grades?)\b|\bGrade\s+[IVX\d]+\b/gi,
	/^\s*\(\d+\)/g,
	/\btwo-(?:wheel|way|pronged|tier)\b/gi,
];

/** Spans [start, end) of `text` covered by any of `patterns`. */
export function labelSpans(text: string, patterns: readonly RegExp[]): [number, number][] {
	const spans: [number, number][] = [];
	for (const pattern of patterns) {
		const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
		for (const match of text.matchAll(re)) spans.push([match.index, match.index + match[0].length]);
	}
	return spans;
}

export const overlaps = (spans: readonly [number, number][], start: number, end: number): boolean =>
	spans.some(([a, b]) => start < b && a < end);
