/**
 * The model of the data exports (`/api/reports/<report>.json`, `/api/index.json`), in zod, with a
 * description on every field. `/api/schema/report.schema.json` is generated from it with
 * `z.toJSONSchema`, and the exports are validated against it at build time, so the published
 * schema, the published data and the report model (schemas/report.ts) cannot drift apart: edition
 * metadata reuses the report model's own field schemas (dates as ISO strings in JSON).
 */
import { z } from 'astro/zod';
import { editionLanguages, reportSchema } from '../content/schemas/report.ts';

const model = reportSchema.shape;
const isoDate = () => z.iso.date();

const regionCodeSchema = z.string().regex(/^\d{6}$/);
const regionLevelSchema = z
	.enum(['province', 'city', 'county'])
	.describe(
		'Government level: province-level division (province, municipality, autonomous region), prefecture-level city, or county-level division (district, county, county-level city).',
	);
const bilingual = (what: string) =>
	z
		.object({
			zh: z.string().min(1).describe(`${what}, in Chinese (e.g. 天宁区).`),
			en: z.string().min(1).describe(`${what}, in English (e.g. Tianning District).`),
		})
		.strict()
		.describe(what);
const regionSchema = z
	.object({
		code: regionCodeSchema.describe('GB/T 2260 code of the region (6 digits, e.g. 320402).'),
		level: regionLevelSchema,
		name: z
			.object({
				zh: z.string().min(1).describe('In Chinese, province first (江苏省常州市天宁区).'),
				en: z.string().min(1).describe('In English, province last (Tianning District, Changzhou, Jiangsu Province).'),
			})
			.strict()
			.describe('Full name of the region.'),
		chain: z
			.array(
				z
					.object({
						code: regionCodeSchema.describe('GB/T 2260 code.'),
						level: regionLevelSchema,
						zh: z.string().min(1).describe('Name in Chinese (常州市).'),
						en: z.string().min(1).describe('Name in English (Changzhou).'),
					})
					.strict(),
			)
			.min(1)
			.describe('Every level from the province-level division down to the region itself.'),
		province: bilingual('Province-level division'),
		city: bilingual('Prefecture-level city; absent for a province-level report and for a district of a municipality').optional(),
		district: bilingual('District or county; absent for a province’s or a city’s own report').optional(),
	})
	.strict()
	.describe('Where the government that reports sits: its GB/T 2260 code, and its names (derived from the code) in Chinese and English.');
const sourceSchema = z
	.object({
		file: model.source.shape.file.describe('File name of the raw text in the report folder.'),
		sha256: model.source.shape.sha256.describe('SHA-256 of that file, lowercase hex.'),
		url: model.source.shape.url.describe('Address of the page the copy was taken from, where the copy records it.'),
		publisher: model.source.shape.publisher.describe('Who published the copy, as the copy names it (e.g. 湖南日报).'),
		published: isoDate().optional().describe('Day the copy was published, as the copy dates it.'),
		retrieved: isoDate().optional().describe('Day the copy was received into the archive.'),
	})
	.strict()
	.describe('The raw text the original was imported from (provenance).');

/** Version of the export format; raised on any change a consumer would notice. */
export const exportFormatVersion = 2;

const languageSchema = z
	.enum(editionLanguages)
	.describe('A language edition: zh-Hans (original), zh-Hant (converted from zh-Hans by OpenCC at build time), en (translation).');

export const figureUnitSchema = z
	.enum([
		'CNY',
		'USD',
		'EUR',
		'percent',
		'pp',
		'mu',
		'm2',
		'km2',
		'ha',
		'km',
		'm',
		't',
		'jin',
		'ug/m3',
		'year',
		'month',
		'day',
		'years',
		'months',
		'days',
		'hours',
		'times',
		'rank',
		'count',
	])
	.describe(
		'Normalised unit. Money by currency with the magnitude folded into the value (48亿元 = 4800000000 CNY); `pp` percentage points; `year`/`month`/`day` calendar positions, `years`/`months`/`days`/`hours` durations; `count` any counted thing; `rank` an ordinal (第37位); `jin` 斤 (0.5 kg, grain); `ug/m3` micrograms per cubic metre (PM2.5).',
	);

