/**
 * GBK mojibake with a lost byte. The damaged copies were GBK bytes in which one lead byte was
 * replaced by '?', so the decoder read every following pair one byte late (（一） A3A8 D2BB A3A9 →
 * 。ㄒ唬└ …) until an ASCII byte re-synchronised it; pairs falling in unassigned GBK space were
 * dropped. Full-width punctuation and letters inside a run were later turned into ASCII.
 *
 * Repair: re-encode the run to GBK bytes, restore the lost lead byte position (one-byte shift) and
 * decode again. A repair is accepted only if every recovered character is one the report itself
 * uses, the first character (whose lead byte is lost) is the only candidate attested next to its
 * neighbours elsewhere in the report, and any pinyin hint agrees. Everything else is unresolved.
 */
import { charsWithByte, decodePair, encodeChar, hex } from './gbk.ts';
import { isSyllable } from './pinyin.ts';

const FULLWIDTH_ASCII: Record<string, number> = { ',': 0xac, '!': 0xa1, ';': 0xbb, ':': 0xba, '(': 0xa8, ')': 0xa9 };
const PUNCT = new Set([...'，。、；：！？“”‘’（）《》—…·　']);
const PY = 'a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const ORPHAN = new RegExp(`^([${PY}]{1,7})\\)`);
const ANNOT = new RegExp(`^\\(([${PY}]{1,7})\\)`);
const ANNOT_G = new RegExp(`\\([${PY}]{1,7}\\)`, 'g');
const ANNOT_END = new RegExp(`\\([${PY}]{1,7}\\)$`);

export interface DocumentModel {
	/** characters the report uses at least `minCount` times outside suspicious spots */
	vocab: Set<string>;
	/** bigram counts outside suspicious spots */
	bigrams: Map<string, number>;
	/** char → readings learnt from the report's own annotations */
	readings: Map<string, Set<string>>;
}

export function buildModel(text: string, readings: Map<string, Set<string>>, minCount = 2): DocumentModel {
	// blank out windows after '?' so mojibake does not teach the model
	const clean = text.replace(/\?[^\n]{0,16}/g, (m) => '\n'.repeat(m.length)).replace(ANNOT_G, '');
	const counts = new Map<string, number>();
	const bigrams = new Map<string, number>();
	const chars = [...clean];
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i]!;
		counts.set(c, (counts.get(c) ?? 0) + 1);
		const n = chars[i + 1];
		if (n !== undefined && c !== '\n' && n !== '\n') bigrams.set(c + n, (bigrams.get(c + n) ?? 0) + 1);
	}
	const vocab = new Set<string>();
	for (const [c, n] of counts) if (n >= minCount && c.charCodeAt(0) >= 0x80) vocab.add(c);
	return { vocab, bigrams, readings };
}

export interface MojibakeSpot {
	/** 0-based start/end (exclusive) in the line */
	start: number;
	end: number;
	raw: string;
	bytes: number[];
	/** replacement text when recovered */
	recovered?: string;
	method?: 'auto:mojibake-shift' | 'auto:pinyin-hint';
	why: string;
	/** candidate readings of the spot for the editor (best first) */
	candidates: string[];
}

interface Token {
	ch: string;
	bytes: number[];
	letter: boolean;
}

const isNonAscii = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) >= 0x80;

function tokenAt(line: string, j: number): Token | undefined {
	const c = line[j]!;
	if (isNonAscii(c)) {
		const b = encodeChar(c);
		return b ? { ch: c, bytes: b, letter: false } : undefined;
	}
	if (c in FULLWIDTH_ASCII && (isNonAscii(line[j + 1]) || /[A-Za-z]/.test(line[j + 1] ?? '')) && j > 0)
		return { ch: c, bytes: [0xa3, FULLWIDTH_ASCII[c]!], letter: false };
	if (
		/[A-Za-z]/.test(c) &&
		(isNonAscii(line[j - 1]) || line[j - 1] === '?' || (line[j - 1] ?? '') in FULLWIDTH_ASCII) &&
		!/[A-Za-z0-9]/.test(line[j + 1] ?? '')
	) {
		return { ch: c, bytes: [c.charCodeAt(0)], letter: true };
	}
	return undefined;
}

function isOdd(ch: string, m: DocumentModel): boolean {
	return !m.vocab.has(ch) && !PUNCT.has(ch);
}

/** Find and try to repair every mojibake spot of one line. */
export function repairLine(line: string, m: DocumentModel): MojibakeSpot[] {
	const spots: MojibakeSpot[] = [];
	for (let i = 0; i < line.length; i++) {
		if (line[i] !== '?') continue;
		const spot = examine(line, i, m);
		if (spot) {
			spots.push(spot);
			i = spot.end - 1;
		}
	}
	return spots;
}

function examine(line: string, start: number, m: DocumentModel): MojibakeSpot | undefined {
	let j = start;
	let q = 0;
	while (line[j] === '?') {
		j++;
		q++;
	}
	const orphanHead = ORPHAN.exec(line.slice(j));
	if (orphanHead && isSyllable(orphanHead[1]!)) j += orphanHead[0].length;
	const tokens: Token[] = [];
	let tailHint: string | undefined;
	let lostTrailHint: string | undefined;
	while (j < line.length) {
		const t = tokenAt(line, j);
		if (!t) break;
		tokens.push(t);
		j++;
		if (t.letter) {
			const a = ANNOT.exec(line.slice(j));
			if (a && isSyllable(a[1]!)) {
				tailHint = a[1];
				j += a[0].length;
			}
			break;
		}
	}
	// a lone lead byte whose trail (and a '(') was eaten: '?' + orphan reading
	const bytes = tokens.flatMap((t) => t.bytes);
	if (!tokens.at(-1)?.letter && bytes.length % 2 === 0 && bytes.length > 0 && line[j] === '?') {
		const o = ORPHAN.exec(line.slice(j + 1));
		if (o && isSyllable(o[1]!)) {
			lostTrailHint = o[1];
			j += 1 + o[0].length;
		}
	}
	const raw = line.slice(start, j);
	const contentOdd = tokens.some((t) => !t.letter && isOdd(t.ch, m));
	const strayLetter = tokens.some((t) => t.letter);
	const after = line[start + 1];
	const plainAfter = after === undefined || /[\s”’）)]/.test(after) || (isNonAscii(after) && !isOdd(after, m));
	if (!contentOdd && !strayLetter && !orphanHead && q === 1 && plainAfter) return undefined; // a genuine question mark
	const spot: MojibakeSpot = { start, end: j, raw, bytes, why: '', candidates: [] };
	return recover(spot, line, q, !!orphanHead, tailHint, lostTrailHint, m);
}

