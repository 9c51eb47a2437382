/**
 * Whether an English rendering occurs in a paragraph: case-insensitive, quotes ignored (“trillion-yuan
 * city” and "trillion-yuan city" are one rendering), hyphens and spaces interchangeable, a leading
 * article and parenthesised notes in the rendering optional, and each word allowed simple
 * inflection (-s, -es, -ed, -ing, -ies), so "build a high-standard farmland" matches "high-standard
 * farmlands".
 */
export function renderingPattern(rendering: string): RegExp {
	const known = patterns.get(rendering);
	if (known) return known;
	const core = normalise(rendering.replace(/\([^)]*\)/g, ' ')).replace(/^(?:the|a|an) /, '');
	const words = core
		.split(/[\s-]+/)
		.filter(Boolean)
		.map(inflected);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
	patterns.set(rendering, pattern);
	return pattern;
}

/** Compiled once per rendering (no `g` flag, so a pattern holds no state between tests). */
const patterns = new Map<string, RegExp>();
/** The checks ask about one paragraph several times in a row (each rendering of each term it holds). */
let lastText = '';
let lastNormalised = '';

export const renderingOccurs = (rendering: string, text: string): boolean => {
	if (text !== lastText) {
		lastNormalised = normalise(text);
		lastText = text;
	}
	return renderingPattern(rendering).test(lastNormalised);
};

/** Straight text: no quote marks, one kind of apostrophe, single spaces. */
function normalise(text: string): string {
	return text
		.replace(/[“”"‘’'`«»]/g, (ch) => (ch === '’' || ch === "'" ? "'" : ''))
		.replace(/'(?![a-z])/gi, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

function inflected(word: string): string {
	if (!/^[a-z]+$/i.test(word) || word.length < 4) return escape(word);
	// Back to a stem first, so the glossary may hold any form ("deepening reform" matches "deepen reform").
	const stem = /(?<=...)(?:ing|ed)$/i.test(word)
		? word.replace(/(?:ing|ed)$/i, '')
		: /ies$/i.test(word)
			? word.replace(/ies$/i, 'y')
			: word.replace(/(?<=[^su])s$/i, '');
	if (/[^aeiou]y$/i.test(stem)) return `${escape(stem.slice(0, -1))}(?:y|ies|ied|ying)`;
	return `${escape(stem.replace(/e$/i, ''))}e?(?:s|es|ed|d|ing)?`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Start offsets of `term` in `text`, leaving out those inside a longer glossary term found at the
 * same place (新能源 inside 新能源汽车 is checked as part of the longer term, whose rendering rules).
 */
export function termOccurrences(term: string, text: string, allTerms: readonly string[]): number[] {
	if (!text.includes(term)) return [];
	const longer = allTerms.filter((other) => other.length > term.length && other.includes(term));
	const covered: [number, number][] = [];
	for (const other of longer) {
		for (let at = text.indexOf(other); at >= 0; at = text.indexOf(other, at + 1)) covered.push([at, at + other.length]);
	}
	const found: number[] = [];
	for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
		if (!covered.some(([start, end]) => at >= start && at + term.length <= end)) found.push(at);
	}
	return found;
}
