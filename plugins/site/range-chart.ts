/**
 * A range chart as an SVG string, made at build time (no script in the browser): one row per region,
 * a bar up to the target, its range (5%—5.5%) drawn as a lighter segment from the low to the high end,
 * and the achieved value of the past year as a mark. Colours come from CSS classes, so the chart follows
 * the page's light or dark setting; output depends only on the input, so builds are reproducible.
 */
import { escapeXml, fitLabel, stableId } from './chart.ts';

export interface RangeRow {
	label: string;
	low: number;
	high: number;
	/** The target as written (`5%—5.5%`, `5%左右`), shown after the bar. */
	valueText: string;
	/** Achieved value of the past year, if the report states one. */
	achieved?: number;
	achievedText?: string;
	href?: string;
}

export interface RangeChartOptions {
	title: string;
	description: string;
	lang: string;
	/** Word for the achieved mark in the row's tooltip (`2025年实际`, `2025 actual`). */
	achievedLabel: string;
	/** A tick's text (default `5%`: the value is a percent). */
	tick?: (value: number) => string;
	width?: number;
}

/**
 * Tick spacing for an axis of `extent`: the smallest of 1, 2, 5 × 10ⁿ giving at most six steps, so the
 * labels stay apart at the chart's width: a percent axis up to 6% has a line per point, one up to 2% one
 * per 0.5 point, and 1,200,000 new jobs one per 200,000.
 */
export function tickStep(extent: number): number {
	const power = 10 ** Math.floor(Math.log10(Math.max(extent, 1e-9) / 6));
	return [1, 2, 5, 10].map((factor) => factor * power).find((step) => extent / step <= 6) ?? 10 * power;
}

const num = (value: number) => Number(value.toFixed(2)).toString();

/**
 * The chart; an empty string without rows. The axis includes 0 so bar lengths compare honestly (a bar
 * runs from 0 to the target, leftwards for a fall).
 */
export function rangeChartSvg(rows: readonly RangeRow[], options: RangeChartOptions): string {
	if (rows.length === 0) return '';
	const width = options.width ?? 640;
	const font = 13;
	const row = 24;
	const labelRoom = options.lang === 'en' ? 190 : 124;
	const valueRoom = 120;
	const top = 22;
	const values = rows.flatMap((entry) => [entry.low, entry.high, entry.achieved ?? 0]);
	const highest = Math.max(...values, 1);
	const lowest = Math.min(...values, 0);
	const step = tickStep(highest - lowest);
	const max = Math.ceil(highest / step) * step;
	const min = Math.floor(lowest / step) * step;
	const tick = options.tick ?? ((value: number) => `${value}%`);
	const plot = width - labelRoom - valueRoom;
	const x = (value: number) => labelRoom + ((value - min) / (max - min)) * plot;
	const height = top + rows.length * row + 6;
	const id = `range-${stableId(options.title + rows.map((entry) => entry.label).join('|'))}`;
	// Tick values by multiplication, not repeated addition, so 0.1 steps print as 0.3, not 0.30000000000000004.
	const ticks = Array.from({ length: Math.round((max - min) / step) + 1 }, (_, index) => Number((min + index * step).toPrecision(12))).map(
		(value) =>
			`<line x1="${num(x(value))}" y1="${top - 4}" x2="${num(x(value))}" y2="${height - 4}" class="range-chart__grid"/><text x="${num(x(value))}" y="${top - 8}" text-anchor="middle" class="range-chart__tick">${escapeXml(tick(value))}</text>`,
	);
	const body = rows.map((entry, index) => {
		const y = top + index * row;
		const mid = y + row / 2;
		const parts = [
			`<title>${escapeXml(`${entry.label}: ${entry.valueText}${entry.achievedText ? ` · ${options.achievedLabel} ${entry.achievedText}` : ''}`)}</title>`,
			`<text x="${labelRoom - 8}" y="${num(mid + font * 0.35)}" text-anchor="end" class="range-chart__label">${escapeXml(fitLabel(entry.label, (labelRoom - 12) / font))}</text>`,
			`<rect x="${num(Math.min(x(0), x(entry.low)))}" y="${num(mid - 6)}" width="${num(Math.abs(x(entry.low) - x(0)))}" height="12" class="range-chart__bar"/>`,
		];
		if (entry.high > entry.low)
			parts.push(`<rect x="${num(x(entry.low))}" y="${num(mid - 6)}" width="${num(x(entry.high) - x(entry.low))}" height="12" class="range-chart__range"/>`);
		if (entry.achieved !== undefined) parts.push(`<path d="M${num(x(entry.achieved))} ${num(mid - 8)}l5 8-5 8-5-8z" class="range-chart__achieved"/>`);
		parts.push(
			`<text x="${num(x(Math.max(entry.high, entry.achieved ?? 0)) + 10)}" y="${num(mid + font * 0.35)}" class="range-chart__value">${escapeXml(entry.valueText)}</text>`,
		);
		return entry.href ? `<a href="${escapeXml(entry.href)}">${parts.join('')}</a>` : `<g>${parts.join('')}</g>`;
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="range-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${escapeXml(options.lang)}" font-size="${font}">`,
		`<title id="${id}-title">${escapeXml(options.title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
		...ticks,
		...body,
		'</svg>',
	].join('');
}
