/**
 * The comparison pages (`/<lang>/compare/<year>/<level>/`): the targets of every report of one year
 * and government level side by side, one row per report (regions in GB/T 2260 order), one column per
 * indicator of the vocabulary that any of them sets. Pure: takes the records of the targets export
 * (plugins/publish/targets.ts), so the page and `/api/targets.json` can never disagree.
 */
import { formatFigure } from '../content/figures/format.ts';
import { indicators, indicatorsIn, otherIndicator, type Indicator } from '../content/figures/indicators.ts';
import type { Qualifier } from '../content/figures/indicator-records.ts';
import type { FigureUnit } from '../content/figures/types.ts';
import type { RegionLevel } from '../content/regions.ts';
import type { IndicatorNames, TargetRecord } from '../publish/targets.ts';
import { zh, type UiLanguage } from './i18n.ts';

export interface CompareRow {
	report: string;
	region: TargetRecord['region'];
	/** The target of each column (same order as `columns`), with the achieved value of the past year where the review states one. */
	cells: ({ target: TargetRecord; achieved?: TargetRecord } | undefined)[];
	/** Targets that name no indicator of the vocabulary. */
	others: TargetRecord[];
}

export interface ComparePage {
	year: number;
	level: RegionLevel;
	/** The indicators set by any report of the page, in vocabulary order; `en` is the glossary's name (`englishNames()`). */
	columns: Indicator[];
	rows: CompareRow[];
}

const levelOrder: RegionLevel[] = ['province', 'city', 'county'];

/** One page per year and level that has targets, newest year first; columns named in English by `names`. */
export function comparePages(records: readonly TargetRecord[], names: IndicatorNames): ComparePage[] {
	const groups = Map.groupBy(records, (record) => `${record.year} ${record.region.level}`);
	const pages: ComparePage[] = [];
	for (const group of groups.values()) {
		const targets = group.filter((record) => record.kind === 'target');
		if (targets.length === 0) continue;
		const { year, region } = group[0]!;
		const keys = new Set(targets.map((record) => record.indicator));
		const columns = indicators
			.filter((indicator) => keys.has(indicator.key))
			.map((indicator) => ({ ...indicator, en: names.get(indicator.key) ?? indicator.en }));
		const byReport = Map.groupBy(group, (record) => record.report);
		const rows = [...byReport.entries()]
			.map(([report, own]): CompareRow => {
				const first = (kind: TargetRecord['kind'], key: string) => own.find((record) => record.kind === kind && record.indicator === key);
				return {
					report,
					region: own[0]!.region,
					cells: columns.map((column) => {
						const target = first('target', column.key);
						if (!target) return undefined;
						const achieved = first('achieved', column.key);
						return { target, ...(achieved ? { achieved } : {}) };
					}),
					others: own.filter((record) => record.kind === 'target' && record.indicator === otherIndicator),
				};
			})
			.filter((row) => row.cells.some(Boolean) || row.others.length > 0)
			.sort((a, b) => a.region.code.localeCompare(b.region.code));
		pages.push({ year, level: region.level, columns, rows });
	}
	return pages.sort((a, b) => b.year - a.year || levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level));
}

/** A chart of one indicator needs this many reports with a figure: fewer compare nothing (the table shows them). */
export const minChartReports = 3;

/** One indicator's chart on a comparison page: the rows whose target states a figure in the chart's unit. */
export interface CompareChart {
	column: Indicator;
	/** The column's index in `page.columns` (and in each row's `cells`). */
	index: number;
	unit: FigureUnit;
	/** Rows charted, in page order. */
	rows: CompareRow[];
	/** Rows that set the indicator in another unit (粮食产量 in 万吨 beside 亿斤): listed, not drawn on a common axis they do not share. */
	otherUnit: CompareRow[];
	/** Rows that give no figure for it (a direction, 与经济增长同步, or no target at all). */
	noFigure: CompareRow[];
}

