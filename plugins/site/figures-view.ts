/**
 * What the figures section of a reading page shows (pure). The tables list every figure of the
 * targets passage and the review, in the page language (zh-Hant pages show the converted text; a row
 * the translation lacks shows the original, marked with its language). The charts show only what the
 * indicator records (content/figures/indicator-records.ts) can name, so that a chart never puts
 * unrelated quantities on one scale: one chart of growth rates, one of reductions, and one per other
 * indicator (a rate, a share or an amount compares only with itself), each row an indicator with this
 * year's target and the past year's achieved value, named as the comparison pages name it.
 */
import { indicatorOf, indicators, otherIndicator } from '../content/figures/indicators.ts';
import type { FigureUnit } from '../content/figures/types.ts';
import type { EditionLanguage } from '../content/schemas/report.ts';
import type { FigureRow } from '../content/figures/targets.ts';
import type { IndicatorNames, TargetRecord } from '../publish/targets.ts';
import { achievedText, cellText } from './compare.ts';
import { inLanguage, zh, type UiLanguage } from './i18n.ts';

export interface ViewRow {
	kind: FigureRow['kind'];
	block: string;
	clause: string;
	figure?: string;
	/** Language the row's text is in (differs from the page when the translation lacks the row). */
	lang: EditionLanguage;
}

/**
 * A rate's "per" belongs to its figure: the parser reads 490元 in 490元/月 (and RMB 490 in "RMB 490 per
 * month") because the amount is what the translation check compares, but the table shows the figure as
 * the text writes it.
 */
const perUnit = /^(?:\/[月年日天人户亩次]|\s?per (?:month|year|day|person|capita|household|mu)\b)/;

export function figureAsWritten(clause: string, figure: string): string {
	const at = clause.indexOf(figure);
	if (at < 0) return figure;
	const per = perUnit.exec(clause.slice(at + figure.length));
	return per ? figure + per[0] : figure;
}

export function viewRows(rows: readonly FigureRow[], lang: EditionLanguage): ViewRow[] {
	return rows.map((row) => {
		const shown = row.text[lang] ? lang : 'zh-Hans';
		const text = row.text[shown]!;
		return {
			kind: row.kind,
			block: row.block,
			clause: text.clause,
			...(text.figure ? { figure: figureAsWritten(text.clause, text.figure) } : {}),
			lang: shown,
		};
	});
}

/** One bar: a figure of one record, its ends (equal unless a range) and its text. */
export interface ChartValue {
	low: number;
	high: number;
	text: string;
}

export interface ChartRow {
	indicator: string;
	/** The indicator's name in the page language; empty in a chart of one indicator, whose title names it. */
	label: string;
	target?: ChartValue;
	achieved?: ChartValue;
}

export interface ChartGroup {
	/** `growth`, `reduction`, or `<indicator>:<unit>` for a chart of one indicator. */
	key: string;
	/** The quantity and its unit in the page language (`增长率（%）`, `New urban jobs`). */
	title: string;
	unit: FigureUnit;
	rows: ChartRow[];
}

/** Unit words for a chart title; a count has none (its figures say 万人, and the indicator's name says what is counted). */
const unitNames: Partial<Record<FigureUnit, { zh: string; en: string }>> = {
	percent: { zh: '%', en: '%' },
	CNY: { zh: '元', en: 'RMB' },
	USD: { zh: '美元', en: 'USD' },
	t: { zh: '吨', en: 'tonnes' },
	jin: { zh: '斤', en: 'jin' },
	mu: { zh: '亩', en: 'mu' },
	ha: { zh: '公顷', en: 'hectares' },
	'ug/m3': { zh: '微克/立方米', en: 'μg/m³' },
};

const withUnit = (lang: UiLanguage, name: string, unit: FigureUnit) => {
	const word = unitNames[unit];
	if (!word) return name;
	return lang === 'en' ? `${name} (${word.en})` : `${name}（${zh(lang, word.zh)}）`;
};

/** A figure beside a bar is short: the concentration unit as its symbol, as the chart's title writes it. */
const short = (text: string) => text.replace('micrograms per cubic meter', 'μg/m³');

