/**
 * The model of the targets export (`/api/targets.json`): the main expected targets and the achieved
 * figures of every published report, one record per indicator (plugins/content/figures/indicator-records.ts).
 * `/api/schema/targets.schema.json` is generated from it with `z.toJSONSchema`, and the export is
 * validated against it at build time, as the report export is (export-schema.ts).
 */
import { z } from 'astro/zod';
import { qualifiers } from '../content/figures/indicator-records.ts';
import { indicatorKeys, otherIndicator } from '../content/figures/indicators.ts';
import { figureUnitSchema } from './export-schema.ts';

/** Version of the targets format; raised on any change a consumer would notice. */
export const targetsFormatVersion = 1;

const keys: [string, ...string[]] = [indicatorKeys[0]!, ...indicatorKeys.slice(1), otherIndicator];
const indicatorKeySchema = z
	.enum(keys)
	.describe('Indicator key from the vocabulary (`indicators` of this document), or `other` for a clause that names none of them (its text is in `phrase`).');

export const qualifierSchema = z
	.enum(qualifiers)
	.describe(
		'How the source bounds the figure: `about` 左右, `at-least` 以上, `over` 超过, `at-most` 以内/以下, `nearly` 近, `range` a range (5%—5.5%), `exact` a bare figure, `planned` 按…安排, `in-step` 与经济增长同步, `above` 高于 a reference, `assigned` 完成国家下达任务 and the like, `qualitative` a direction without a figure.',
	);

const regionSchema = z
	.object({
		code: z
			.string()
			.regex(/^\d{6}$/)
			.describe('GB/T 2260 code of the region.'),
		level: z.enum(['province', 'city', 'county']).describe('Government level.'),
		zh: z.string().min(1).describe('Name in Chinese (江苏省).'),
		en: z.string().min(1).describe('Name in English (Jiangsu Province).'),
	})
	.strict()
	.describe('The government that reports.');

export const targetRecordSchema = z
	.object({
		report: z.string().describe('Report id (`2026-jiangsu`).'),
		year: z.number().int().describe('The year the report plans for; achieved values are of the year before.'),
		region: regionSchema,
		kind: z
			.enum(['target', 'achieved'])
			.describe('target: one of the main expected targets of the year (主要预期目标); achieved: a figure the review reports for the past year.'),
		indicator: indicatorKeySchema,
		low: z
			.number()
			.optional()
			.describe(
				'Low end of the figure (equal to `high` unless the source states a range), normalised (万 folded in: 50万人 = 500000); absent without a figure.',
			),
		high: z.number().optional().describe('High end of the figure.'),
		unit: figureUnitSchema.optional(),
		qualifier: qualifierSchema,
		striveForBetter: z.boolean().describe('The source asks for more than the figure (在实际工作中努力争取更好结果, 争取更优水平).'),
		phrase: z.string().min(1).describe('The clause as the source writes it: an exact substring of the paragraph text (zh-Hans).'),
		offset: z
			.number()
			.int()
			.nonnegative()
			.describe('Offset of `phrase` in the paragraph text (UTF-16 code units), as in the report export’s `structure[].text`.'),
		figure: z.string().optional().describe('The figure as written (`5%—5.5%`, `50万人以上`).'),
		block: z
			.string()
			.regex(/^p\d+(-s\d+)?(-\d+)?$/)
			.describe('Id of the paragraph.'),
		url: z.string().describe('The paragraph in the zh-Hans reading page.'),
	})
	.strict()
	.describe('One indicator of one report: a target or an achieved value, read by machine from the text (the text is authoritative).');

export const targetsExportSchema = z
	.object({
		$schema: z.string().describe('URL of this JSON Schema.'),
		format: z.literal('report-press/targets').describe('Format name.'),
		formatVersion: z.literal(targetsFormatVersion).describe('Format version.'),
		indicators: z
			.array(
				z
					.object({
						key: z.string().describe('Stable key.'),
						zh: z.string().describe('Name in Chinese.'),
						en: z.string().describe('Name in English.'),
						units: z.array(figureUnitSchema).describe('Units a figure of this indicator has.'),
					})
					.strict(),
			)
			.describe('The indicator vocabulary, in its order.'),
		records: z
			.array(targetRecordSchema)
			.describe('Every record of every published report: reports in archive order, then targets and achieved values in the order of the text.'),
		csv: z.string().describe('The same records as CSV (UTF-8 with BOM, CRLF, RFC 4180).'),
	})
	.strict()
	.meta({
		title: 'report-press targets export',
		description: 'The main expected targets and the achieved values of every report in the archive, one normalised record per indicator.',
	});

export type TargetsExport = z.infer<typeof targetsExportSchema>;
export type TargetRecordExport = z.infer<typeof targetRecordSchema>;

/** The JSON Schema of the targets export. */
export function targetsJsonSchema(schemaUrl: string): Record<string, unknown> {
	const schema = z.toJSONSchema(targetsExportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
	return { $schema: schema.$schema, $id: schemaUrl, ...schema };
}