const approxSchema = z
	.enum(['about', 'over', 'nearly', 'at-least', 'at-most'])
	.describe('How the text qualifies the figure: 约/左右 about, 超/余/多 over, 近 nearly, 以上 at-least, 以内 at-most.');

export const figureExportSchema = z
	.object({
		value: z.number().describe('Normalised value (for a range, its low end).'),
		unit: figureUnitSchema,
		approx: approxSchema.optional(),
		range: z.tuple([z.number(), z.number()]).optional().describe('Both ends of a range (3-5年), normalised like `value`.'),
		raw: z.string().describe('The figure as the text writes it (`48亿元`, `RMB 4.8 billion`).'),
		offset: z.number().int().nonnegative().describe('Offset of `raw` in the block text (UTF-16 code units).'),
	})
	.strict()
	.describe('A figure read from the text by machine (plugins/figures). The text is authoritative.');

const correctionSchema = z
	.object({
		date: isoDate().describe(model.corrections.unwrap().element.shape.date.description ?? 'Day the correction was published.'),
		note: z.string().min(1).describe('What changed and why, in the edition’s language.'),
	})
	.strict()
	.describe('A correction made after publication.');

const pdfSchema = z
	.object({
		href: z.string().describe('Path of the PDF on this site (`/pdf/<report>-<edition>.pdf`).'),
		bytes: z.number().int().nonnegative().describe('File size in bytes.'),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/)
			.describe('SHA-256 of the file, lowercase hex.'),
	})
	.strict()
	.describe('The print edition of this language as PDF.');

export const editionExportSchema = z
	.object({
		language: languageSchema,
		title: model.title.describe('Document title in the edition’s language.'),
		headline: model.headline.describe('The page title the source carried, if any.'),
		meeting: model.meeting.describe('The session the report was delivered at, in the edition’s language.'),
		speaker: z
			.object({ name: z.string().describe('Personal name.'), role: z.string().describe('Office(s) held, as the source states them.') })
			.strict()
			.describe('Who delivered the report, in the edition’s language.'),
		status: model.status.describe('Editorial state of the edition: final, or corrected after publication (drafts are never published).'),
		derivedFrom: model.derivedFrom.describe('For an edition converted by machine (zh-Hant): the edition it was converted from.'),
		translationOf: model.translationOf.describe('For a translation: the language of the edition it translates.'),
		completeness: model.completeness.describe('For a translation: complete, or partial (untranslated paragraphs have `text` null).'),
		corrections: z.array(correctionSchema).optional().describe('Corrections made after publication, oldest first.'),
		version: isoDate()
			.optional()
			.describe('Version date: the latest of its corrections, its last revision (`updated`) and the day the source copy was received.'),
		url: z.string().describe('Reading page of this edition.'),
		pdf: pdfSchema.optional(),
	})
	.strict()
	.describe('One language edition: its metadata as stored in the frontmatter, and where to read it.');

export const blockExportSchema = z
	.object({
		id: z
			.string()
			.regex(/^(p\d+(-s\d+)?(-\d+)?|a\d+(-\d+)?|notes|n\d+)$/)
			.describe(
				'Stable id from the structure (`p2-s1-3`; annexes `a1`, their paragraphs `a1-3`; the notes `notes`, each note `n<N>` by its number), the same in every edition and never changed by corrections. Permalink: `<edition url>#<id>`.',
			),
		kind: z
			.enum(['part', 'section', 'paragraph', 'annex', 'notes', 'note'])
			.describe(
				'part (一、), section (（一）), paragraph (also the paragraphs of an annex), annex (the heading of an annex after the report: 附件1…), notes (the heading of the notes: 注释) or note (one note, opening with its marker ［N］).',
			),
		parent: z.string().optional().describe('Id of the part, section, annex or notes holding this block; absent at the top level.'),
		text: z
			.partialRecord(languageSchema, z.string().nullable())
			.describe('Plain text in each edition, without Markdown; null for a paragraph a partial translation has not translated yet.'),
		leads: z.partialRecord(languageSchema, z.array(z.string())).describe('Lead phrases (set in bold) in each edition, in order; omitted languages have none.'),
		figures: z
			.partialRecord(z.enum(['zh-Hans', 'en']), z.array(figureExportSchema))
			.describe('Figures in the original and the translation (zh-Hant holds the zh-Hans figures: it is converted character by character).'),
	})
	.strict()
	.describe('A part, section, paragraph, annex, notes heading or note of the report.');

