import type { Figure, FigureUnit } from './types.ts';

/**
 * Units English often leaves implicit: "1.2万家" is "12,000 new business entities", "连续三年" is "for
 * the third consecutive year", "7000人次" is "7,000 times". They compare by value alone.
 */
const PLAIN: ReadonlySet<FigureUnit> = new Set(['count', 'rank', 'years', 'months', 'days', 'hours', 'times']);

export interface CompareOptions {
	/**
	 * Plain figures below this value are not compared: "one"/"a" and 一 are articles as often as
	 * counts, so neither extractor reads them, and a digit 1 (1家) has no reliable English counterpart.
	 */
	ignorePlainBelow?: number;
}

/** One side's figure, or a range end standing for it. */
interface Entry {
	figure: Figure;
	value: number;
}

export interface FigureComparison {
	/** Figures of the original with no counterpart in the translation. */
	missing: Figure[];
	/** Figures of the translation with no counterpart in the original. */
	extra: Figure[];
}

/**
 * Compare two paragraphs' figures as multisets of (value, unit class). Each end of a range is one
 * entry, so "3-5年" matches "3 to 5 years" and also "between 3 and 5 years". First pass: same value
 * and same unit (money by currency, percent, area…; plain units as one class). Second pass: same
 * value where one side is plain, because the Chinese sometimes drops the unit the English writes
 * (千亿台阶 / the RMB 100 billion mark). Approximation words are not compared: the English varies
 * them freely (超 → over, exceeding, more than).
 */
export function compareFigures(original: readonly Figure[], translation: readonly Figure[], options: CompareOptions = {}): FigureComparison {
	const ignoreBelow = options.ignorePlainBelow ?? 2;
	const left = entries(original, ignoreBelow);
	const right = entries(translation, ignoreBelow);
	const matched = (a: Entry, b: Entry, loose: boolean) =>
		sameValue(a.value, b.value) && (classOf(a.figure.unit) === classOf(b.figure.unit) || (loose && (isPlain(a.figure.unit) || isPlain(b.figure.unit))));
	for (const loose of [false, true]) {
		for (let i = left.length - 1; i >= 0; i -= 1) {
			const j = right.findIndex((entry) => matched(left[i]!, entry, loose));
			if (j >= 0) {
				left.splice(i, 1);
				right.splice(j, 1);
			}
		}
	}
	return { missing: unique(left), extra: unique(right) };
}

function entries(figures: readonly Figure[], ignoreBelow: number): Entry[] {
	return figures
		.flatMap((figure) => (figure.range ? figure.range.map((value) => ({ figure, value })) : [{ figure, value: figure.value }]))
		.filter((entry) => !(isPlain(entry.figure.unit) && entry.value < ignoreBelow));
}

const isPlain = (unit: FigureUnit) => PLAIN.has(unit);
const classOf = (unit: FigureUnit) => (isPlain(unit) ? 'plain' : unit);
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
const unique = (list: Entry[]) => [...new Set(list.map((entry) => entry.figure))];
