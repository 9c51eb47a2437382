/**
 * Whether an English rendering occurs in a paragraph: case-insensitive, quotes ignored (“trillion-yuan
 * city” and "trillion-yuan city" are one rendering), hyphens and spaces interchangeable, a leading
 * article and parenthesised notes in the rendering optional, and each word allowed simple
 * inflection (-s, -es, -ed, -ing, -ies), so "build a high-standard farmland" matches "high-standard
 * farmlands".
 */
export function renderingPattern(rendering: string): RegExp {
	const core = normalise(rendering.replace(/\([^)]*\)/g, ' ')).replace(/^(?:the|a|an) /, '');
	const words = core.split(/[\s-]+/).filter(Boolean).map(inflected);
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

export const renderingOccurs = (rendering: string, text: string): boolean => renderingPattern(rendering).test(normalise(text));

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
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!/^[a-z]+$/i.test(word) || word.length < 3) return escaped;
	if (/[^aeiou]y$/i.test(word)) return `${escaped.slice(0, -1)}(?:y|ies|ied|ying)`;
	if (/e$/i.test(word)) return `${escaped.slice(0, -1)}(?:e|es|ed|ing)`;
	return `${escaped}(?:s|es|ed|ing)?`;
}

/**
 * Start offsets of `term` in `text`, leaving out those inside a longer glossary term found at the
 * same place (新能源 inside 新能源汽车 is checked as part of the longer term, whose rendering rules).
 */
export function termOccurrences(term: string, text: string, allTerms: readonly string[]): number[] {
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
