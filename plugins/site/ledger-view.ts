/** The corrections ledger as the reading page and the corrections page word it (the names of the kinds of change). */
import type { Method } from '../import/ledger.ts';
import { inLanguage, type UiLanguage } from './i18n.ts';

const methodNames: Record<Method, { zh: string; en: string }> = {
	editor: { zh: '编辑复原', en: 'Editorial reconstruction' },
	furniture: {
		zh: '网页附属文字移出正文（工具栏、来源与时间行、图片说明、页脚等，原样记录）',
		en: 'Page furniture set aside (toolbar, source and date lines, photo captions, footers; recorded verbatim)',
	},
	whitespace: { zh: '删去行首行尾空白', en: 'Spaces around a line removed' },
	punctuation: { zh: '半角标点改为全角（GB/T 15834）', en: 'ASCII punctuation made full-width (GB/T 15834)' },
	'pinyin-strip': { zh: '删去拼音注音', en: 'Pinyin annotations removed' },
	'traditional-to-simplified': { zh: '繁体字转为简体（OpenCC）', en: 'Traditional characters converted to Simplified (OpenCC)' },
	'auto:mojibake-shift': { zh: '乱码按字节错位自动复原', en: 'Garbled characters restored from their byte shift (automatic)' },
	'auto:pinyin-hint': { zh: '据拼音注音确定的字（自动）', en: 'Characters settled by the copy’s own pinyin annotation (automatic)' },
	'auto:converter-exception': { zh: '繁简转换例外（自动）', en: 'Conversion exceptions (automatic)' },
};

export const methodName = (method: Method, lang: UiLanguage): string => inLanguage(lang, methodNames[method]);

/** A ledger entry's block id as a link target, or undefined for a head line (`meta`) or furniture (`-`). */
export const blockOf = (paragraph: string): string | undefined => (/^(p|a|n)\d/.test(paragraph) ? paragraph : undefined);

/** A count as the page's language writes it: `4,487` in English, `4487` in Chinese (GB/T 15835 groups no digits with commas). */
export const countIn = (count: number, lang: UiLanguage): string => (lang === 'en' ? count.toLocaleString('en-US') : String(count));
