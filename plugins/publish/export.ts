/**
 * The data exports of one report (pure): the JSON document (`/api/reports/<report>.json`, model in
 * export-schema.ts) and the CSV of its figures (`/api/reports/<report>-figures.csv`), plus the
 * archive index (`/api/index.json`). The Astro endpoints in archive/routes/ only feed them.
 */
import type { Figure } from '../content/figures/index.ts';
import { regionChain, type Region } from '../content/regions.ts';
import { regionFullName, regionOf } from '../content/schemas/region.ts';
import { editionLanguages, type EditionLanguage, type ReportFrontmatter } from '../content/schemas/report.ts';
import { versionDate } from './provenance.ts';
import { exportFormatVersion, type BlockExport, type IndexExport, type ReportExport } from './export-schema.ts';
import { editionBlocks, type ModelBlock } from '../content/model.ts';
import { clauseAt, pickFigures, type FigureRow, type FiguresTable } from '../content/figures/targets.ts';

export interface EditionSource {
	data: ReportFrontmatter;
	/** The edition's Markdown (frontmatter may be included). */
	body: string;
}

export interface PdfInfo {
	href: string;
	bytes: number;
	sha256: string;
}

export interface ReportSource {
	report: string;
	editions: Partial<Record<EditionLanguage, EditionSource>>;
}

