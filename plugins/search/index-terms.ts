/**
 * How text meets the search index: every Han character is a word of its own, in the records Pagefind
 * indexes and in the queries the pages send it; a record's meta is carried so that it holds no word.
 * Pure, shared by the build (integrations/search.ts) and the browser (pagefind-bundle.ts); unit-tested in
 * tests/search/index-terms.test.ts.
 *
 * Why not Pagefind's own Chinese words: it segments records with jieba at build time and queries with
 * Intl.Segmenter in the browser, and the two disagree. A query word then matches only where both cut
 * the text alike (新能源汽车: 36 of the 45 paragraphs that hold it came back), and whether a word of
 * the query is found at all depends on the other words the index holds, so an index of one year
 * answered differently from an index of all years. With one character a word, a paragraph that holds a
 * phrase holds every word of the query, in any index: recall is exact and the same in every shard.
 */
import type { SearchRecord } from './records.ts';

/** Pagefind's own word separator in a record's stored text; its search page code removes every one, so the text a reader sees is unchanged. */
const WORD_SEPARATOR = '\u200b';

/** A boundary between a Han character and anything but whitespace, on either side. */
const hanBoundary = /(?<=\p{Script=Han})(?=\S)|(?<=\S)(?=\p{Script=Han})/gu;

/** Record text for Pagefind: each Han character set apart as a word of its own, nothing else changed. */
export const indexText = (text: string): string => text.replace(hanBoundary, WORD_SEPARATOR);

/**
 * The words a query asks Pagefind for, in order: each Han character, and each other run between
 * whitespace; runs without a letter or digit (punctuation) are not words to Pagefind and are dropped.
 */
export function searchTerms(text: string): string[] {
	return text
		.replace(hanBoundary, ' ')
		.split(/\s+/)
		.filter((term) => /[\p{L}\p{N}]/u.test(term));
}

/** A single Han character: a word of the index that is only ever matched whole. */
export const isHanTerm = (term: string): boolean => /^\p{Script=Han}$/u.test(term);

/** The query string Pagefind is given for these words: as one exact phrase (Pagefind's quoted search: the words in a row) or as words that must all occur. */
export const pagefindQuery = (terms: readonly string[], exact: boolean): string => (exact ? `"${terms.join(' ')}"` : terms.join(' '));

/**
 * Pagefind (since 1.5) also matches the words of a record's meta, each whitespace-separated run as one
 * word, which a query finds only by its start and only if it lies in the part of the index loaded for
 * that query: a paragraph came back for 一 in one index and not in another because of its heading. A
 * hit is what a record's text holds, so meta values are written in sixteen signs that are neither
 * letters nor digits (four per UTF-16 unit): Pagefind finds no word in them, and readMeta restores them.
 */
const META_DIGITS = "!$%&'()+,-./:;<=";

const inert = (text: string): string => {
	let out = '';
	for (let at = 0; at < text.length; at++) {
		const unit = text.charCodeAt(at);
		out += META_DIGITS[unit >> 12]! + META_DIGITS[(unit >> 8) & 15]! + META_DIGITS[(unit >> 4) & 15]! + META_DIGITS[unit & 15]!;
	}
	return out;
};

const digit = (sign: string, value: string): number => {
	const index = META_DIGITS.indexOf(sign);
	if (index < 0) throw new Error(`search index: meta value ${JSON.stringify(value.slice(0, 40))} is not in the index's meta form`);
	return index;
};

const restore = (value: string): string => {
	let out = '';
	for (let at = 0; at + 3 < value.length; at += 4)
		out += String.fromCharCode(
			(digit(value[at]!, value) << 12) | (digit(value[at + 1]!, value) << 8) | (digit(value[at + 2]!, value) << 4) | digit(value[at + 3]!, value),
		);
	return out;
};

/** A record as Pagefind is given it: its text with each Han character a word, its meta in the form no word is found in. */
export const pagefindRecord = (record: SearchRecord): SearchRecord => ({
	...record,
	content: indexText(record.content),
	meta: Object.fromEntries(Object.entries(record.meta).map(([key, value]) => [key, inert(value)])),
});

/** The meta of a record as the build wrote it, from the form Pagefind holds it in. */
export const readMeta = (meta: Record<string, string>): Record<string, string> =>
	Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, restore(value)]));
