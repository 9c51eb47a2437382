import type { Edition, ReportGroup } from '../content/collection.ts';
import { regionFullName, regionOf } from '../content/schemas/region.ts';
import type { ReportFrontmatter } from '../content/schemas/report.ts';
import { editionBlocks, type BlockKind, type ModelBlock } from '../content/model.ts';
import { isoDate, type UiLanguage, uiLanguages, zh } from './i18n.ts';

/** One addressable block of an edition: the block model's (content/model.ts). */
export type Block = ModelBlock;

/** The blocks of an edition, from the block model: its Markdown is parsed once per build, never its HTML. */
export const blocksOf = (entry: Edition): Block[] => editionBlocks(entry.body ?? '', entry.data.language);

/** The element a block is set in on the pages: parts, annexes and the notes heading as h2, sections as h3. */
export const blockTag = (kind: BlockKind): 'h2' | 'h3' | 'p' => (kind === 'section' ? 'h3' : kind === 'paragraph' || kind === 'note' ? 'p' : 'h2');

/** The region as readers of `lang` name it: `江苏省常州市天宁区` / `Tianning District, Changzhou, Jiangsu Province`. */
export function regionName(data: ReportFrontmatter, lang: UiLanguage, { province = true } = {}): string {
	const region = regionOf(data);
	if (lang === 'en') return regionFullName(region, 'en', { province });
	return zh(lang, regionFullName(region, 'zh', { province }));
}

export const archiveUrl = (lang: UiLanguage) => `/${lang}/`;
export const readingUrl = (lang: UiLanguage, report: string, id?: string) => `/${lang}/${report}/${id ? `#${id}` : ''}`;
export const parallelUrl = (lang: UiLanguage, report: string, id?: string) => `/${lang}/${report}/parallel/${id ? `#${id}` : ''}`;
export const correctionsUrl = (lang: UiLanguage, report: string) => `/${lang}/${report}/corrections/`;
export const pageUrl = (lang: UiLanguage, page: 'about' | 'colophon') => `/${lang}/${page}/`;

/** Languages a report can be read in, in switch order. */
export const languagesOf = (group: ReportGroup) => uiLanguages.filter((lang) => group.editions[lang]);

/** The zh edition that pairs with English in parallel view for a reader of `lang`. */
export const parallelChinese = (lang: UiLanguage): 'zh-Hans' | 'zh-Hant' => (lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans');

/** Level words a meeting line may open with in place of the region's name, longest first. */
const meetingLevelWords = ['自治区', '自治州', '自治县', '自治旗', '省', '市', '区', '县', '旗', '盟'];

/** The meeting with its level word (`区…`) expanded to the region (`常州市天宁区…`), for citations. */
export function meetingWithRegion(data: ReportFrontmatter, lang: UiLanguage): string {
	const { meeting } = data;
	const region = regionOf(data);
	// Region names come from the code in Simplified Chinese; a zh-Hant edition's meeting line is converted, so compare converted names.
	const own = zh(lang, region.zh);
	const level = meetingLevelWords.map((word) => zh(lang, word)).find((word) => own.endsWith(word) && meeting.startsWith(word));
	if (level && !meeting.startsWith(own)) {
		// A county is known by its city (or municipality) too: 常州市天宁区, 重庆市渝中区.
		const full = region.level === 'county' && region.parent ? zh(lang, `${region.parent.zh}${region.zh}`) : own;
		return `${full}${meeting.slice(level.length)}`;
	}
	return meeting;
}

/** A piece of a citation: plain text, the paragraph URL, or the access date (both set anew by the browser script). */
export type CitationSegment = { text: string } | { url: string } | { accessed: string; iso: string };

/**
 * Citation of one paragraph. zh: GB/T 7714—2015 electronic resource
 * (`主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取路径.`); en: Chicago style (notes and bibliography).
 */
export function citation(data: ReportFrontmatter, lang: UiLanguage, url: string, accessed: Date, archiveTitle: string): CitationSegment[] {
	const d = data.delivered;
	if (lang !== 'en') {
		const date = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
		const title = `${data.title}：${date}在${meetingWithRegion(data, lang)}上`;
		return [
			{ text: `${data.speaker.name}. ${title}[EB/OL]. (${isoDate(d)})[` },
			{ accessed: isoDate(accessed), iso: isoDate(accessed) },
			{ text: ']. ' },
			{ url },
			{ text: '.' },
		];
	}
	const long = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
	const id = url.split('#')[1];
	return [
		{
			text: `${data.speaker.name}. “${data.title}.” ${regionName(data, 'en')}. Delivered at the ${data.meeting}, ${long.format(d)}. English translation. ${archiveTitle}${id ? `, para. ${id}` : ''}. `,
		},
		{ url },
		{ text: ' (accessed ' },
		{ accessed: long.format(accessed), iso: isoDate(accessed) },
		{ text: ').' },
	];
}
