/**
 * Build-time HTML for the print edition (the blocks come from the block model, content/model.ts):
 * hyphenate English text with soft hyphens (headless Chromium has no `hyphens: auto` dictionaries),
 * the text a block must show in the PDF, and dates as each edition writes them.
 */
import hyphenEnUs from 'hyphen/en-us/index.js';

const { hyphenateSync } = hyphenEnUs as { hyphenateSync: (text: string, options: object) => string };

export type { PrintEdition } from '../shared/languages.ts';

const SOFT_HYPHEN = '\u00AD';

/** Insert soft hyphens into the English words of an HTML fragment (text only, never tags or entities). */
export function hyphenateHtml(html: string): string {
	return html.replace(/(^|>)([^<]+)/g, (_all, open: string, text: string) => open + hyphenateText(text));
}

function hyphenateText(text: string): string {
	// Words of six letters or more; an entity (&hellip;) or an all-capitals acronym is left alone.
	return text.replace(/(&?)([A-Za-z]{6,})/g, (all, amp: string, word: string) => {
		if (amp || word === word.toUpperCase()) return all;
		return hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 6 }) as string;
	});
}

/** The text a block must show in the PDF (tags stripped, entities decoded, soft hyphens removed). */
export function blockText(inner: string): string {
	return decodeEntities(inner.replace(/<[^>]+>/g, '')).replaceAll(SOFT_HYPHEN, '');
}

function decodeEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, code: string) => {
		if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
		return named[code.toLowerCase()] ?? all;
	});
}

/** `2025-01-04` as the edition's language writes it. */
export function formatDate(date: Date, language: 'zh-Hans' | 'en'): string {
	const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
	if (language === 'en') {
		const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
		return `${month} ${d}, ${y}`;
	}
	return `${y}年${m}月${d}日`;
}
