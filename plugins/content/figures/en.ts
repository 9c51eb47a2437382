import { enLabelPatterns, labelSpans, overlaps } from './labels.ts';
import type { Approx, Figure, FigureUnit } from './types.ts';
import { round } from './zh.ts';

export interface EnExtractOptions {
	/** Name patterns whose numbers are not figures (see labels.ts); replaces the defaults. */
	labels?: readonly RegExp[];
}

/**
 * Number words the translators use. Counts from two to nine are written as words ("seven projects"),
 * so they are figures; "one" is not read, because it is an article or a pronoun as often as a count
 * (the Chinese side drops 一 for the same reason).
 */
const WORDS: Record<string, number> = {
	two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const UNITS: [RegExp, FigureUnit][] = [
	[/^percentage points?$/i, 'pp'],
	[/^(?:percent|%)$/i, 'percent'],
	[/^mu$/i, 'mu'],
	[/^square (?:meters?|metres?)$/i, 'm2'],
	[/^square (?:kilometers?|kilometres?)$/i, 'km2'],
	[/^hectares?$/i, 'ha'],
	[/^(?:kilometers?|kilometres?|km)$/i, 'km'],
	[/^(?:meters?|metres?)$/i, 'm'],
	[/^(?:metric )?tons?$/i, 't'],
	[/^jin$/i, 'jin'],
	[/^micrograms? per cubic (?:meters?|metres?)$/i, 'ug/m3'],
	[/^(?:times|fold)$/i, 'times'],
	[/^yuan$/i, 'CNY'],
	[/^years?$/i, 'years'],
	[/^months?$/i, 'months'],
	[/^days?$/i, 'days'],
	[/^hours?$/i, 'hours'],
];
const CURRENCIES: Record<string, FigureUnit> = { RMB: 'CNY', CNY: 'CNY', '¥': 'CNY', USD: 'USD', US$: 'USD', $: 'USD', EUR: 'EUR', '€': 'EUR' };

const APPROX: [RegExp, Approx][] = [
	[/\b(?:about|around|approximately|roughly|some)\s+$/i, 'about'],
	[/\b(?:over|more than|exceeding|exceeded|exceeds|exceed|above|upwards of|in excess of)\s+$/i, 'over'],
	[/\b(?:nearly|almost|close to)\s+$/i, 'nearly'],
	[/\b(?:at least|no less than|no fewer than|not less than)\s+$/i, 'at-least'],
	[/\b(?:up to|no more than|not more than|at most|within|below|under|less than)\s+$/i, 'at-most'],
];

const WORD = `(?:${Object.keys(WORDS).join('|')})`;
const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD}(?![a-z]))`;
const SCALE = `(?:${Object.keys(SCALES).join('|')})`;
const CUR = '(?:RMB|CNY|USD|US\\$|EUR|[$€¥])';
const UNIT = '(?:percentage points?|percent|%|mu|square (?:meters?|metres?|kilometers?|kilometres?)|hectares?|kilometers?|kilometres?|km|meters?|metres?|(?:metric )?tons?|jin|micrograms? per cubic (?:meters?|metres?)|times|fold|yuan|years?|months?|days?|hours?)';
const FIGURE = new RegExp(
	`(?<![\\w.,])(?<cur>${CUR}\\s?)?(?<a>${NUM})(?:[\\s-](?<aScale>${SCALE}))?(?:\\s?(?<aUnit>percent|%)(?=\\s*(?:-|–|—|to)\\s*\\d))?` +
		`(?:\\s*(?:-|–|—|to)\\s*(?:${CUR}\\s?)?(?<b>${NUM})(?:[\\s-](?<bScale>${SCALE}))?)?` +
		`(?<ord>st|nd|rd|th)?(?:(?:\\s|-)(?<unit>${UNIT})\\b|(?<pct>%))?`,
	'gi',
);
const CONSECUTIVE = new RegExp(`\\b(?<n>${Object.keys(ORDINAL_WORDS).join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:consecutive|straight|successive)\\s+years?\\b`, 'gi');
const FOLD_WORD = new RegExp(`\\b(?<n>${Object.keys(WORDS).join('|')})fold\\b`, 'gi');
const BARE_SCALE = /\b(?<scale>billion|trillion)-yuan\b/gi;
const MONTH = new RegExp(`\\b(?<month>${MONTHS.join('|')})(?:\\s+(?<day>\\d{1,2})\\b)?`, 'g');

/** Every figure in an English paragraph (plain text, no Markdown), in order of position. */
export function extractEnFigures(text: string, options: EnExtractOptions = {}): Figure[] {
	const labels = labelSpans(text, options.labels ?? enLabelPatterns);
	const figures: Figure[] = [];
	const taken: [number, number][] = [];
	// "for the third consecutive year" is how the English gives 连续三年: a duration, not a rank.
	for (const m of text.matchAll(CONSECUTIVE)) {
		const n = m.groups!.n!.toLowerCase();
		figures.push({ value: ORDINAL_WORDS[n] ?? Number.parseInt(n, 10), unit: 'years', raw: m[0], offset: m.index });
		taken.push([m.index, m.index + m[0].length]);
	}
	for (const m of text.matchAll(FOLD_WORD)) {
		figures.push({ value: WORDS[m.groups!.n!.toLowerCase()]!, unit: 'times', raw: m[0], offset: m.index });
		taken.push([m.index, m.index + m[0].length]);
	}
	for (const m of text.matchAll(BARE_SCALE)) {
		if (/\d[\s-]*$/.test(text.slice(0, m.index))) continue;
		figures.push({ value: SCALES[m.groups!.scale!.toLowerCase()]!, unit: 'CNY', raw: m[0], offset: m.index });
		taken.push([m.index, m.index + m[0].length]);
	}
	for (const m of text.matchAll(MONTH)) {
		if (m[0] === 'May' && !m.groups!.day) continue; // the modal verb
		figures.push({ value: MONTHS.indexOf(m.groups!.month!) + 1, unit: 'month', raw: m.groups!.month!, offset: m.index });
		if (m.groups!.day) {
			const offset = m.index + m[0].length - m.groups!.day.length;
			figures.push({ value: Number(m.groups!.day), unit: 'day', raw: m.groups!.day, offset });
			taken.push([offset, offset + m.groups!.day.length]);
		}
	}
	for (const m of text.matchAll(FIGURE)) {
		const g = m.groups!;
		if (!g.a) continue;
		const start = m.index + (g.cur?.length ?? 0);
		if (overlaps(labels, start, start + g.a.length) || overlaps(taken, start, start + g.a.length)) continue;
		const isWord = /^[a-z]/i.test(g.a);
		if (isWord && g.ord) continue;
		// A capitalised number word inside a sentence is part of a name ("Ten Thousand Villages"); one that
		// opens a sentence or a quoted slogan ("Two Affirmations") is a count, as 两个 opening “两个确立” is.
		if (isWord && /^[A-Z]/.test(g.a) && !/(?:^|[.!?:;]\s+|["“‘'(]\s*)$/.test(text.slice(0, m.index).replace(/\*+/g, ''))) continue;
		let a = readNumber(g.a, g.aScale);
		let b = g.b ? readNumber(g.b, g.bScale) : undefined;
		// "RMB 3 to 5 billion": the scale written once applies to both ends.
		if (b !== undefined && g.bScale && !g.aScale) a = readNumber(g.a, g.bScale);
		// A run of digits too long for a number (fuzzing: '1' × 400) is no figure; a range end that overflows is dropped.
		if (!Number.isFinite(a)) continue;
		if (b !== undefined && !Number.isFinite(b)) b = undefined;
		let unit: FigureUnit = 'count';
		if (g.cur) unit = CURRENCIES[g.cur.trim().toUpperCase()] ?? 'CNY';
		const unitText = g.aUnit ?? g.unit ?? g.pct;
		if (unitText) unit = UNITS.find(([re]) => re.test(unitText))?.[1] ?? unit;
		if (g.ord) {
			if (b !== undefined || a < 10) continue; // ordinals below ten: see labels.ts
			unit = 'rank';
		} else if (unit === 'count' && !isWord && !g.aScale && /^\d{4}$/.test(g.a) && a >= 1900 && a <= 2100) {
			unit = 'year';
		} else if (unit === 'years' && a >= 1900 && a <= 2100 && !isWord) {
			unit = 'year';
		}
		const figure: Figure = { value: round(a), unit, raw: m[0].trimEnd(), offset: m.index };
		if (b !== undefined) figure.range = [round(a), round(b)];
		// The approximation words sit right before the number: a bounded window keeps long paragraphs linear.
		const windowStart = Math.max(0, m.index - 40);
		const before = text.slice(windowStart, m.index);
		for (const [re, kind] of APPROX) {
			const hit = re.exec(before);
			if (hit) {
				figure.approx = kind;
				figure.offset = windowStart + hit.index;
				figure.raw = text.slice(figure.offset, m.index + figure.raw.length);
				break;
			}
		}
		const after = /^\s+(?:or more|or above|and above)\b/.exec(text.slice(m.index + m[0].length));
		if (after && !figure.approx) {
			figure.approx = 'at-least';
			figure.raw = text.slice(figure.offset, m.index + m[0].length + after[0].length);
		}
		figures.push(figure);
	}
	return figures.sort((x, y) => x.offset - y.offset);
}

function readNumber(text: string, scale: string | undefined): number {
	const base = text.toLowerCase() in WORDS ? WORDS[text.toLowerCase()]! : Number(text.replace(/,/g, ''));
	return base * (scale ? SCALES[scale.toLowerCase()]! : 1);
}
