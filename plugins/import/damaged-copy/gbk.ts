/**
 * GBK byte helpers built on the platform TextDecoder('gbk') (WHATWG encoding), so no
 * hand-written code table is needed: the encoder table is derived by decoding every pair.
 */
let encodeTable: Map<string, [number, number]> | undefined;
const decoder = new TextDecoder('gbk');

/** Decode one two-byte GBK pair; undefined when the pair is unassigned or private-use. */
export function decodePair(lead: number, trail: number): string | undefined {
	if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail === 0x7f || trail > 0xfe) return undefined;
	const s = decoder.decode(new Uint8Array([lead, trail]));
	if (s.length !== 1 || s === '\ufffd') return undefined;
	const c = s.codePointAt(0)!;
	if (c >= 0xe000 && c <= 0xf8ff) return undefined; // user-defined area
	return s;
}

function table(): Map<string, [number, number]> {
	if (encodeTable) return encodeTable;
	encodeTable = new Map();
	for (let a = 0x81; a <= 0xfe; a++) {
		for (let b = 0x40; b <= 0xfe; b++) {
			const s = decodePair(a, b);
			if (s !== undefined && !encodeTable.has(s)) encodeTable.set(s, [a, b]);
		}
	}
	return encodeTable;
}

/** GBK bytes of one character, or undefined when GBK cannot encode it. */
export function encodeChar(ch: string): number[] | undefined {
	const c = ch.codePointAt(0)!;
	if (c < 0x80) return [c];
	const p = table().get(ch);
	return p ? [p[0], p[1]] : undefined;
}

/** GBK bytes of a string; throws on characters GBK cannot encode. */
export function encodeGbk(text: string): number[] {
	const out: number[] = [];
	for (const ch of text) {
		const b = encodeChar(ch);
		if (!b) throw new Error(`character ${JSON.stringify(ch)} is not encodable in GBK`);
		out.push(...b);
	}
	return out;
}

/** All characters whose GBK encoding has the given trail (or lead) byte. */
export function charsWithByte(which: 'lead' | 'trail', byte: number): string[] {
	const out: string[] = [];
	for (const [ch, [a, b]] of table()) if ((which === 'lead' ? a : b) === byte) out.push(ch);
	return out.sort();
}

/**
 * The decoder behaviour seen in damaged web copies: ASCII passes through; a valid pair decodes;
 * an unassigned/private-use pair is silently dropped; a lead byte followed by a byte that cannot be
 * a trail becomes '?' and both bytes are consumed.
 */
export function lossyDecode(bytes: ArrayLike<number>): string {
	let out = '';
	for (let i = 0; i < bytes.length;) {
		const a = bytes[i]!;
		if (a < 0x80) {
			out += String.fromCharCode(a);
			i++;
			continue;
		}
		if (i + 1 >= bytes.length) {
			out += '?';
			i++;
			continue;
		}
		const b = bytes[i + 1]!;
		if (b < 0x40 || b === 0x7f || b === 0xff || a === 0x80 || a === 0xff) {
			out += '?';
			i += 2;
			continue;
		}
		const s = decodePair(a, b);
		if (s !== undefined) out += s;
		i += 2;
	}
	return out;
}

export const hex = (bytes: readonly number[]): string => bytes.map((b) => (b < 0 ? '??' : b.toString(16).toUpperCase().padStart(2, '0'))).join(' ');