/** Growth rates compare with each other (all are a change on the previous year in percent), and so do reductions. */
const sharedCharts = {
	growth: { zh: '增长率', en: 'Growth rates' },
	reduction: { zh: '下降率', en: 'Reductions' },
} as const;

/**
 * The charts of one report from its records (`targetRecords()` of the report): the first target and the
 * first achieved value of each indicator that states a figure in one of the indicator's units; records
 * of `other`, records without a figure and a chart's only figure are left to the tables. Growth rates
 * first, then reductions, then one chart per other indicator, in the vocabulary's order; rows likewise.
 */
export function indicatorCharts(records: readonly TargetRecord[], lang: UiLanguage, names: IndicatorNames): ChartGroup[] {
	const groups = new Map<string, ChartGroup>();
	const value = (record: TargetRecord, text: string): ChartValue => ({ low: record.low!, high: record.high!, text });
	for (const record of records) {
		const indicator = indicatorOf(record.indicator);
		if (!indicator || record.indicator === otherIndicator || record.low === undefined || !record.unit || !indicator.units.includes(record.unit)) continue;
		const shared = indicator.measure !== 'level' && record.unit === 'percent' ? indicator.measure : undefined;
		const key = shared ?? `${indicator.key}:${record.unit}`;
		const name = inLanguage(lang, { zh: indicator.zh, en: names.get(indicator.key) ?? indicator.en });
		let group = groups.get(key);
		if (!group) {
			const title = shared ? withUnit(lang, inLanguage(lang, sharedCharts[shared]), 'percent') : withUnit(lang, name, record.unit);
			group = { key, title, unit: record.unit, rows: [] };
			groups.set(key, group);
		}
		let row = group.rows.find((candidate) => candidate.indicator === indicator.key);
		if (!row) {
			row = { indicator: indicator.key, label: shared ? name : '' };
			group.rows.push(row);
		}
		if (record.kind === 'target' && !row.target) row.target = value(record, short(lang === 'en' ? cellText(record, lang).text : zh(lang, record.figure ?? '')));
		if (record.kind === 'achieved' && !row.achieved) row.achieved = value(record, short(achievedText(record, lang)));
	}
	const order = (key: string) => indicators.findIndex((indicator) => indicator.key === key);
	const rank = (group: ChartGroup) => (group.key === 'growth' ? -2 : group.key === 'reduction' ? -1 : order(group.rows[0]!.indicator));
	for (const group of groups.values()) group.rows.sort((a, b) => order(a.indicator) - order(b.indicator));
	// A chart of one figure compares nothing: such a figure is left to the tables.
	const values = (group: ChartGroup) => group.rows.reduce((sum, row) => sum + (row.target ? 1 : 0) + (row.achieved ? 1 : 0), 0);
	return [...groups.values()].filter((group) => values(group) >= 2).sort((a, b) => rank(a) - rank(b));
}

/** A tick of a chart's axis: `5%`; other units in the page's compact notation (`120万`, `1.2M`), the title naming the unit. */
export function tickText(unit: FigureUnit, lang: UiLanguage): (value: number) => string {
	if (unit === 'percent') return (value) => `${value}%`;
	const format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN', { notation: 'compact', maximumFractionDigits: 1 });
	return (value) => format.format(value);
}

/** A chart's figures in words, row by row (`地区生产总值增长：2025年目标5%左右，2024年实际5%。`), for its text alternative. */
export function chartDescription(group: ChartGroup, lang: UiLanguage, names: { target: string; achieved: string }): string {
	const en = lang === 'en';
	const sentences = group.rows.map((row) => {
		const values = [
			row.target && `${names.target}${en ? ' ' : ''}${row.target.text}`,
			row.achieved && `${names.achieved}${en ? ' ' : ''}${row.achieved.text}`,
		].filter(Boolean);
		const name = row.label || group.title;
		return en ? `${name}: ${values.join(', ')}.` : `${name}：${values.join('，')}。`;
	});
	return sentences.join(en ? ' ' : '');
}
