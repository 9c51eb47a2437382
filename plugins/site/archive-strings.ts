import type { RegionLevel } from './archive-index.ts';
import { inLanguage, zh, type UiLanguage } from './i18n.ts';

/**
 * Interface strings of the listing, the filter and the region pages, in zh-Hans and English; zh-Hant
 * is converted from zh-Hans with the same `zh()` the rest of the interface uses. Kept apart from
 * i18n.ts so that the archive's reading aids stay one module.
 */
const strings = {
	filter: { zh: '筛选报告', en: 'Filter the reports' },
	year: { zh: '年份', en: 'Year' },
	level: { zh: '级别', en: 'Level' },
	province: { zh: '省份', en: 'Province' },
	text: { zh: '地区或标题', en: 'Region or title' },
	textPlaceholder: { zh: '如 江苏、常州', en: 'e.g. Jiangsu' },
	all: { zh: '全部', en: 'All' },
	reset: { zh: '清除筛选', en: 'Clear filter' },
	/** `{shown}` of `{total}`, filled in by the filter script. */
	shown: { zh: '显示 {shown} / {total} 份报告', en: 'Showing {shown} of {total} reports' },
	noMatch: { zh: '没有符合筛选条件的报告。', en: 'No report matches the filter.' },
	regionPage: { zh: '地区页', en: 'Region page' },
	regionReports: { zh: '本级政府工作报告', en: 'Reports of this government' },
	regionNone: { zh: '本级政府暂无报告，下级地区的报告见下。', en: 'The archive holds no report of this government itself; see the regions below.' },
	below: { zh: '下级地区', en: 'Regions within' },
	above: { zh: '上级地区', en: 'Part of' },
	regionTitle: { zh: '{region}政府工作报告', en: 'Government work reports of {region}' },
	chineseOriginal: { zh: '', en: 'Chinese original only; no English translation yet' },
	titleEn: { zh: '', en: 'Government Work Report' },
	notTranslated: { zh: '', en: 'English: not translated' },
	level_province: { zh: '省级', en: 'Province-level' },
	level_city: { zh: '地市级', en: 'Prefecture-level cities' },
	level_county: { zh: '县区级', en: 'County-level' },
} satisfies Record<string, { zh: string; en: string }>;

export type ArchiveStringKey = keyof typeof strings;

export function listingText(lang: UiLanguage, key: ArchiveStringKey): string {
	return inLanguage(lang, strings[key]);
}

export const levelName = (lang: UiLanguage, level: RegionLevel) => listingText(lang, `level_${level}`);

/** `（3份）` / `(3)`: the count after a group heading; the number alone is marked for the filter script. */
export const countWords = (lang: UiLanguage) => (lang === 'en' ? { before: '(', after: ')' } : { before: '（', after: zh(lang, '份）') });

/** `2026年` / `2026`. */
export const yearName = (lang: UiLanguage, year: number) => (lang === 'en' ? String(year) : `${year}年`);
