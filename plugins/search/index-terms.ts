/**
 * How text meets the search index: every Han character is a word of its own, in the records Pagefind
 * indexes and in the queries the pages send it. Pure, shared by the build (records.ts) and the browser
 * (pagefind-bundle.ts); unit-tested in tests/search/index-terms.test.ts.
 *
 * Why not Pagefind's own Chinese words: it segments records with jieba at build time and queries with
 * Intl.Segmenter in the browser, and the two disagree. A query word then matches only where both cut
 * the text alike (新能源汽车: 36 of the 45 paragraphs that hold it came back), and whether a word of
 * the query is found at all depends on the other words the index holds, so an index of one year
 * answered differently from an index of all years. With one character a word, a paragraph that holds a
 * phrase holds every word of the query, in any index: recall is exact and the same in every shard.
 */

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
