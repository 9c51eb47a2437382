/**
 * Pure text functions shared by the search page (ranking, excerpts) and the landing highlight.
 * No DOM, no Pagefind: unit-tested in tests/search/query.test.ts.
 */

/** A query as typed, split into what Pagefind is asked and the phrase results are checked against. */
export interface ParsedQuery {
	/** Text sent to Pagefind: quotes removed, whitespace collapsed. */
	text: string;
	/** The phrase an exact hit contains (same as `text`). */
	phrase: string;
	/** The reader put the query in quotes: only exact-phrase hits are shown. */
	quoted: boolean;
}

const quotePairs: [string, string][] = [
	['"', '"'],
	['“', '”'],
	['「', '」'],
	['『', '』'],
	["'", "'"],
	['‘', '’'],
];

/** `"urban village"`, `“城中村改造”`, `「城中村」` are quoted phrases; anything else is a plain query. */
export function parseQuery(raw: string): ParsedQuery {
	let text = raw.replace(/\s+/g, ' ').trim();
	let quoted = false;
	for (const [open, close] of quotePairs) {
		if (text.length > 2 && text.startsWith(open) && text.endsWith(close)) {
			text = text.slice(open.length, -close.length).trim();
			quoted = true;
			break;
		}
	}
	// Stray quote marks elsewhere never help a match.
	text = text
		.replace(/["“”「」『』]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return { text, phrase: text, quoted: quoted && text.length > 0 };
}

/**
 * Fold a string for matching, keeping its length (so offsets found in the fold are offsets in the
 * original): lower case, full-width ASCII to half-width, curly apostrophes and dashes to plain ones.
 */
export function fold(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		let folded = char;
		if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCodePoint(code - 0xfee0);
		else if (char === '’' || char === '‘') folded = "'";
		else if (char === '–' || char === '—' || char === '‐') folded = '-';
		else if (char === '\u3000') folded = ' ';
		folded = folded.toLowerCase();
		// toLowerCase can change length for a few letters (İ); keep the original then.
		out += folded.length === char.length ? folded : char;
	}
	return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Regular expression for a phrase in folded text: whitespace in the phrase matches any whitespace run (or none between Han characters). */
function phrasePattern(phrase: string): RegExp | undefined {
	const words = fold(phrase).split(/\s+/).filter(Boolean);
	if (words.length === 0) return undefined;
	let source = escapeRegExp(words[0]!);
	for (let i = 1; i < words.length; i++) {
		const between = isHan(words[i - 1]!.slice(-1)) && isHan(words[i]!.slice(0, 1)) ? '\\s*' : '\\s+';
		source += between + escapeRegExp(words[i]!);
	}
	// A Latin or digit phrase starts at a word start (`urban` is not in `suburban`); it may run on (`villages`).
	if (/^[\p{L}\p{N}]/u.test(words[0]!) && !isHan(words[0]!.slice(0, 1))) source = `(?<![\\p{Script=Latin}\\p{N}])${source}`;
	return new RegExp(source, 'gu');
}

/** Where `phrase` occurs in `text` (case- and width-insensitive), as [start, end) offsets in `text`. */
export function phraseRanges(text: string, phrase: string): [number, number][] {
	const pattern = phrasePattern(phrase);
	if (!pattern) return [];
	return [...fold(text).matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as [number, number]);
}

export const containsPhrase = (text: string, phrase: string) => phraseRanges(text, phrase).length > 0;

const englishStopwords = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'on', 'for', 'by', 'with', 'at', 'or', 'is', 'are', 'be', 'as', 'its', 'our']);

/** The words of a query as a reader sees them, for marking them in a hit: Chinese segmented with Intl.Segmenter, other text split on non-letters. (Pagefind is asked for single Han characters: index-terms.ts.) */
export function queryTerms(query: string, lang: string): string[] {
	const { text } = parseQuery(query);
	const terms: string[] = [];
	const chinese = lang.startsWith('zh') || isHan(text);
	if (chinese && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
		const segmenter = new Intl.Segmenter(lang.startsWith('zh') ? lang : 'zh', { granularity: 'word' });
		for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) terms.push(segment);
	} else {
		terms.push(...text.split(/[^\p{L}\p{N}.%]+/u).filter(Boolean));
	}
	return [...new Set(terms.map((term) => fold(term)))].filter((term) => !englishStopwords.has(term) && (isHan(term) || term.length > 1 || /\d/.test(term)));
}

