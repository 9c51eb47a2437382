/**
 * A report as a reference manager imports it (pure): BibTeX, RIS and CSL-JSON, one record per stored
 * edition (the original, and the translation where there is one; zh-Hant is a machine conversion of the
 * original and is cited as the original). The author is the person who delivered the report, the
 * publisher the people's government on whose behalf it was delivered, the archive where it is read. The
 * URL is given only when the site's address is known: a file without it is still a whole reference.
 */

export interface CitationRecord {
	/** Citation key: the report id, `-en` for the translation. */
	key: string;
	/** BCP 47 tag of the edition. */
	language: 'zh-Hans' | 'en';
	/** Who delivered the report (a personal name, kept whole: Chinese names are family name first). */
	author: string;
	/** The people's government that reports: `常州市天宁区人民政府`. */
	publisher: string;
	/** The document title: `政府工作报告`. */
	title: string;
	/** The session it was delivered at, with its region: `常州市天宁区第十七届人民代表大会第四次会议`. */
	event: string;
	/** How the edition states the occasion: `2025年1月4日在…上` / `Delivered at the … on January 4, 2025. English translation`. */
	note: string;
	/** Day delivered. */
	date: Date;
	/** The archive the edition is read in. */
	archive: string;
	/** Absolute reading-page URL, only with a configured site. */
	url?: string | undefined;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const languageName = { 'zh-Hans': 'Chinese', en: 'English' } as const;

/** BibTeX value in braces, TeX's special characters escaped; inner braces keep names and titles as written. */
const bibValue = (text: string) =>
	`{${text
		.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
		.replace(/([&%$#_])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}')
		.replace(/\^/g, '\\textasciicircum{}')}}`;

export function bibtex(records: readonly CitationRecord[]): string {
	return records
		.map((record) => {
			const fields: [string, string][] = [
				['author', `{${bibValue(record.author)}}`],
				['title', `{${bibValue(record.title)}}`],
				['note', bibValue(record.note)],
				['publisher', `{${bibValue(record.publisher)}}`],
				['howpublished', bibValue(record.archive)],
				['date', `{${iso(record.date)}}`],
				['year', `{${record.date.getUTCFullYear()}}`],
				...(record.url ? ([['url', `{${record.url}}`]] as [string, string][]) : []),
				['language', `{${languageName[record.language]}}`],
			];
			return `@misc{${record.key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
		})
		.join('\n');
}

/** RIS (tagged lines, CRLF), type GOVDOC; DA as YYYY/MM/DD. */
export function ris(records: readonly CitationRecord[]): string {
	return records
		.map((record) => {
			const lines: [string, string][] = [
				['TY', 'GOVDOC'],
				['AU', record.author],
				['TI', record.title],
				['PB', record.publisher],
				['DA', iso(record.date).replaceAll('-', '/')],
				['PY', String(record.date.getUTCFullYear())],
				['N1', record.note],
				['DB', record.archive],
				...(record.url ? ([['UR', record.url]] as [string, string][]) : []),
				['LA', record.language],
			];
			return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`).join('\r\n')}\r\nER  - \r\n`;
		})
		.join('');
}

/** CSL-JSON (the citeproc input format): an array of items of type `speech`. */
export function cslJson(records: readonly CitationRecord[]): string {
	const dateParts = (date: Date) => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });
	const items = records.map((record) => ({
		id: record.key,
		type: 'speech',
		title: record.title,
		author: [{ literal: record.author }],
		publisher: record.publisher,
		'event-title': record.event,
		'event-date': dateParts(record.date),
		issued: dateParts(record.date),
		note: record.note,
		archive: record.archive,
		...(record.url ? { URL: record.url } : {}),
		language: record.language,
	}));
	return `${JSON.stringify(items, null, 2)}\n`;
}

export const citationFormats = {
	bib: { render: bibtex, type: 'application/x-bibtex; charset=utf-8' },
	ris: { render: ris, type: 'application/x-research-info-systems; charset=utf-8' },
	'csl.json': { render: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof citationFormats;

export const citationPath = (report: string, format: CitationFormat) => `/api/reports/${report}.${format}`;