function recover(
	spot: MojibakeSpot,
	line: string,
	q: number,
	orphanHead: boolean,
	tailHint: string | undefined,
	lostTrailHint: string | undefined,
	m: DocumentModel,
): MojibakeSpot {
	const B = spot.bytes;
	const fail = (why: string, cands: string[] = []): MojibakeSpot => ({ ...spot, why, candidates: cands });
	if (B.length === 0) return fail('a lost byte (“?”) with no recoverable bytes after it');
	// shifted decode: (X,B0) (B1,B2) ...
	const middle: string[] = [];
	let k = 1;
	for (; k + 1 < B.length; k += 2) {
		const c = decodePair(B[k]!, B[k + 1]!);
		middle.push(c ?? '�');
	}
	const lastLead = k < B.length ? B[k] : undefined;
	const before = line.slice(0, spot.start).replace(ANNOT_END, '');
	const prev = before.at(-1) ?? '';
	const firstCands = rankFirst(B[0]!, prev, middle[0] ?? '', m);
	let lastCands: string[] = [];
	if (lastLead !== undefined) {
		lastCands = charsWithByte('lead', lastLead).filter((c) => !isOdd(c, m));
		if (lostTrailHint) lastCands = lastCands.filter((c) => m.readings.get(c)?.has(lostTrailHint));
	}
	const shown = `${firstCands[0] ?? '□'}${middle.join('')}${lastLead !== undefined ? (lastCands.length === 1 ? lastCands[0] : '□') : ''}`;
	const cands = [shown];
	if (q > 1) return fail(`${q} consecutive lost-byte marks: more than one byte lost, alignment unknown; shifted decode gives “${shown}”`, cands);
	if (orphanHead)
		return fail(`lost byte followed by an orphaned pinyin reading: the annotated character itself was lost; shifted decode gives “${shown}”`, cands);
	const bad = middle.filter((c) => isOdd(c, m));
	if (bad.length)
		return fail(
			`one-byte shift gives “${shown}” but ${bad.map((c) => `“${c}”`).join('')} is not used anywhere else in the report (bytes lost inside the run?)`,
			cands,
		);
	if (firstCands.length !== 1) {
		return fail(
			`first character lost its lead byte; ${firstCands.length ? `${firstCands.length} candidates with trail byte ${hex([B[0]!])} fit the context: ${firstCands.slice(0, 8).join(' ')}` : `no candidate with trail byte ${hex([B[0]!])} is attested next to “${prev}”/“${middle[0] ?? ''}”`}`,
			firstCands.slice(0, 8).map((c) => c + middle.join('')),
		);
	}
	if (lastLead !== undefined && lastCands.length !== 1) {
		return fail(
			`last character lost its trail byte (lead ${hex([lastLead])})${lostTrailHint ? ` with reading ${lostTrailHint}` : ''}; ${lastCands.length} candidates`,
			lastCands.slice(0, 8).map((c) => firstCands[0] + middle.join('') + c),
		);
	}
	const recovered = firstCands[0]! + middle.join('') + (lastLead !== undefined ? lastCands[0]! : '');
	const last = [...recovered].at(-1)!;
	if (tailHint) {
		const r = m.readings.get(last);
		if (r && !r.has(tailHint))
			return fail(`shift gives “${recovered}” but the pinyin hint (${tailHint}) does not match “${last}” (${[...r].join('/')})`, cands);
		if (!r) return fail(`shift gives “${recovered}” but the pinyin hint (${tailHint}) cannot be confirmed for “${last}”`, [recovered]);
	}
	const hinted = tailHint !== undefined || (lastLead !== undefined && lostTrailHint !== undefined);
	return {
		...spot,
		recovered: recovered + (tailHint ? `(${tailHint})` : ''),
		method: hinted ? 'auto:pinyin-hint' : 'auto:mojibake-shift',
		candidates: [recovered],
		why: `GBK bytes ${hex(spot.bytes)} re-read with the lost lead byte restored (one-byte shift) → “${recovered}”; first character is the only one with trail ${hex([B[0]!])} attested in this context in the report${hinted ? `; pinyin hint ${tailHint ?? lostTrailHint} confirms “${hinted && lastLead !== undefined ? recovered.at(-1) : last}”` : ''}`,
	};
}

function rankFirst(trail: number, prev: string, next: string, m: DocumentModel): string[] {
	const scored: Array<[string, number]> = [];
	for (const c of charsWithByte('trail', trail)) {
		if (isOdd(c, m)) continue;
		const left = prev === '' ? 1 : (m.bigrams.get(prev + c) ?? 0);
		const right = next === '' ? 1 : (m.bigrams.get(c + next) ?? 0);
		if (left > 0 && right > 0) scored.push([c, left + right]);
	}
	scored.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return scored.map((x) => x[0]);
}