/** A crude English stem so that `village` marks `villages` and `renovation` marks `renovating`. */
function stem(term: string): string {
	if (isHan(term) || term.length <= 4) return term;
	return term.replace(/(ations?|ions?|ing|ed|es|s|e)$/, '') || term;
}

/**
 * The stretches of `text` a reader should see marked for `query`: every occurrence of the whole
 * phrase when the text holds it; otherwise every occurrence of each query word (Han words anywhere,
 * other words at a word start, English by stem). Sorted, non-overlapping.
 */
export function highlightRanges(text: string, query: string, lang: string): [number, number][] {
	const { phrase } = parseQuery(query);
	if (!phrase) return [];
	const exact = phraseRanges(text, phrase);
	if (exact.length > 0) return exact;
	const folded = fold(text);
	const ranges: [number, number][] = [];
	for (const term of queryTerms(query, lang)) {
		if (isHan(term)) {
			for (const match of folded.matchAll(new RegExp(escapeRegExp(term), 'g'))) ranges.push([match.index, match.index + term.length]);
		} else {
			const pattern = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(stem(term))}[\\p{Script=Latin}\\p{N}]*`, 'gu');
			for (const match of folded.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
		}
	}
	return mergeRanges(ranges);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const out: [number, number][] = [];
	for (const range of sorted) {
		const last = out.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else out.push([range[0], range[1]]);
	}
	return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An HTML excerpt of `text` around the first marked stretch, `radius` characters either side,
 * with every marked stretch in `<mark>`; text is escaped.
 */
export function excerptHtml(text: string, ranges: [number, number][], radius: number): string {
	const first = ranges[0];
	let start = first ? Math.max(0, first[0] - radius) : 0;
	let end = first ? Math.min(text.length, first[1] + radius) : Math.min(text.length, radius * 2);
	// Do not cut an English word in half.
	if (start > 0 && first) {
		const space = text.slice(start, first[0]).search(/\s/);
		if (space >= 0) start += space + 1;
	}
	if (end < text.length) {
		const space = text.slice(0, end).search(/\s\S*$/);
		if (space > (first?.[1] ?? 0)) end = space;
	}
	let html = start > 0 ? '…' : '';
	let at = start;
	for (const [from, to] of ranges) {
		if (to <= start || from >= end) continue;
		const a = Math.max(from, start);
		const b = Math.min(to, end);
		html += escapeHtml(text.slice(at, a)) + '<mark>' + escapeHtml(text.slice(a, b)) + '</mark>';
		at = b;
	}
	html += escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
	return html;
}

/** A search hit as the page ranks it: Pagefind's position and score, and the paragraph text once loaded. */
export interface RankedHit {
	/** Pagefind's order (0 = best). */
	rank: number;
	/** The paragraph (or heading, or report) text; undefined when not loaded yet. */
	content: string | undefined;
}

/**
 * Re-rank Pagefind hits for `query`: hits whose text contains the whole phrase come first (Pagefind
 * alone also matches the words scattered across a paragraph, and ranks them as high); Pagefind's
 * order is kept within each group. A quoted query keeps exact hits only. Hits not loaded yet keep
 * their place after the loaded ones.
 */
export function rerank<T extends RankedHit>(hits: readonly T[], query: string): T[] {
	const { phrase, quoted } = parseQuery(query);
	const byRank = [...hits].sort((a, b) => a.rank - b.rank);
	const exact = byRank.filter((hit) => hit.content !== undefined && containsPhrase(hit.content, phrase));
	if (quoted) return exact;
	const rest = byRank.filter((hit) => !exact.includes(hit));
	return [...exact, ...rest.filter((hit) => hit.content !== undefined), ...rest.filter((hit) => hit.content === undefined)];
}
