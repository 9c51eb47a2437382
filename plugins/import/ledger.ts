/**
 * The corrections ledger: every change the importer made to the source text, one entry each, with its
 * place in source.raw.txt. The raw lines with these changes applied are exactly the lines of the edition
 * (body, or the head lines listed under `frontmatter`), so the text can be checked against its source.
 */
import { Document, isMap, isSeq } from 'yaml';

/** Every kind of change a ledger entry can name, in the order readers are shown them; the editor's decisions last. */
export const methods = [
	'furniture',
	'whitespace',
	'punctuation',
	'pinyin-strip',
	'traditional-to-simplified',
	'auto:mojibake-shift',
	'auto:pinyin-hint',
	'auto:converter-exception',
	'editor',
] as const;
export type Method = (typeof methods)[number];

export interface LedgerChange {
	id: string;
	line: number;
	column: number;
	/** block id the line became (p2-s1-3, a1-2, n4), `meta` for a head line, `-` for furniture */
	paragraph: string;
	before: string;
	after: string;
	method: Method;
	why: string;
}

/** A head line that became frontmatter rather than body text, kept verbatim. */
export interface HeadLine {
	line: number;
	text: string;
	gives: string;
}

export interface Ledger {
	report: string;
	source: { file: string; sha256: string; encoding: string };
	/** the script the source is written in, and the evidence (characters OpenCC would change each way) */
	script: { detected: 'simplified' | 'traditional'; traditionalToSimplified: number; simplifiedToTraditional: number };
	/** changes per method */
	rules: Partial<Record<Method, number>>;
	frontmatter: HeadLine[];
	changes: LedgerChange[];
}

export function numberChanges(changes: Omit<LedgerChange, 'id'>[]): LedgerChange[] {
	const width = String(changes.length).length > 3 ? String(changes.length).length : 3;
	return [...changes]
		.sort((a, b) => a.line - b.line || a.column - b.column)
		.map((c, i) => ({
			id: `c${String(i + 1).padStart(width, '0')}`,
			line: c.line,
			column: c.column,
			paragraph: c.paragraph,
			before: c.before,
			after: c.after,
			method: c.method,
			why: c.why,
		}));
}

export function countByMethod(changes: readonly Pick<LedgerChange, 'method'>[]): Partial<Record<Method, number>> {
	const out: Partial<Record<Method, number>> = {};
	for (const c of changes) out[c.method] = (out[c.method] ?? 0) + 1;
	return out;
}

/** YAML with one line per change and per head line: thousands of entries stay readable and diffable. */
export function serializeLedger(l: Ledger): string {
	const doc = new Document(l);
	for (const key of ['changes', 'frontmatter']) {
		const list = doc.get(key, true);
		if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
	}
	const source = doc.get('source', true);
	if (isMap(source)) source.flow = true;
	const script = doc.get('script', true);
	if (isMap(script)) script.flow = true;
	return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
