import { toTraditional } from '../content/zh-hant.ts';

/** The site is read in the languages of the report editions (plugins/shared/languages.ts). */
export { isLanguage as isUiLanguage, languageNames, languages as uiLanguages, languageShortNames, type Language as UiLanguage } from '../shared/languages.ts';
import type { Language as UiLanguage } from '../shared/languages.ts';

/** Interface strings, written in zh-Hans and English; zh-Hant is converted from zh-Hans (OpenCC, as the editions are). */
const strings = {
	skip: { zh: '跳到正文', en: 'Skip to main text' },
	archive: { zh: '报告档案', en: 'Archive' },
	about: { zh: '关于', en: 'About' },
	colophon: { zh: '版本说明', en: 'Colophon' },
	search: { zh: '搜索', en: 'Search' },
	searchLabel: { zh: '搜索报告全文', en: 'Search the reports' },
	searchPlaceholder: { zh: '关键词', en: 'Keywords' },
	language: { zh: '语言', en: 'Language' },
	mainNav: { zh: '主导航', en: 'Main' },
	breadcrumb: { zh: '位置', en: 'Breadcrumb' },
	contents: { zh: '目录', en: 'Contents' },
	top: { zh: '回到顶部', en: 'Back to top' },
	contentsOpen: { zh: '打开目录', en: 'Open the contents' },
	close: { zh: '关闭', en: 'Close' },
	textSize: { zh: '字号', en: 'Text size' },
	textSizeShort: { zh: '字号', en: 'Text' },
	textSmaller: { zh: '缩小字号', en: 'Smaller text' },
	textDefault: { zh: '默认字号', en: 'Default text size' },
	textLarger: { zh: '放大字号', en: 'Larger text' },
	paraTools: { zh: '本段工具', en: 'Paragraph tools' },
	linkCopied: { zh: '已复制本段链接', en: 'Link to this paragraph copied' },
	linkCopyFailed: { zh: '无法复制链接，可从地址栏复制', en: 'Could not copy the link; copy it from the address bar' },
	notFoundTitle: { zh: '找不到此页', en: 'Page not found' },
	notFoundText: {
		zh: '此地址没有页面。它可能输错了，或者链接已过时。',
		en: 'There is no page at this address. It may be mistyped, or the link may be out of date.',
	},
	home: { zh: '首页', en: 'Home' },
	opening: { zh: '开头', en: 'Opening' },
	meeting: { zh: '会议', en: 'Meeting' },
	delivered: { zh: '日期', en: 'Delivered' },
	speaker: { zh: '报告人', en: 'Speaker' },
	status: { zh: '状态', en: 'Status' },
	edition: { zh: '版本', en: 'Edition' },
	editions: { zh: '语言版本', en: 'Editions' },
	parallel: { zh: '中英对照', en: 'Chinese–English parallel view' },
	parallelShort: { zh: '对照', en: 'Parallel' },
	readingView: { zh: '阅读版', en: 'Reading view' },
	pdf: { zh: 'PDF 下载', en: 'PDF' },
	permalink: { zh: '本段链接', en: 'Link to this paragraph' },
	permalinkHeading: { zh: '本节链接', en: 'Link to this heading' },
	cite: { zh: '引用', en: 'Cite' },
	citeHeading: { zh: '引用本段（GB/T 7714）', en: 'Cite this paragraph' },
	copy: { zh: '复制引用', en: 'Copy citation' },
	copied: { zh: '已复制到剪贴板', en: 'Copied to the clipboard' },
	copyFailed: { zh: '无法复制，请手动选择文字', en: 'Could not copy; select the text instead' },
	paragraphIn: { zh: '本段其他版本', en: 'This paragraph in' },
	untranslated: { zh: '本段尚未翻译，显示中文原文。', en: 'Not yet translated: the Chinese original is shown.' },
	partial: {
		zh: '此译本尚不完整：未翻译的段落显示中文原文。',
		en: 'This translation is partial: paragraphs not yet translated show the Chinese original, marked as such.',
	},
	corrected: { zh: '本报告发布后经过更正。', en: 'This report was corrected after publication.' },
	derived: { zh: '繁体中文版由简体原文经 OpenCC 自动转换（香港标准字形），以简体原文为准。', en: '' },
	translationNote: { zh: '', en: 'English translation. The Chinese original (简体中文) is the authoritative text.' },
	original: { zh: '原文', en: 'Original' },
	translation: { zh: '译文', en: 'Translation' },
	reportsByYear: { zh: '按年份与地区浏览', en: 'Reports by year and region' },
	noReports: { zh: '档案中暂无报告。', en: 'The archive holds no reports yet.' },
	chineseOnly: { zh: '', en: 'Chinese only' },
	read: { zh: '阅读', en: 'Read' },
	reportCount: { zh: '份报告', en: 'reports' },
	paragraph: { zh: '段', en: 'paragraph' },
	footerNote: {
		zh: '政府工作报告原文以简体中文版为准。段落编号（如 p2-s1-3）在所有语言版本中相同，可长期引用。',
		en: 'The Simplified Chinese text is the authoritative original. Paragraph ids (such as p2-s1-3) are the same in every language edition and are permanent.',
	},
	statusValue_final: { zh: '正式版', en: 'Final' },
	statusValue_corrected: { zh: '已更正', en: 'Corrected' },
	statusValue_draft: { zh: '草稿', en: 'Draft' },
} satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof strings;

/** A text written in zh-Hans and English, in `lang`: zh-Hant is converted from zh-Hans (OpenCC, as the editions are). */
export function inLanguage(lang: UiLanguage, text: { zh: string; en: string }): string {
	return lang === 'en' ? text.en : zh(lang, text.zh);
}

/** An interface string in `lang`. */
export const t = (lang: UiLanguage, key: StringKey): string => inLanguage(lang, strings[key]);

/** The archive's name (reportPress({ title })) in `lang`. */
export const archiveNameIn = (lang: UiLanguage, title: { 'zh-Hans': string; en: string }): string => inLanguage(lang, { zh: title['zh-Hans'], en: title.en });

/** Convert a zh-Hans literal for a zh-Hant page; identity otherwise. */
export function zh(lang: UiLanguage, text: string): string {
	return lang === 'zh-Hant' ? toTraditional(text) : text;
}

/** `2025年1月4日` / `January 4, 2025` (dates are calendar dates, read in UTC). */
export function formatDate(date: Date, lang: UiLanguage): string {
	if (lang === 'en') {
		return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
	}
	return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** ISO calendar date `2025-01-04`. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
