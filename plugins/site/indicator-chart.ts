/**
 * The figures chart of a reading page as an SVG string, made at build time (no script in the
 * browser): one chart per quantity (figures-view.ts groups them), each row an indicator with its
 * name on a line of its own, then a bar for this year's target (a range's span lighter) and a
 * thinner bar for the past year's achieved value, each followed by the figure as written. One axis
 * per chart, from zero. The chart is narrow (320 units) so that it is read at its own size on a
 * phone and several stand side by side on a wide screen; names wrap rather than being cut, and every
 * text is placed inside the view box by a conservative estimate of its width (a browser test measures
 * it). The chart is an image (role="img", its figures in words in <desc>): it holds no links, which a
 * screen reader could not reach inside an image; the tables below link every figure to its paragraph.
 * Colours come from CSS classes, so the chart follows the page's light or dark setting; output
 * depends only on the input, so builds are reproducible.
 */
import { escapeXml, stableId } from './chart.ts';
import type { ChartRow, ChartValue } from './figures-view.ts';
import { tickStep } from './range-chart.ts';

export interface IndicatorChartOptions {
	title: string;
	/** The chart's data in words, for screen readers (the tables below hold the same figures). */
	description: string;
	lang: string;
	/** Words for the two bars in their tooltips (`2025年目标`, `2024 actual`). */
	targetName: string;
	achievedName: string;
	/** A tick's text (`5%`, `100万`). */
	tick: (value: number) => string;
	width?: number;
}

const font = 13;
const valueFont = 12;
const tickFont = 11;
const lineHeight = 17;
const targetBar = 10;
const achievedBar = 6;
const inset = 3;

const num = (value: number) => Number(value.toFixed(2)).toString();

/**
 * Width of `text` at `size`, estimated on the wide side: a CJK or full-width character is 1 em; Latin
 * letters, digits and signs are given the widths of a wide sans-serif (DejaVu Sans, the fallback of
 * system-ui on Linux), so a real font never runs past the estimate.
 */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const char of text) {
		if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char)) em += 1;
		else if (/[%—mwMW]/.test(char)) em += 0.95;
		else if (/[A-Z&]/.test(char)) em += 0.74;
		else if (/[\s.,:;'’()/|-]/.test(char)) em += 0.36;
		else em += 0.64;
	}
	return em * size;
}

/** Characters a line must not start with (GB/T 15834: closing punctuation stays with the text before it). */
const noLineStart = /^[，。、；：！？）》」』’”,.;:)]/;

/** `text` in lines no wider than `width`: English breaks at spaces, Chinese between characters. */
export function wrapText(text: string, width: number, size: number): string[] {
	const words = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line + word;
		if (line && textWidth(next.trimEnd(), size) > width && !noLineStart.test(word)) {
			lines.push(line.trimEnd());
			line = word.trimStart();
		} else line = next;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** The chart; an empty string without rows. */
export function indicatorChartSvg(rows: readonly ChartRow[], options: IndicatorChartOptions): string {
	const values = rows.flatMap((row) => [row.target, row.achieved].filter((value): value is ChartValue => value !== undefined));
	if (values.length === 0) return '';
	const width = options.width ?? 320;
	const texts = values.map((value) => textWidth(value.text, valueFont));
	const valueRoom = Math.ceil(Math.max(...texts)) + 8;
	const highest = Math.max(...values.map((value) => value.high), 0);
	const lowest = Math.min(...values.map((value) => value.low), 0);
	// The drawing keeps an inset from the edges of the box: glyphs such as T overhang their origin.
	const inner = width - 2 * inset;
	const extent = highest - lowest || 1;
	const widest = Math.max(...[lowest, highest].map((value) => textWidth(options.tick(value), tickFont)));
	// At most as many ticks as their labels have room for (tickStep gives at most six steps of the extent it is told).
	const steps = Math.max(1, Math.min(6, Math.floor((inner - valueRoom) / (widest + 10))));
	const step = tickStep((extent * 6) / steps);
	const max = Math.ceil(highest / step) * step || step;
	const min = Math.floor(lowest / step) * step;
	const ticks = Array.from({ length: Math.round((max - min) / step) + 1 }, (_, index) => Number((min + index * step).toPrecision(12)));
	const tickRoom = Math.ceil(textWidth(options.tick(max), tickFont) / 2);
	const plot = inner - Math.max(valueRoom, tickRoom);
	const x = (value: number) => ((value - min) / (max - min)) * plot;
	const parts: string[] = [];
	let y = 4;
	for (const row of rows) {
		const lines = row.label ? wrapText(row.label, inner, font) : [];
		const label = lines.map((line, index) => `<tspan x="0" y="${num(y + font + index * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
		const rowParts = label ? [`<text class="chart__label">${label}</text>`] : [];
		y += lines.length * lineHeight + (lines.length ? 4 : 0);
		const bar = (value: ChartValue | undefined, kind: 'target' | 'achieved', height: number, name: string) => {
			if (!value) return;
			const from = x(Math.min(0, value.low));
			const to = x(Math.max(0, value.low));
			const end = x(Math.max(0, value.high));
			const shapes = [
				`<rect x="${num(from)}" y="${num(y)}" width="${num(Math.max(1, to - from))}" height="${height}" class="chart__bar chart__bar--${kind}"/>`,
			];
			if (value.high > value.low)
				shapes.push(`<rect x="${num(x(value.low))}" y="${num(y)}" width="${num(x(value.high) - x(value.low))}" height="${height}" class="chart__range"/>`);
			const text = `<text x="${num(end + 6)}" y="${num(y + height / 2 + valueFont * 0.36)}" font-size="${valueFont}" class="chart__value">${escapeXml(value.text)}</text>`;
			const tooltip = `<title>${escapeXml(`${row.label ? `${row.label}: ` : ''}${name} ${value.text}`)}</title>`;
			rowParts.push(`<g>${tooltip}${shapes.join('')}${text}</g>`);
			y += Math.max(height, valueFont) + 3;
		};
		bar(row.target, 'target', targetBar, options.targetName);
		bar(row.achieved, 'achieved', achievedBar, options.achievedName);
		parts.push(`<g>${rowParts.join('')}</g>`);
		y += 8;
	}
	const axis = y;
	// The first tick label hangs right from the start of the axis; the last is centred on its line, over the room kept for it.
	const grid = ticks.map((value, index) => {
		const at = num(x(value));
		return `<line x1="${at}" y1="0" x2="${at}" y2="${num(axis)}" class="chart__grid${value === 0 ? ' chart__grid--zero' : ''}"/><text x="${at}" y="${num(axis + tickFont + 3)}" font-size="${tickFont}" text-anchor="${index === 0 ? 'start' : 'middle'}" class="chart__tick">${escapeXml(options.tick(value))}</text>`;
	});
	const height = Math.ceil(axis + tickFont + 8);
	const id = `chart-${stableId(options.title + rows.map((row) => row.indicator).join('|'))}`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="${-inset} 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${escapeXml(options.lang)}" font-size="${font}">`,
		`<title id="${id}-title">${escapeXml(options.title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
		...grid,
		...parts,
		'</svg>',
	].join('');
}
