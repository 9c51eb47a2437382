import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import type { ReportFrontmatter } from '../content/schemas/report.ts';
import { isoDate, type UiLanguage, uiLanguages, zh } from './i18n.ts';

export type Edition = CollectionEntry<'reports'>;

/** One report with every edition the archive holds of it. */
export interface ReportGroup {
	report: string;
	/** The zh-Hans original's data (always present when the report exists). */
	original: ReportFrontmatter;
	editions: Partial<Record<UiLanguage, Edition>>;
}

/** One addressable block of a rendered edition. */
export interface Block {
	id: string;
	kind: 'part' | 'section' | 'paragraph';
	/** Inner HTML (inline content only). */
	html: string;
	/** Paragraph held as `[[untranslated]]` in a partial translation. */
	untranslated: boolean;
}

/** Every report in the archive (drafts excluded), newest first, then by region. */
export async function getReports(): Promise<ReportGroup[]> {
	const entries = await getCollection('reports', (entry) => entry.data.status !== 'draft');
	const groups = new Map<string, ReportGroup['editions']>();
	for (const entry of entries) {
		const editions = groups.get(entry.data.report) ?? {};
		editions[entry.data.language] = entry;
		groups.set(entry.data.report, editions);
	}
	return [...groups]
		.flatMap(([report, editions]) => {
			const original = editions['zh-Hans']?.data;
			return original ? [{ report, original, editions }] : [];
		})
		.sort((a, b) => b.original.year - a.original.year || a.report.localeCompare(b.report));
}

const blockPattern = /<(h2|h3|p) id="([^"]+)" data-block="(part|section|paragraph)">([\s\S]*?)<\/\1>/g;

/** Split an edition's rendered HTML into its addressable blocks (the remark plugin gave each its id). */
export function blocksOf(entry: Edition): Block[] {
	const html = entry.rendered?.html ?? '';
	return [...html.matchAll(blockPattern)].map((match) => {
		const inner = match[4] ?? '';
		return { id: match[2]!, kind: match[3] as Block['kind'], html: inner, untranslated: inner.trim() === '[[untranslated]]' };
	});
}

/** Plain text of a block's HTML (for the TOC and titles). */
export const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The region as readers of `lang` name it: `江苏省常州市天宁区` / `Tianning District, Changzhou, Jiangsu Province`. */
export function regionName(data: ReportFrontmatter, lang: UiLanguage, { province = true } = {}): string {
	const { region } = data;
	if (lang === 'en') return [region.district?.en, region.city.en, province ? region.province.en : undefined].filter(Boolean).join(', ');
	return zh(lang, [province ? region.province.zh : undefined, region.city.zh, region.district?.zh].filter(Boolean).join(''));
}

export const archiveUrl = (lang: UiLanguage) => `/${lang}/`;
export const readingUrl = (lang: UiLanguage, report: string, id?: string) => `/${lang}/${report}/${id ? `#${id}` : ''}`;
export const parallelUrl = (lang: UiLanguage, report: string, id?: string) => `/${lang}/${report}/parallel/${id ? `#${id}` : ''}`;
export const pageUrl = (lang: UiLanguage, page: 'about' | 'colophon') => `/${lang}/${page}/`;

/** Languages a report can be read in, in switch order. */
export const languagesOf = (group: ReportGroup) => uiLanguages.filter((lang) => group.editions[lang]);

/** The zh edition that pairs with English in parallel view for a reader of `lang`. */
export const parallelChinese = (lang: UiLanguage): 'zh-Hans' | 'zh-Hant' => (lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans');

/** The meeting with its level word (`区…`) expanded to the region (`常州市天宁区…`), for citations. */
export function meetingWithRegion(data: ReportFrontmatter): string {
	const { region, meeting } = data;
	const local = region.district?.zh ?? region.city.zh;
	const level = local.at(-1);
	if (level && meeting.startsWith(level) && !meeting.startsWith(local)) {
		const full = region.district ? `${region.city.zh}${region.district.zh}` : region.city.zh;
		return `${full}${meeting.slice(1)}`;
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
		const title = `${data.title}：${date}在${meetingWithRegion(data)}上`;
		return [{ text: `${data.speaker.name}. ${title}[EB/OL]. (${isoDate(d)})[` }, { accessed: isoDate(accessed), iso: isoDate(accessed) }, { text: ']. ' }, { url }, { text: '.' }];
	}
	const long = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
	const id = url.split('#')[1];
	return [
		{ text: `${data.speaker.name}. “${data.title}.” ${regionName(data, 'en')}. Delivered at the ${data.meeting}, ${long.format(d)}. English translation. ${archiveTitle}${id ? `, para. ${id}` : ''}. ` },
		{ url },
		{ text: ' (accessed ' },
		{ accessed: long.format(accessed), iso: isoDate(accessed) },
		{ text: ').' },
	];
}