const rowTextSchema = z
	.object({
		clause: z.string().describe('The clause the figure stands in.'),
		figure: z.string().optional().describe('The figure as written; absent for a target stated without a number.'),
	})
	.strict();

export const figureRowExportSchema = z
	.object({
		kind: z
			.enum(['target', 'result'])
			.describe('target: one of the main expected targets (主要预期目标); result: a measured figure from the review of the past year.'),
		block: z.string().describe('Id of the paragraph the row comes from.'),
		value: z.number().optional().describe('Normalised value; absent for a target stated without a number.'),
		unit: figureUnitSchema.optional(),
		approx: approxSchema.optional(),
		range: z.tuple([z.number(), z.number()]).optional().describe('Both ends of a range.'),
		text: z.partialRecord(languageSchema, rowTextSchema).describe('The row in each edition that has it.'),
	})
	.strict()
	.describe('A row of the figures table shown on the reading page.');

export const reportExportSchema = z
	.object({
		$schema: z.string().describe('URL of this JSON Schema.'),
		format: z.literal('report-press/report').describe('Format name.'),
		formatVersion: z.literal(exportFormatVersion).describe('Format version.'),
		report: model.report.describe('Report id: `<year>-<city>-<district>` in lowercase pinyin; the same in every edition and URL.'),
		year: model.year.describe('The year the report plans for (the year it is delivered in).'),
		delivered: isoDate().describe('Day the report was delivered (ISO 8601 date).'),
		region: regionSchema,
		status: model.status.describe('final, or corrected after publication (then see each edition’s `corrections`).'),
		source: sourceSchema,
		editions: z.partialRecord(languageSchema, editionExportSchema).describe('Every published language edition, keyed by language.'),
		structure: z.array(blockExportSchema).describe('Every part, section and paragraph in reading order, with its text in each edition.'),
		targets: z.array(figureRowExportSchema).describe('The main expected targets, clause by clause.'),
		results: z.array(figureRowExportSchema).describe('Key results: measured figures of the review of the past year.'),
		csv: z.string().describe('The same figures as CSV (UTF-8 with BOM, RFC 4180).'),
	})
	.strict()
	.meta({
		title: 'report-press report export',
		description:
			'One government work report with every published language edition: metadata, structure with stable ids, text per language, and figures with values and units.',
	});

export const indexExportSchema = z
	.object({
		$schema: z.string().describe('URL of the report JSON Schema each listed report follows.'),
		format: z.literal('report-press/index').describe('Format name.'),
		formatVersion: z.literal(exportFormatVersion).describe('Format version.'),
		title: z.record(z.string(), z.string()).describe('Name of the archive, per language.'),
		reports: z
			.array(
				z
					.object({
						report: model.report.describe('Report id.'),
						year: model.year.describe('Year.'),
						delivered: isoDate().describe('Day delivered.'),
						status: model.status.describe('final or corrected.'),
						region: regionSchema,
						title: z.partialRecord(languageSchema, z.string()).describe('Title per edition.'),
						languages: z.array(languageSchema).describe('Published editions.'),
						json: z.string().describe('The report export (`/api/reports/<report>.json`).'),
						csv: z.string().describe('Its figures as CSV (`/api/reports/<report>-figures.csv`).'),
						urls: z.partialRecord(languageSchema, z.string()).describe('Reading page per edition.'),
					})
					.strict(),
			)
			.describe('Every published report, newest first.'),
	})
	.strict()
	.meta({ title: 'report-press archive index', description: 'Every report the archive publishes, with links to its data.' });

export type ReportExport = z.infer<typeof reportExportSchema>;
export type IndexExport = z.infer<typeof indexExportSchema>;
export type BlockExport = z.infer<typeof blockExportSchema>;

/** The JSON Schema of the report export, with the index schema under `$defs`. */
export function reportJsonSchema(schemaUrl: string): Record<string, unknown> {
	const report = z.toJSONSchema(reportExportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
	const index = z.toJSONSchema(indexExportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
	delete index.$schema;
	return { $schema: report.$schema, $id: schemaUrl, ...report, $defs: { ...(report.$defs as object | undefined), index } };
}
