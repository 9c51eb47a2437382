/**
 * Lost characters in a clean copy. A page that could not show a rare character writes `?` (or U+FFFD)
 * in its place. Clean Chinese text has no ASCII question mark (GB/T 15834 writes ？), so each one is an
 * editor spot: the character is gone, the bytes hold nothing to recover it from, so no candidate is
 * offered; the editor finds it from context and records the decision in editor-corrections.yaml.
 */
export interface LostCharacter {
	/** 0-based index in the line */
	index: number;
	raw: string;
	/** the text around it, for the editor */
	context: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function findLostCharacters(line: string): LostCharacter[] {
	const out: LostCharacter[] = [];
	for (let i = 0; i < line.length; i++) {
		const c = line[i]!;
		if (c !== '?' && c !== '\uFFFD') continue;
		// an ASCII `?` between Latin words or digits only (a URL, `what?`) is not Chinese text
		const near = line.slice(Math.max(0, i - 2), i + 3);
		if (c === '?' && !HAN.test(near) && !/[，。、；：“”（）‰％]/.test(near)) continue;
		out.push({ index: i, raw: c, context: line.slice(Math.max(0, i - 24), i + 25) });
	}
	return out;
}