/** Where things are published (site-relative paths, or absolute URLs when the site is known). */
export interface ExportUrls {
	reading: (language: EditionLanguage, report: string) => string;
	schema: string;
	json: (report: string) => string;
	csv: (report: string) => string;
	pdf?: (report: string, language: EditionLanguage) => PdfInfo | undefined;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Languages of a report in a fixed order (zh-Hans, zh-Hant, en). */
export const languagesIn = (source: ReportSource): EditionLanguage[] => editionLanguages.filter((language) => source.editions[language]);

/** Blocks of every edition of a report. */
export function reportBlocks(source: ReportSource): Partial<Record<EditionLanguage, ModelBlock[]>> {
	return Object.fromEntries(languagesIn(source).map((language) => [language, editionBlocks(source.editions[language]!.body, language)]));
}

/** The figures table of a report (targets and key results in every edition). */
export const figuresTableOf = (source: ReportSource, blocks = reportBlocks(source)): FiguresTable => pickFigures(blocks);

/** The part, section, annex or notes a block belongs to (ids say it: `p2-s1-3` → `p2-s1`, `a1-2` → `a1`, `n3` → `notes`). */
const parentOf = (id: string): string | undefined => {
	if (/^n\d+$/.test(id)) return 'notes';
	const annex = /^(a\d+)-\d+$/.exec(id);
	if (annex) return annex[1];
	const match = /^(p\d+)(-s\d+)?(-\d+)?$/.exec(id);
	if (!match || match[1] === 'p0') return undefined;
	if (match[3]) return match[2] ? `${match[1]}${match[2]}` : match[1];
	return match[2] ? match[1] : undefined;
};

const figureOut = (figure: Figure) => ({
	value: figure.value,
	unit: figure.unit,
	...(figure.approx ? { approx: figure.approx } : {}),
	...(figure.range ? { range: figure.range } : {}),
	raw: figure.raw,
	offset: figure.offset,
});

/** The JSON export of one report. */
export function reportExport(source: ReportSource, urls: ExportUrls): ReportExport {
	const languages = languagesIn(source);
	const original = source.editions['zh-Hans'];
	if (!original) throw new Error(`report ${source.report} has no zh-Hans original`);
	const blocks = reportBlocks(source);
	const table = figuresTableOf(source, blocks);
	const byLanguage = Object.fromEntries(languages.map((language) => [language, new Map(blocks[language]!.map((block) => [block.id, block]))]));
	const structure: BlockExport[] = blocks['zh-Hans']!.map((block) => {
		const parent = parentOf(block.id);
		const text: BlockExport['text'] = {};
		const leads: BlockExport['leads'] = {};
		const figures: BlockExport['figures'] = {};
		for (const language of languages) {
			const own = byLanguage[language]!.get(block.id);
			text[language] = own?.text ?? null;
			if (own?.leads.length) leads[language] = own.leads;
			if ((language === 'zh-Hans' || language === 'en') && own?.figures.length) figures[language] = own.figures.map(figureOut);
		}
		return { id: block.id, kind: block.kind, ...(parent ? { parent } : {}), text, leads, figures };
	});
	const data = original.data;
	return {
		$schema: urls.schema,
		format: 'report-press/report',
		formatVersion: exportFormatVersion,
		report: source.report,
		year: data.year,
		delivered: isoDay(data.delivered),
		region: regionOut(data),
		status: data.status,
		source: sourceOut(data.source),
		editions: Object.fromEntries(languages.map((language) => [language, editionOut(source, language, urls)])),
		structure,
		targets: table.targets.map(rowOut),
		results: table.results.map(rowOut),
		csv: urls.csv(source.report),
	};
}

/** The region of a report with the names its code stands for (format 2; format 1 had only the names). */
function regionOut(data: ReportFrontmatter): ReportExport['region'] {
	const region = regionOf(data);
	const chain = regionChain(region);
	const names = (level: Region | undefined) => (level ? { zh: level.zh, en: level.en } : undefined);
	const city = names(chain.find((level) => level.level === 'city'));
	const district = names(chain.find((level) => level.level === 'county'));
	return {
		code: region.code,
		level: region.level,
		name: { zh: regionFullName(region, 'zh'), en: regionFullName(region, 'en') },
		chain: chain.map((level) => ({ code: level.code, level: level.level, zh: level.zh, en: level.en })),
		province: names(chain[0])!,
		...(city ? { city } : {}),
		...(district ? { district } : {}),
	};
}

function editionOut(source: ReportSource, language: EditionLanguage, urls: ExportUrls) {
	const data = source.editions[language]!.data;
	const pdf = urls.pdf?.(source.report, language);
	const version = versionDate(data);
	return {
		language,
		title: data.title,
		...(data.headline ? { headline: data.headline } : {}),
		meeting: data.meeting,
		speaker: { name: data.speaker.name, role: data.speaker.role },
		status: data.status,
		...(data.derivedFrom ? { derivedFrom: data.derivedFrom } : {}),
		...(data.translationOf ? { translationOf: data.translationOf } : {}),
		...(data.completeness ? { completeness: data.completeness } : {}),
		...(data.corrections?.length ? { corrections: data.corrections.map((correction) => ({ date: isoDay(correction.date), note: correction.note })) } : {}),
		...(version ? { version: isoDay(version) } : {}),
		url: urls.reading(language, source.report),
		...(pdf ? { pdf } : {}),
	};
}

/** The source copy as the frontmatter records it, dates as ISO days. */
function sourceOut(source: ReportFrontmatter['source']): ReportExport['source'] {
	return {
		file: source.file,
		sha256: source.sha256,
		...(source.url ? { url: source.url } : {}),
		...(source.publisher ? { publisher: source.publisher } : {}),
		...(source.published ? { published: isoDay(source.published) } : {}),
		...(source.retrieved ? { retrieved: isoDay(source.retrieved) } : {}),
	};
}

const rowOut = (row: FigureRow) => ({
	kind: row.kind,
	block: row.block,
	...(row.value !== undefined ? { value: row.value } : {}),
	...(row.unit ? { unit: row.unit } : {}),
	...(row.approx ? { approx: row.approx } : {}),
	...(row.range ? { range: row.range } : {}),
	text: row.text,
});

/** The index of every published report (`/api/index.json`). */
export function indexExport(sources: readonly ReportSource[], urls: ExportUrls, title: Record<string, string>): IndexExport {
	return {
		$schema: urls.schema,
		format: 'report-press/index',
		formatVersion: exportFormatVersion,
		title,
		reports: sources.map((source) => {
			const data = source.editions['zh-Hans']!.data;
			const languages = languagesIn(source);
			return {
				report: source.report,
				year: data.year,
				delivered: isoDay(data.delivered),
				status: data.status,
				region: regionOut(data),
				title: Object.fromEntries(languages.map((language) => [language, source.editions[language]!.data.title])),
				languages,
				json: urls.json(source.report),
				csv: urls.csv(source.report),
				urls: Object.fromEntries(languages.map((language) => [language, urls.reading(language, source.report)])),
			};
		}),
	};
}

/** Header of the figures CSV. */
export const csvHeader = ['report', 'block', 'language', 'value', 'unit', 'approx', 'range_from', 'range_to', 'raw', 'role', 'context'] as const;

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled). */
export const csvField = (value: string | number | undefined): string => {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The figures of a report as CSV: one row per figure per language (zh-Hans original, en
 * translation), in reading order; `role` marks the figures of the targets table (`target`) and of
 * the key results (`result`); `context` is the clause the figure stands in. UTF-8 with a byte order
 * mark (so Excel reads the Chinese correctly), CRLF line ends, RFC 4180 quoting.
 */
export function figuresCsv(source: ReportSource, blocks = reportBlocks(source)): string {
	const table = figuresTableOf(source, blocks);
	const roles = new Map<string, FigureRow['kind']>();
	for (const row of [...table.targets, ...table.results]) {
		for (const [language, text] of Object.entries(row.text)) if (text?.figure) roles.set(`${row.block}|${language}|${text.figure}`, row.kind);
	}
	const lines: string[] = [csvHeader.join(',')];
	for (const block of blocks['zh-Hans'] ?? []) {
		for (const language of ['zh-Hans', 'en'] as const) {
			const own = blocks[language]?.find((candidate) => candidate.id === block.id);
			if (!own?.text) continue;
			for (const figure of own.figures) {
				const role = roles.get(`${block.id}|${language}|${figure.raw}`) ?? '';
				const context = clauseAt(own.text, figure, language === 'en' ? 'en' : 'zh');
				lines.push(
					[source.report, block.id, language, figure.value, figure.unit, figure.approx, figure.range?.[0], figure.range?.[1], figure.raw, role, context]
						.map(csvField)
						.join(','),
				);
			}
		}
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
