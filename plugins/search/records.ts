/**
 * What goes into the search index: one Pagefind custom record per paragraph (so a hit is a paragraph
 * and links to `/<lang>/<report>/#<id>`), one per part/section heading, and one per edition for its
 * title and metadata (Pagefind does not search or segment `meta`, so the title, region, meeting and
 * speaker are indexed as the text of a record of their own). Pure: tested in tests/search/records.test.ts.
 */
import type { ReportFrontmatter } from '../content/schemas/report.ts';

/** One search bundle per language edition. */
export { languages as searchLanguages, type Language as SearchLanguage } from '../shared/languages.ts';
import type { Language as SearchLanguage } from '../shared/languages.ts';

/** One block of an edition with its plain text. */
export interface TextBlock {
	id: string;
	kind: 'part' | 'section' | 'paragraph';
	text: string;
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

/** `江苏省常州市天宁区` / `Tianning District, Changzhou, Jiangsu Province` (the edition's data is already in its script). */
export function regionLabel(data: EditionText['data'], language: SearchLanguage): string {
	const { region } = data;
	if (language === 'en') return [region.district?.en, region.city.en, region.province.en].filter(Boolean).join(', ');
	return [region.province.zh, region.city.zh, region.district?.zh].filter(Boolean).join('');
}

/** `Marker text` is `[[untranslated]]` in a partial translation: nothing to index in that language. */
const isUntranslated = (text: string) => text.trim() === '[[untranslated]]';

/**
 * Sort key for "newest first": the delivery date, then the block's position inverted so that a
 * descending sort lists a report's paragraphs in reading order.
 */
export const dateSortKey = (delivered: Date, position: number) => `${delivered.toISOString().slice(0, 10)}-${String(99999 - position).padStart(5, '0')}`;

export function editionRecords(edition: EditionText, labels: RecordLabels): SearchRecord[] {
	const { data, language, blocks } = edition;
	const base = `/${language}/${data.report}/`;
	const region = regionLabel(data, language);
	const date = data.delivered.toISOString().slice(0, 10);
	const reportLine = language === 'en' ? `${data.title} · ${region} · ${data.year}` : `${data.year}年 ${region} ${data.title}`;
	const common = (position: number, part: string) => ({
		language,
		filters: { year: [String(data.year)], region: [region], part: [part], language: [labels.edition] },
		sort: { date: dateSortKey(data.delivered, position) },
	});
	const speaker = language === 'en' ? `${data.speaker.name}, ${data.speaker.role}` : `${data.speaker.role}${data.speaker.name}`;
	const records: SearchRecord[] = [
		{
			url: base,
			content: [data.title, data.headline, region, language === 'en' ? String(data.year) : `${data.year}年`, data.meeting, speaker].filter(Boolean).join(language === 'en' ? '. ' : '　'),
			meta: { title: reportLine, report: data.report, reportLine, heading: data.title, id: '', kind: 'report', date },
			...common(0, labels.opening),
		},
	];
	let part = labels.opening;
	let section = '';
	blocks.forEach((block, index) => {
		if (block.kind === 'part') {
			part = block.text;
			section = '';
		} else if (block.kind === 'section') {
			section = block.text;
		}
		if (block.kind === 'paragraph' && isUntranslated(block.text)) return;
		const heading = block.kind === 'paragraph' ? section || (part === labels.opening ? data.title : part) : block.text;
		records.push({
			url: `${base}#${block.id}`,
			content: block.text,
			meta: { title: `${heading} · ${reportLine}`, report: data.report, reportLine, heading, id: block.id, kind: block.kind, date },
			...common(index + 1, part),
		});
	});
	return records;
}
