import { labelSpans, overlaps, zhLabelPatterns } from './labels.ts';
import type { Approx, Figure, FigureUnit } from './types.ts';
import { parseZhNumeral, ZH_NUMERAL_CHARS } from './zh-numerals.ts';

export interface ZhExtractOptions {
	/** Name patterns whose numbers are not figures (see labels.ts); replaces the defaults. */
	labels?: readonly RegExp[];
	/**
	 * Measure words after which a Chinese numeral (三个, 两项, 五方面) counts as a quantity. Outside this
	 * list a numeral is usually part of a word (一体化, 三农, 统一) and is not read; digits always are.
	 */
	classifiers?: readonly string[];
}

/** Units with their normalised key and the factor into it. Longest first, so 平方米 wins over 米. */
const UNITS: [string, FigureUnit, number][] = [
	['个百分点', 'pp', 1],
	['平方公里', 'km2', 1],
	['微克/立方米', 'ug/m3', 1],
	['平方米', 'm2', 1],
	['万美元', 'USD', 1e4],
	['亿美元', 'USD', 1e8],
	['美元', 'USD', 1],
	['欧元', 'EUR', 1],
	['元', 'CNY', 1],
	['%', 'percent', 1],
	['％', 'percent', 1],
	['公顷', 'ha', 1],
	['公里', 'km', 1],
	['千米', 'km', 1],
	['米', 'm', 1],
	['亩', 'mu', 1],
	['万吨', 't', 1e4],
	['吨', 't', 1],
	['斤', 'jin', 1],
	['倍', 'times', 1],
	['个月', 'months', 1],
	['小时', 'hours', 1],
	['年', 'years', 1],
	['月', 'month', 1],
	['日', 'days', 1],
	['天', 'days', 1],
];

export const defaultZhClassifiers: readonly string[] = [
	'方面', '人次', '户次', '个', '项', '家', '条', '类', '大', '批', '次', '座', '所', '种', '件', '名', '位', '人', '户', '场',
	'轮', '张', '支', '款', '篇', '处', '片', '套', '台', '辆', '间', '讲', '村', '园', '链', '强', '新', '重', '部', '只',
	'块', '份', '笔', '宗', '起', '例', '届', '岁', '周', '道', '星',
];

const bareUnitClassifiers = ['人次', '人', '家', '强', '日', '天', '户', '名', '个', '项', '元'];

const APPROX_BEFORE: [RegExp, Approx][] = [
	[/(?:超过|超|逾|高于|多于)$/, 'over'],
	[/(?:约|大约)$/, 'about'],
	[/(?:将近|接近|近)$/, 'nearly'],
	[/(?:不少于|不低于|至少)$/, 'at-least'],
	[/(?:不超过|不高于|最多)$/, 'at-most'],
];
const APPROX_AFTER: [RegExp, Approx][] = [
	[/^(?:余|多)/, 'over'],
	[/^(?:左右|上下)/, 'about'],
	[/^以上/, 'at-least'],
	[/^(?:以下|以内)/, 'at-most'],
];

// A numeral run is capped at 20 characters (the longest real numeral is ~15): an unbroken run of
// thousands of numeral characters made extraction super-quadratic (fuzzing: 20,000 characters took 6 s).
const N = `\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:万亿|千万|百万|亿|万)?|[${ZH_NUMERAL_CHARS}]{1,20}`;
const unitAlternation = UNITS.map(([text]) => text.replace(/[%]/g, '\\$&')).join('|');
const FIGURE = new RegExp(
	`(?<ord>第)?(?<a>${N})(?<aUnit>${unitAlternation})?(?<aMore>余|多)?(?:(?<sep>-|—|–|~|～|至|到)(?<b>${N}))?(?<more>余|多)?(?<unit>${unitAlternation})?`,
	'g',
);

