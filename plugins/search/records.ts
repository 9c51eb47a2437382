/**
 * What goes into the search index: one Pagefind custom record per paragraph (so a hit is a paragraph
 * and links to `/<lang>/<report>/#<id>`), one per part/section heading, and one per edition for its
 * title and metadata (the title, region, meeting and speaker as the text of a record of their own, so
 * they are found like any text). Pagefind is given these records as index-terms.ts shapes them (words,
 * and meta that is not searched). Pure: tested in tests/search/records.test.ts.
 */
import { regionFullName, regionOf } from '../content/schemas/region.ts';
import { levelNames, regionChain } from '../content/regions.ts';
import { isTextKind, isUntranslated, type BlockKind } from '../content/model.ts';
import type { ReportFrontmatter } from '../content/schemas/report.ts';
import { toTraditional } from '../content/zh-hant.ts';

/** One search bundle per language edition. */
export { languages as searchLanguages, type Language as SearchLanguage } from '../shared/languages.ts';
import type { Language as SearchLanguage } from '../shared/languages.ts';

/** One block of an edition with its plain text (from the block model, content/model.ts). */
export interface TextBlock {
	id: string;
	kind: BlockKind;
	text: string;
	/** A paragraph of a partial translation not yet translated; when absent, read from the text. */
	untranslated?: boolean;
}

export interface EditionText {
	language: SearchLanguage;
	data: Pick<ReportFrontmatter, 'report' | 'title' | 'headline' | 'region' | 'year' | 'meeting' | 'delivered' | 'speaker'>;
	blocks: TextBlock[];
}

/** The record shape Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
	url: string;
	content: string;
	language: SearchLanguage;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/** Words the index itself carries, per edition language (zh-Hant strings are converted by the caller). */
export interface RecordLabels {
	/** Filter value for the opening paragraphs before the first part. */
	opening: string;
	/** Name of the edition (`简体中文`), the `language` filter value. */
	edition: string;
}

/**
 * `江苏省常州市天宁区` / `江蘇省常州市天寧區` / `Tianning District, Changzhou, Jiangsu Province`. The names come
 * from the region code in Simplified Chinese, so a zh-Hant edition converts them as its loader converts its text.
 */
export function regionLabel(data: EditionText['data'], language: SearchLanguage): string {
	const region = regionOf(data);
	if (language === 'en') return regionFullName(region, 'en');
	const name = regionFullName(region, 'zh');
	return language === 'zh-Hant' ? toTraditional(name) : name;
}

/** The level filter value (`省级`, `Province-level`) and the province filter value (`江苏省`, `Jiangsu Province`) of an edition. */
export function levelAndProvince(data: EditionText['data'], language: SearchLanguage): [string, string] {
	const region = regionOf(data);
	const province = regionChain(region)[0]!;
	const names = language === 'en' ? [levelNames[region.level].en, province.en] : [levelNames[region.level].zh, province.zh];
	return language === 'zh-Hant' ? [toTraditional(names[0]!), toTraditional(names[1]!)] : [names[0]!, names[1]!];
}

/**
 * Sort key for "newest first": the delivery date, then the block's position inverted so that a
 * descending sort lists a report's paragraphs in reading order.
 */
/**
 * The shard of the language's index an edition goes into: its year. Each shard is a Pagefind bundle of
 * its own (`/pagefind/<lang>/<shard>/`), indexed apart and merged in the browser, so the memory of one
 * indexing run is bounded by the largest year, and a correction re-indexes that year only. Every record
 * carries its shard as the filter `shard`, so the browser can search some shards and not others.
 */
export const searchShard = (data: Pick<EditionText['data'], 'year'>): string => String(data.year);

export const dateSortKey = (delivered: Date, position: number) => `${delivered.toISOString().slice(0, 10)}-${String(99999 - position).padStart(5, '0')}`;

/** The records of one edition, in reading order; `shard` is the index shard they go into (its year unless the build says otherwise). */
export function editionRecords(edition: EditionText, labels: RecordLabels, shard = searchShard(edition.data)): SearchRecord[] {
	const { data, language, blocks } = edition;
	const base = `/${language}/${data.report}/`;
	const region = regionLabel(data, language);
	const [level, province] = levelAndProvince(data, language);
	const reportLine = language === 'en' ? `${data.title} · ${region} · ${data.year}` : `${data.year}年 ${region} ${data.title}`;
	const common = (position: number, part: string) => ({
		language,
		filters: {
			year: [String(data.year)],
			level: [level],
			province: [province],
			region: [region],
			part: [part],
			language: [labels.edition],
			shard: [shard],
		},
		sort: { date: dateSortKey(data.delivered, position) },
	});
	const speaker = language === 'en' ? `${data.speaker.name}, ${data.speaker.role}` : `${data.speaker.role}${data.speaker.name}`;
	const records: SearchRecord[] = [
		{
			url: base,
			content: [data.title, data.headline, region, language === 'en' ? String(data.year) : `${data.year}年`, data.meeting, speaker]
				.filter(Boolean)
				.join(language === 'en' ? '. ' : '　'),
			meta: { report: data.report, reportLine, heading: data.title, id: '', kind: 'report' },
			...common(0, labels.opening),
		},
	];
	let part = labels.opening;
	let section = '';
	blocks.forEach((block, index) => {
		// Annexes and the notes are searched like parts: their heading is the title of their paragraphs and notes.
		if (block.kind === 'part' || block.kind === 'annex' || block.kind === 'notes') {
			part = block.text;
			section = '';
		} else if (block.kind === 'section') {
			section = block.text;
		}
		const text = isTextKind(block.kind);
		// Nothing to index in that language for a paragraph a partial translation has not translated.
		if (text && (block.untranslated ?? isUntranslated(block.text))) return;
		const heading = text ? section || (part === labels.opening ? data.title : part) : block.text;
		records.push({
			url: `${base}#${block.id}`,
			content: block.text,
			meta: { report: data.report, reportLine, heading, id: block.id, kind: block.kind },
			...common(index + 1, part),
		});
	});
	return records;
}
