/**
 * One source line under edit. Every step of the importer changes the line only through `replace`, so
 * each change is known with its place in the raw line: applying the ledger's changes to the raw line
 * gives the output line exactly, and nothing can change silently.
 */
import type { Method } from './ledger.ts';

/** A run of the line: raw text as received and what it became. Unchanged runs are one code unit long. */
interface Piece {
	raw: string;
	text: string;
	/** 0-based position of `raw` in the raw line */
	at: number;
	method?: Method;
	why?: string;
}

export interface LineChange {
	/** 1-based column of `before` in the raw line (UTF-16 code units, as editors count) */
	column: number;
	before: string;
	after: string;
	method: Method;
	why: string;
}

export class LineEdit {
	private pieces: Piece[];
	readonly raw: string;

	constructor(raw: string) {
		this.raw = raw;
		this.pieces = Array.from({ length: raw.length }, (_, i) => ({ raw: raw[i]!, text: raw[i]!, at: i }));
	}

	get text(): string {
		return this.pieces.map((p) => p.text).join('');
	}

	/** Raw column (0-based) of a position in the current text. */
	rawAt(pos: number): number {
		let offset = 0;
		for (const p of this.pieces) {
			if (pos < offset + p.text.length || (p.text.length === 0 && pos === offset)) return p.at;
			offset += p.text.length;
		}
		return this.raw.length;
	}

	/**
	 * Replace [start, end) of the current text (a non-empty range: the importer only rewrites or removes
	 * what it read). Pieces the range touches merge into one, so an earlier change and a later one on the
	 * same characters become a single ledger entry (raw → final).
	 */
	replace(start: number, end: number, text: string, method: Method, why: string): void {
		if (start >= end) throw new RangeError(`empty range ${start}-${end}`);
		let offset = 0;
		let first = -1;
		let last = -1;
		let before = 0;
		for (let i = 0; i < this.pieces.length; i++) {
			const p = this.pieces[i]!;
			const pEnd = offset + p.text.length;
			// an emptied piece (a removed annotation) sits at its offset; it joins a range that spans it
			const touches = p.text.length === 0 ? offset > start && offset < end : pEnd > start && offset < end;
			if (touches) {
				if (first < 0) {
					first = i;
					before = offset;
				}
				last = i;
			}
			offset = pEnd;
		}
		if (first < 0) throw new RangeError(`range ${start}-${end} outside the line`);
		const covered = this.pieces.slice(first, last + 1);
		const coveredText = covered.map((p) => p.text).join('');
		const earlier = covered.find((p) => p.method);
		const merged: Piece = {
			raw: covered.map((p) => p.raw).join(''),
			text: coveredText.slice(0, start - before) + text + coveredText.slice(end - before),
			at: covered[0]!.at,
			// the first method that touched these characters names the change; later ones add their reason
			method: earlier?.method ?? method,
			why: earlier && earlier.why !== why ? `${earlier.why}; then ${why}` : (earlier?.why ?? why),
		};
		this.pieces.splice(first, last - first + 1, merged);
	}

	/** The changes, adjacent ones of the same method and reason joined (國際 → 国际 is one change). */
	changes(): LineChange[] {
		const out: LineChange[] = [];
		for (const p of this.pieces) {
			if (p.raw === p.text) continue;
			const prev = out.at(-1);
			if (prev && prev.method === p.method && prev.why === p.why && prev.column - 1 + prev.before.length === p.at) {
				prev.before += p.raw;
				prev.after += p.text;
			} else {
				out.push({ column: p.at + 1, before: p.raw, after: p.text, method: p.method!, why: p.why! });
			}
		}
		return out;
	}
}
