import * as OpenCC from 'opencc-js';

export type Variant = 'hk' | 'tw' | 'twp' | 't';

const converters = new Map<string, (s: string) => string>();
function converter(from: string, to: string): (s: string) => string {
	const key = `${from}>${to}`;
	const cached = converters.get(key);
	if (cached) return cached;
	const c: (s: string) => string = OpenCC.Converter({ from: from as 'hk', to: to as 'cn' });
	converters.set(key, c);
	return c;
}

/** Traditional → Simplified (mainland) with OpenCC. */
export function toSimplified(text: string, from: Variant = 'hk'): string {
	return converter(from, 'cn')(text);
}

/** Simplified → Traditional (used by the damage generator and zh-Hant builds). */
export function toTraditional(text: string, to: Variant = 'hk'): string {
	return converter('cn', to)(text);
}

/** Count characters changed by a length-preserving conversion. */
export function countChanged(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	if (x.length !== y.length) return Math.abs(x.length - y.length) + 1;
	let n = 0;
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
	return n;
}

/**
 * Contextual converter mistakes. OpenCC keeps 著 (a valid Simplified character, 著名) where mainland
 * usage is the particle/verb 着. Each applied exception is a ledger entry `auto:converter-exception`.
 */
export interface ConverterException {
	before: string;
	after: string;
	why: string;
}

const ZHE = '“著” kept by OpenCC; as aspect particle/verb (zhe/zhuó) mainland standard writes “着”';
export const DEFAULT_EXCEPTIONS: readonly ConverterException[] = [
	'随著',
	'跟著',
	'沿著',
	'朝著',
	'向著',
	'本著',
	'接著',
	'顺著',
	'意味著',
	'围绕著',
	'为著',
	'靠著',
	'带著',
	'看著',
]
	.map((w) => ({ before: w, after: w.replace('著', '着'), why: ZHE }))
	.concat(['著力', '著眼', '著手', '著重', '著实', '著陆', '著装', '著落'].map((w) => ({ before: w, after: w.replace('著', '着'), why: ZHE })));

export interface ExceptionHit {
	index: number;
	before: string;
	after: string;
	why: string;
}

/** Apply exceptions to Simplified text; returns text and the hits (index in the input). */
export function applyExceptions(text: string, exceptions: readonly ConverterException[] = DEFAULT_EXCEPTIONS): { text: string; hits: ExceptionHit[] } {
	const hits: ExceptionHit[] = [];
	const sorted = [...exceptions].sort((a, b) => b.before.length - a.before.length);
	let out = '';
	for (let i = 0; i < text.length;) {
		const ex = sorted.find((e) => text.startsWith(e.before, i));
		if (ex && ex.before.length === ex.after.length) {
			hits.push({ index: i, before: ex.before, after: ex.after, why: ex.why });
			out += ex.after;
			i += ex.before.length;
		} else {
			out += text[i];
			i++;
		}
	}
	return { text: out, hits };
}
