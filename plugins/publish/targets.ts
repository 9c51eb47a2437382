/**
 * The targets of every report as data (pure): the records of `/api/targets.json` and
 * `/api/targets.csv`, read from each report's zh-Hans original by the indicator extractor
 * (plugins/content/figures/indicator-records.ts). The endpoints and the comparison page only feed it.
 */
import { reportIndicatorRecords, type IndicatorRecord } from '../content/figures/indicator-records.ts';
import { indicators } from '../content/figures/indicators.ts';
import { editionBlocks } from '../content/model.ts';
import { regionByCode, type Region } from '../content/regions.ts';
import { csvField, type ReportSource } from './export.ts';
import { targetsFormatVersion, type TargetRecordExport, type TargetsExport } from './targets-schema.ts';

export const targetsPaths = {
	json: '/api/targets.json',
	csv: '/api/targets.csv',
	schema: '/api/schema/targets.schema.json',
};

/** A record with the report's year and region, as published. */
export type TargetRecord = IndicatorRecord & { year: number; region: Pick<Region, 'code' | 'level' | 'zh' | 'en'> };

/** Every record of every report (archive order; within a report, targets then achieved values, in text order). */
export function targetRecords(sources: readonly ReportSource[]): TargetRecord[] {
	return sources.flatMap((source) => {
		const original = source.editions['zh-Hans'];
		if (!original) return [];
		const region = regionByCode(original.data.region);
		// A report whose region the data does not know is caught by the region check; it has no row here.
		if (!region) return [];
		const blocks = editionBlocks(original.body, 'zh-Hans');
		const place = { code: region.code, level: region.level, zh: region.zh, en: region.en };
		return reportIndicatorRecords(source.report, blocks, original.data.year).map((record) => ({ ...record, year: original.data.year, region: place }));
	});
}

/** Where the paragraph of a record is read (`/zh-Hans/<report>/#<block>`, absolute when the site is known). */
export type RecordUrl = (record: Pick<IndicatorRecord, 'report' | 'block'>) => string;

const recordOut = (record: TargetRecord, url: RecordUrl): TargetRecordExport => ({
	report: record.report,
	year: record.year,
	region: record.region,
	kind: record.kind,
	indicator: record.indicator,
	...(record.low !== undefined ? { low: record.low, high: record.high!, unit: record.unit! } : {}),
	qualifier: record.qualifier,
	striveForBetter: record.striveForBetter,
	phrase: record.phrase,
	offset: record.offset,
	...(record.figure ? { figure: record.figure } : {}),
	block: record.block,
	url: url(record),
});

/** English name of each indicator by key: `englishNames()` of the archive's glossary (indicators.ts). */
export type IndicatorNames = ReadonlyMap<string, string>;

/** The JSON export of all records; each indicator's `en` is its name in `names` (the glossary's rendering). */
export function targetsExport(
	records: readonly TargetRecord[],
	urls: { schema: string; csv: string; record: RecordUrl },
	names: IndicatorNames,
): TargetsExport {
	return {
		$schema: urls.schema,
		format: 'report-press/targets',
		formatVersion: targetsFormatVersion,
		indicators: indicators.map((indicator) => ({
			key: indicator.key,
			zh: indicator.zh,
			en: names.get(indicator.key) ?? indicator.en,
			units: [...indicator.units],
		})),
		records: records.map((record) => recordOut(record, urls.record)),
		csv: urls.csv,
	};
}

/** Header of the targets CSV. */
export const targetsCsvHeader = [
	'report',
	'year',
	'region_code',
	'region_level',
	'region_zh',
	'region_en',
	'kind',
	'indicator',
	'indicator_en',
	'low',
	'high',
	'unit',
	'qualifier',
	'strive_for_better',
	'figure',
	'phrase',
	'block',
	'url',
] as const;

/**
 * All records as CSV, one row per record, like the figures CSV: UTF-8 with a byte order mark (Excel reads
 * the Chinese correctly), CRLF line ends, RFC 4180 quoting. `indicator_en` is the name in `names` (the
 * glossary's rendering), empty for `other`.
 */
export function targetsCsv(records: readonly TargetRecord[], url: RecordUrl, names: IndicatorNames): string {
	const lines = [targetsCsvHeader.join(',')];
	for (const record of records) {
		lines.push(
			[
				record.report,
				record.year,
				record.region.code,
				record.region.level,
				record.region.zh,
				record.region.en,
				record.kind,
				record.indicator,
				names.get(record.indicator),
				record.low,
				record.high,
				record.unit,
				record.qualifier,
				record.striveForBetter ? 'true' : 'false',
				record.figure,
				record.phrase,
				record.block,
				url(record),
			]
				.map(csvField)
				.join(','),
		);
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