/** Every figure in a zh-Hans paragraph (plain text, no Markdown), in order. */
export function extractZhFigures(text: string, options: ZhExtractOptions = {}): Figure[] {
	const labels = labelSpans(text, options.labels ?? zhLabelPatterns);
	const classifiers = options.classifiers ?? defaultZhClassifiers;
	const figures: Figure[] = [];
	for (const match of text.matchAll(FIGURE)) {
		const groups = match.groups!;
		const start = match.index + (groups.ord?.length ?? 0);
		if (overlaps(labels, start, start + groups.a!.length)) continue;
		let end = match.index + match[0].length;
		// Only the next few characters matter (measure words, 左右/以上); a bounded window keeps long paragraphs linear.
		const after = text.slice(end, end + 16);
		const numeralOnly = !/\d/.test(groups.a!);
		let unitText = groups.unit ?? groups.aUnit;
		const a = readNumber(groups.a!);
		if (a === undefined) continue;
		let b = groups.b ? readNumber(groups.b) : undefined;
		if (groups.b && (b === undefined || overlaps(labels, end - match[0].length, end))) b = undefined;
		let unit: FigureUnit;
		let factor = 1;
		const found = unitText ? UNITS.find(([t]) => t === unitText) : undefined;
		if (found) {
			[, unit, factor] = found;
		} else {
			const roundAmount = numeralOnly && groups.a!.includes('亿');
			// A bare 万/千/百 (not 十, which counts like a digit: 十类) opens many names (万象城, 千万工程): only a plain measure word makes it a number (万人, 百强, 百日).
			const bareUnit = numeralOnly && /^[百千万]+$/.test(groups.a!) && !roundAmount;
			const classifier =
				(roundAmount ? undefined : (bareUnit ? bareUnitClassifiers : classifiers).find((c) => after.startsWith(c))) ??
				(roundAfterApprox(text, match.index, groups.a!, after) ? after[0] : undefined);
			// A numeral is a quantity when a measure word follows, when it opens a quoted slogan (“两个确立”,
			// “三新”, “六证齐发”, which the English counts too), or when it is a round amount in 亿 (千亿台阶,
			// 万亿之城), which the English gives in figures.
			const opensSlogan = !bareUnit && text[match.index - 1] === '“';
			if (numeralOnly && !classifier && !roundAmount && !opensSlogan) continue;
			unit = 'count';
			if (classifier) end += classifier.length;
		}
		if (groups.ord) unit = 'rank';
		if (numeralOnly && a < 2 && unit !== 'CNY') continue; // 一 is an article as often as a count (一批, 一年来); 零 is in 零部件
		if (unit === 'years' && Number.isInteger(a) && a >= 1900 && a <= 2100 && !/[万亿]/.test(groups.a!)) unit = 'year';
		if (unit === 'month' && !(Number.isInteger(a) && a >= 1 && a <= 12)) continue;
		if (unit === 'days' && text[match.index - 1] === '月') unit = 'day';
		if (unit === 'rank' && a < 10) continue; // ordinals below ten are words in English (first, third); see labels.ts
		// A run of digits too long for a number (fuzzing: '1' × 400) is no figure.
		if (!Number.isFinite(a * factor)) continue;
		if (b !== undefined && !Number.isFinite(b * factor)) b = undefined;
		const figure: Figure = { value: round(a * factor), unit, raw: '', offset: match.index };
		if (b !== undefined) figure.range = [round(a * factor), round(b * factor)];
		const approx = approxOf(text.slice(Math.max(0, match.index - 16), match.index), groups, text.slice(end, end + 16));
		if (!approx && text[match.index - 1] === '上' && roundAfterApprox(text, match.index, groups.a!, after)) {
			figure.approx = 'over'; // 上万支 = upwards of 10,000
			figure.offset -= 1;
		}
		if (approx) {
			figure.approx = approx.kind;
			end += approx.afterLength;
			figure.offset -= approx.beforeLength;
		}
		figure.raw = text.slice(figure.offset, end);
		figures.push(figure);
	}
	return figures;
}

/**
 * A bare 万/千/百 right after 超/近/逾/上 and before a measure word is a round number with its
 * approximation word: 超万列 = over 10,000 (trips), 近百场 = nearly 100, 上万支 = upwards of 10,000.
 * Only that narrow form: one character (百万, 千万 are read as numerals already), not in 成千上万 (an
 * idiom), and not after 数 (数万 is "tens of thousands", which the English gives in words).
 */
function roundAfterApprox(text: string, index: number, numeral: string, after: string): boolean {
	if (!/^[百千万]$/.test(numeral)) return false;
	const before = text[index - 1];
	if (before === undefined || !'超近逾上'.includes(before)) return false;
	if (before === '上' && text[index - 2] === '千') return false;
	return /^\p{Script=Han}/u.test(after) && !/^[百千万亿]/.test(after);
}

function readNumber(text: string): number | undefined {
	if (!/\d/.test(text)) return parseZhNumeral(text);
	const magnitude = /(万亿|千万|百万|亿|万)$/.exec(text)?.[1];
	const digits = Number(text.slice(0, text.length - (magnitude?.length ?? 0)).replace(/,/g, ''));
	const factor = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4 }[magnitude ?? ''] ?? 1;
	return Number.isFinite(digits) ? digits * factor : undefined;
}

function approxOf(before: string, groups: Record<string, string | undefined>, after: string) {
	if (groups.aMore || groups.more) return { kind: 'over' as const, beforeLength: 0, afterLength: 0 };
	for (const [re, kind] of APPROX_AFTER) {
		const m = re.exec(after);
		if (m) return { kind, beforeLength: 0, afterLength: m[0].length };
	}
	for (const [re, kind] of APPROX_BEFORE) {
		const m = re.exec(before);
		if (m) return { kind, beforeLength: m[0].length, afterLength: 0 };
	}
	return undefined;
}

/** Floating-point noise from 4.8 × 1e8 must not make equal figures differ. */
export const round = (value: number): number => Number(value.toPrecision(12));
