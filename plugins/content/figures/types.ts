/**
 * Normalised units. Money is keyed by currency, with the magnitude folded into the value
 * (48亿元 and RMB 4.8 billion are both `{ value: 4_800_000_000, unit: 'CNY' }`).
 * `year`, `month` and `day` are calendar positions (2024年, January); `years`, `months`, `days`
 * and `hours` are durations (3年, 30 days). `count` is any counted thing (家, 个, 项, "enterprises"),
 * because English usually drops the classifier. `rank` is an ordinal (第37位, 37th). `jin` (斤, 0.5 kg)
 * is kept as written because grain targets are stated in it (1600亿斤); `ug/m3` is a concentration (PM2.5).
 */
export type FigureUnit =
	| 'CNY' | 'USD' | 'EUR'
	| 'percent' | 'pp'
	| 'mu' | 'm2' | 'km2' | 'ha' | 'km' | 'm' | 't' | 'jin' | 'ug/m3'
	| 'year' | 'month' | 'day'
	| 'years' | 'months' | 'days' | 'hours'
	| 'times' | 'rank' | 'count';

/** How the text qualifies the figure: 约/左右 about, 超/余/多 over, 近 nearly, 以上 at-least, 以内 at-most. */
export type Approx = 'about' | 'over' | 'nearly' | 'at-least' | 'at-most';

export interface Figure {
	/** Normalised value; for a range, its low end. */
	value: number;
	unit: FigureUnit;
	approx?: Approx;
	/** Both ends of a range (3-5年, 5 to 8 percent), normalised like `value`. */
	range?: [number, number];
	/** The text the figure was read from, as written. */
	raw: string;
	/** Offset of `raw` in the paragraph text. */
	offset: number;
}

export type FigureLanguage = 'zh' | 'en';
