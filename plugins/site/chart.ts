/**
 * What the build-time SVG charts share (the reading page's figures charts, indicator-chart.ts, and the
 * comparison pages' range charts, range-chart.ts): escaping, a label cut to a width, and ids that depend
 * only on the input, so builds are reproducible and two charts on a page never share an id.
 */
export const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

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

/** Short stable id from text (FNV-1a), so two charts on a page never share ids and builds stay identical. */
export function stableId(text: string): string {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}