/**
 * The charts of a page: one per indicator that at least `minChartReports` reports state with a figure,
 * in column order (so GDP growth, first in the vocabulary, comes first). The unit is the one most
 * reports use, the vocabulary's order of units breaking a tie.
 */
export function compareCharts(page: ComparePage): CompareChart[] {
	return page.columns.flatMap((column, index): CompareChart[] => {
		const numeric = page.rows.filter((row) => row.cells[index]?.target.low !== undefined && row.cells[index]?.target.unit !== undefined);
		const count = (unit: FigureUnit) => numeric.filter((row) => row.cells[index]!.target.unit === unit).length;
		const unit = [...column.units].sort((a, b) => count(b) - count(a))[0];
		if (!unit || count(unit) < minChartReports) return [];
		const rows = numeric.filter((row) => row.cells[index]!.target.unit === unit);
		return [
			{
				column,
				index,
				unit,
				rows,
				otherUnit: numeric.filter((row) => !rows.includes(row)),
				noFigure: page.rows.filter((row) => !numeric.includes(row)),
			},
		];
	});
}

export const compareUrl = (lang: UiLanguage, year: number, level: RegionLevel) => `/${lang}/compare/${year}/${level}/`;

/**
 * The target as the Chinese source words it, without the indicator's name: `增长5%左右`, `控制在5%以内`,
 * `按增长5%安排`, `与经济增长同步`, `只增不减`. Up to the first comma, so a wish for a better result is
 * left to its mark. A clause that sets several indicators at once (分别增长4.5%、5.5%左右) gives each its figure.
 */
export function sourceWording(record: TargetRecord): string {
	const { phrase } = record;
	if (record.figure && phrase.includes('分别')) return record.figure;
	const named = indicatorsIn(phrase).find((match) => match.key === record.indicator);
	const rest = (named ? phrase.slice(named.end) : phrase).split(/[，,]/)[0]!.replace(/^[、和与及等]+/, '');
	return rest || record.figure || phrase;
}

const enQualifier: Record<Qualifier, string> = {
	about: 'about {}',
	'at-least': '{} or more',
	over: 'over {}',
	'at-most': 'at most {}',
	nearly: 'nearly {}',
	range: '{}',
	exact: '{}',
	planned: '{} (planned)',
	'in-step': 'in step with economic growth',
	above: 'above its reference',
	assigned: 'as assigned by the higher level',
	qualitative: 'qualitative',
};

/** A figure the way the English page writes it: `5–5.5%`, `500,000`, `160 billion jin`. */
export function englishFigure(record: Pick<TargetRecord, 'low' | 'high' | 'unit'>): string {
	if (record.low === undefined || record.unit === undefined) return '';
	const ends = record.low === record.high ? [record.low] : [record.low, record.high!];
	if (record.unit === 'percent') return `${ends.map((value) => value.toLocaleString('en-US', { maximumFractionDigits: 6 })).join('–')}%`;
	if (record.unit === 'count') return ends.map((value) => value.toLocaleString('en-US')).join('–');
	return formatFigure({ value: record.low, unit: record.unit, ...(ends.length === 2 ? { range: [record.low, record.high!] as [number, number] } : {}) });
}

/**
 * The text of a cell in the page's language: the Chinese wording of the source, or its English
 * reading. A direction without a figure (提质增效, 只增不减) or a comparison (高于全国平均水平) has no
 * English reading the data can give, so the English page shows the Chinese wording, marked as such.
 */
export function cellText(record: TargetRecord, lang: UiLanguage): { text: string; lang?: 'zh-Hans' } {
	if (lang !== 'en') return { text: zh(lang, sourceWording(record)) };
	if (record.qualifier === 'qualitative' || record.qualifier === 'above') return { text: sourceWording(record), lang: 'zh-Hans' };
	return { text: enQualifier[record.qualifier].replace('{}', englishFigure(record)) };
}

/** The achieved value in a cell: the figure as written, or its English reading. */
export function achievedText(record: TargetRecord, lang: UiLanguage): string {
	return lang === 'en' ? englishFigure(record) : zh(lang, record.figure ?? '');
}
