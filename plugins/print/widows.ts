/**
 * No lone last line: a Chinese paragraph whose last line holds one or two characters (`章！`) looks like
 * an accident on a printed page. The last characters of a paragraph are wrapped in one unbreakable span
 * (`white-space: nowrap` in print.css), so the line breaker carries the characters before them down with
 * them. The text itself is unchanged: only a tag is added, and the PDF text check still reads the same words.
 */

/** Punctuation does not count towards the characters kept together: `篇章！` keeps 篇 and 章 and the ！. */
const PUNCTUATION = /[\p{P}\p{S}\s]/u;

/**
 * Wrap the last `count` characters of `html` (not counting punctuation; an entity counts as one
 * character, tags none) and any punctuation after them in `<span class="keep">`. The span closes
 * where it opened: if the characters begin inside an element that ends within them, the span starts
 * before that element instead. HTML with fewer characters than `count` is returned unchanged.
 */
export function keepLastCharacters(html: string, count = 3): string {
	// Tokens: tags, entities, single code points.
	const tokens = html.match(/<[^>]*>|&#?[a-z0-9]+;|[\s\S]/giu) ?? [];
	let kept = 0;
	let start = -1;
	for (let i = tokens.length - 1; i >= 0; i--) {
		const token = tokens[i]!;
		if (token.startsWith('<') && token.length > 1) continue;
		const character = token.startsWith('&') && token.length > 1 ? 'x' : token;
		if (PUNCTUATION.test(character)) continue;
		kept += 1;
		if (kept === count) {
			start = i;
			break;
		}
	}
	if (start < 0) return html;
	// Move the start back before any element that is opened before it and closed after it.
	let depth = 0;
	for (let i = tokens.length - 1; i >= start; i--) {
		const token = tokens[i]!;
		if (/^<\//.test(token)) depth += 1;
		else if (/^<[a-z]/i.test(token) && !token.endsWith('/>')) depth -= 1;
	}
	while (depth > 0 && start > 0) {
		start -= 1;
		const token = tokens[start]!;
		if (/^<\//.test(token)) depth += 1;
		else if (/^<[a-z]/i.test(token) && !token.endsWith('/>')) depth -= 1;
	}
	if (depth !== 0) return html;
	return `${tokens.slice(0, start).join('')}<span class="keep">${tokens.slice(start).join('')}</span>`;
}
