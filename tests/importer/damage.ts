/** Damage generator: clean Simplified → the kinds of damage seen in the seed. */
import { encodeGbk, lossyDecode } from '../../plugins/import/damaged-copy/gbk.ts';
import { annotate } from '../../plugins/import/damaged-copy/pinyin.ts';
import { toTraditional } from '../../plugins/import/damaged-copy/traditional.ts';

export interface DamageOptions {
	/** deterministic random source in [0,1) */
	rand: () => number;
	pinyinRate: number;
	/** line indexes to receive one mojibake run each */
	mojibakeLines: number[];
	readings: ReadonlyMap<string, string>;
	traditional?: boolean;
	asciiPunct?: boolean;
}

const FW_TO_ASCII: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };

export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** GBK mojibake: replace the lead byte of one CJK character by '?' and re-read the line. */
export function injectMojibake(line: string, rand: () => number): string {
	const chars = [...line];
	const idx = chars.map((c, i) => (/[\u3400-\u9fff]/.test(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
	if (!idx.length) return line;
	const at = idx[Math.floor(rand() * idx.length)]!;
	let bytes: number[];
	try {
		bytes = encodeGbk(line);
	} catch {
		return line;
	}
	let off = 0;
	for (let i = 0; i < at; i++) off += chars[i]!.charCodeAt(0) < 0x80 ? 1 : 2;
	bytes[off] = 0x3f;
	return lossyDecode(bytes);
}

export function damage(lines: string[], o: DamageOptions): string[] {
	return lines.map((clean, li) => {
		let s = o.traditional === false ? clean : toTraditional(clean, 'tw');
		s = annotate(s, o.readings, () => o.rand() < o.pinyinRate);
		if (o.mojibakeLines.includes(li)) s = injectMojibake(s, o.rand);
		if (o.asciiPunct !== false) {
			s = s.replace(/[，；：（）！？]/g, (c) => FW_TO_ASCII[c]!).replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
		}
		return s;
	});
}
