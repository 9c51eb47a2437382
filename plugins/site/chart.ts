/**
 * A horizontal bar chart as an SVG string, made at build time (no charting library, no script in
 * the browser). Each bar carries its label above it and the figure as written at its end; colours
 * come from `currentColor` and CSS custom properties, so the chart follows the page's light or dark
 * setting. Output depends only on the input (fixed number formatting), so builds are reproducible.
 */
export interface Bar {
	label: string;
	/** The figure as the text writes it, shown at the end of the bar. */
	valueText: string;
	value: number;
	/** Bars of one series share a style (e.g. `target`, `result`). */
	series: string;
	/** Where the bar links to (the paragraph it comes from). */
	href?: string;
}

export interface ChartOptions {
	title: string;
	/** One sentence for screen readers: what the chart shows. */
	description: string;
	/** The page language (text measure: CJK characters are twice as wide). */
	lang: string;
	width?: number;
}

export const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const num = (value: number) => Number(value.toFixed(2)).toString();

/** Cut a label to about `em` ems (CJK characters count 1, others 0.55), with an ellipsis. */
export function fitLabel(label: string, em: number): string {
	let width = 0;
	let out = '';
	for (const char of label) {
		width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char) ? 1 : 0.55;
		if (width > em) return `${out.trimEnd()}…`;
		out += char;
	}
	return out;
}

/** The chart; an empty string when there are no bars. */
export function barChartSvg(bars: readonly Bar[], options: ChartOptions): string {
	if (bars.length === 0) return '';
	const width = options.width ?? 640;
	const font = 13;
	const row = 40;
	const top = 8;
	const valueRoom = 150;
	const max = Math.max(...bars.map((bar) => bar.value), 0) || 1;
	const scale = (width - valueRoom) / max;
	const height = top + bars.length * row + 4;
	const id = `chart-${stableId(options.title + bars.map((bar) => bar.label).join('|'))}`;
	const rows = bars.map((bar, index) => {
		const y = top + index * row;
		const barWidth = Math.max(1, bar.value * scale);
		const label = escapeXml(fitLabel(bar.label, (width - 8) / font));
		const body = [
			`<title>${escapeXml(`${bar.label}: ${bar.valueText}`)}</title>`,
			`<text x="0" y="${num(y + font)}" class="chart__label">${label}</text>`,
			`<rect x="0" y="${num(y + font + 5)}" width="${num(barWidth)}" height="14" class="chart__bar chart__bar--${escapeXml(bar.series)}"/>`,
			`<text x="${num(barWidth + 6)}" y="${num(y + font + 16)}" class="chart__value">${escapeXml(bar.valueText)}</text>`,
		].join('');
		return bar.href ? `<a href="${escapeXml(bar.href)}">${body}</a>` : `<g>${body}</g>`;
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${escapeXml(options.lang)}" font-size="${font}">`,
		`<title id="${id}-title">${escapeXml(options.title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
		...rows,
		'</svg>',
	].join('');
}

/** Short stable id from text (FNV-1a), so two charts on a page never share ids and builds stay identical. */
export function stableId(text: string): string {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}
