/**
 * Build-time text of the print edition (the blocks come from the block model, content/model.ts): the
 * text a block must show in the PDF, and dates as each edition writes them. English is never
 * hyphenated (styles/print/print.css says why), so the HTML holds no soft hyphens.
 */
export type { PrintEdition } from '../shared/languages.ts';

/** The text a block must show in the PDF (tags stripped, entities decoded). */
export function blockText(inner: string): string {
	return decodeEntities(inner.replace(/<[^>]+>/g, ''));
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
