/** Pinyin annotations in ASCII parentheses after a character: 區(qū), 產(chǎn). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const LETTERS = `a-zü${TONED}ńňǹḿ`;
/** One pinyin syllable with a tone mark (the only kind the damaged sources carry). */
export const SYLLABLE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[${LETTERS}]*[${TONED}ńňǹḿ][${LETTERS}]*$`);
const ANNOTATION = new RegExp(`\\(([${LETTERS}]{1,7})\\)`, 'g');

export function isSyllable(s: string): boolean {
	return SYLLABLE.test(s);
}

export interface PinyinStrip {
	text: string;
	/** number of annotations removed */
	count: number;
	/** for each output index, the index in the input */
	map: number[];
}

/** Remove annotations that directly follow a non-ASCII character. */
export function stripPinyin(input: string): PinyinStrip {
	let text = '';
	const map: number[] = [];
	let count = 0;
	let last = 0;
	for (const m of input.matchAll(ANNOTATION)) {
		const i = m.index!;
		const prev = input[i - 1];
		if (prev === undefined || prev.charCodeAt(0) < 0x80 || !isSyllable(m[1]!)) continue;
		for (let k = last; k < i; k++) {
			text += input[k];
			map.push(k);
		}
		last = i + m[0].length;
		count++;
	}
	for (let k = last; k < input.length; k++) {
		text += input[k];
		map.push(k);
	}
	return { text, count, map };
}

/** A toneless syllable (neutral tone: 们(men), 的(de)): only trusted in a copy that carries toned annotations. */
const TONELESS =
	/^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|a|o|e|i|u|ü|v)$/;

/**
 * [start, end) of each annotation that directly follows a Han character. `toneless`: also annotations
 * without a tone mark, which a copy damaged this way writes for neutral-tone syllables (我们(men)).
 */
export function pinyinRanges(input: string, toneless = false): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const m of input.matchAll(ANNOTATION)) {
		const i = m.index!;
		const prev = input[i - 1];
		if (prev === undefined || prev.charCodeAt(0) < 0x80) continue;
		if (!isSyllable(m[1]!) && !(toneless && TONELESS.test(m[1]!) && /[\u3400-\u9fff]/.test(prev))) continue;
		out.push([i, i + m[0].length]);
	}
	return out;
}

/** Reading table char → readings, learnt from the document's own annotations. */
export function readingTable(input: string): Map<string, Set<string>> {
	const t = new Map<string, Set<string>>();
	for (const m of input.matchAll(ANNOTATION)) {
		const prev = input[m.index! - 1];
		if (!prev || prev.charCodeAt(0) < 0x80 || !isSyllable(m[1]!)) continue;
		if (!t.has(prev)) t.set(prev, new Set());
		t.get(prev)!.add(m[1]!);
	}
	return t;
}

/** Annotate characters with readings (used by the damage generator). */
export function annotate(text: string, table: ReadonlyMap<string, string>, pick: (i: number) => boolean): string {
	let out = '';
	let i = 0;
	for (const ch of text) {
		out += ch;
		const r = table.get(ch);
		if (r !== undefined && pick(i)) out += `(${r})`;
		i++;
	}
	return out;
}
