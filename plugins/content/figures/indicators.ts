/**
 * The indicator vocabulary of the main expected targets (主要预期目标) and of the achieved figures of
 * the review: one stable key per indicator, the zh phrases that name it in the reports, and the
 * glossary term whose archive-wide rendering names it in English (`englishNames()`: content/glossary.tsv
 * holds one row per indicator term, so the names follow the translations' wording). Keys are part of the published data (`/api/targets.json`), so they never change
 * meaning; a new indicator gets a new key. A phrase the vocabulary does not know is published as
 * `other` with its text (indicator-records.ts), so the list only has to grow, never to be complete.
 *
 * The list is in the order of the comparison page's columns (growth, demand, revenue, jobs, prices,
 * incomes, innovation, grain, environment). Where two names overlap in a clause, the longer one wins
 * (单位地区生产总值二氧化碳排放 is carbon intensity, not GDP; 城镇居民人均可支配收入 is the urban variant,
 * not the general one); between names of equal length, the entry listed first.
 */
import type { GlossaryEntry } from '../glossary.ts';
import type { FigureUnit } from './types.ts';

export interface Indicator {
	key: string;
	/**
	 * Name in English where the glossary has no row for `term` (a project without content/glossary.tsv,
	 * or a term not yet added): the comparison page and the targets export otherwise use `englishNames()`.
	 */
	en: string;
	/** The glossary term (zh, as the reports write it) whose archive-wide rendering names the indicator in English. */
	term: string;
	/**
	 * How the rendering makes the name, `{}` standing for it; by default `{}, growth` for a growth,
	 * `{}, reduction` for a reduction and `{}` for a level (粮食产量 → Grain output).
	 */
	enForm?: string;
	/** Name in Chinese, as a column heading. */
	zh: string;
	/** Patterns that name the indicator in a clause (Simplified Chinese, as the reports write it). */
	phrases: readonly RegExp[];
	/** Units a figure must have to be this indicator's value (a 个百分点 comparison is not a target). */
	units: readonly FigureUnit[];
	/**
	 * What the figure measures: `growth`, a change in percent, negative when the text says it fell
	 * (固定资产投资下降3.3% is −3.3); `reduction`, a decrease the text states as a positive figure
	 * (单位地区生产总值二氧化碳排放下降3.8% is 3.8); `level`, a quantity or a rate (城镇新增就业50万人,
	 * 城镇调查失业率5.5%).
	 */
	measure: 'growth' | 'reduction' | 'level';
}

export const indicators: readonly Indicator[] = [
	{
		key: 'gdp-growth',
		// The glossary renders 地区生产总值 as gross regional product (GRP); national GDP is not what a region reports.
		en: 'GRP growth',
		term: '地区生产总值',
		zh: '地区生产总值增长',
		// 经济增长 names the target only with its figure: 居民收入增长和经济增长同步 is the income target.
		phrases: [/地区生产总值(?=按?增长|\d)/, /经济增长(?=\d)/, /GDP(?=增长)/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'primary-industry-growth',
		en: 'Value added of the primary industry, growth',
		term: '一产',
		enForm: 'value added of the {}, growth',
		zh: '第一产业增加值增长',
		phrases: [/(?:第一产业|一产)增加值/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'secondary-industry-growth',
		en: 'Value added of the secondary industry, growth',
		term: '二产',
		enForm: 'value added of the {}, growth',
		zh: '第二产业增加值增长',
		phrases: [/(?:第二产业|二产)增加值/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'tertiary-industry-growth',
		en: 'Value added of the tertiary industry, growth',
		term: '三产',
		enForm: 'value added of the {}, growth',
		zh: '第三产业增加值增长',
		phrases: [/(?:第三产业|三产)增加值/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'industrial-value-added-growth',
		en: 'Value added of industrial enterprises above designated size, growth',
		term: '规模以上工业增加值',
		zh: '规模以上工业增加值增长',
		phrases: [/(?:规模以上|规上|规模)工业增加值/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'labour-productivity-growth',
		en: 'Overall labour productivity, growth',
		term: '全员劳动生产率',
		zh: '全员劳动生产率增长',
		phrases: [/全员劳动生产率/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'fixed-asset-investment-growth',
		en: 'Fixed-asset investment, growth',
		term: '固定资产投资',
		zh: '固定资产投资增长',
		phrases: [/固定资产投资/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'retail-sales-growth',
		en: 'Total retail sales of consumer goods, growth',
		term: '社会消费品零售总额',
		zh: '社会消费品零售总额增长',
		phrases: [/社会消费品零售总额/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'foreign-trade-growth',
		en: 'Total imports and exports, growth',
		term: '进出口总额',
		zh: '进出口总额增长',
		phrases: [/(?:外贸)?进出口(?:总额|总值)?/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'foreign-investment',
		en: 'Foreign investment in actual terms',
		term: '实际使用外资',
		zh: '实际使用外资',
		phrases: [/实际使用外资/],
		units: ['percent', 'USD', 'CNY'],
		measure: 'level',
	},
	{
		key: 'general-budget-revenue-growth',
		en: 'General public budget revenue, growth',
		term: '一般公共预算收入',
		zh: '一般公共预算收入增长',
		phrases: [/(?:地方)?一般公共预算收入/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'urban-new-jobs',
		en: 'New urban jobs',
		term: '城镇新增就业',
		zh: '城镇新增就业',
		phrases: [/城镇新增就业(?:人数)?/],
		units: ['count'],
		measure: 'level',
	},
	{
		key: 'urban-surveyed-unemployment',
		en: 'Surveyed urban unemployment rate',
		term: '城镇调查失业率',
		zh: '城镇调查失业率',
		phrases: [/城镇调查失业率/],
		units: ['percent'],
		measure: 'level',
	},
	{
		key: 'cpi',
		en: 'Consumer price index (CPI), rise',
		term: '居民消费价格',
		enForm: 'rise in {}',
		zh: '居民消费价格涨幅',
		phrases: [/居民消费价格/, /CPI/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'disposable-income-growth',
		en: 'Per capita disposable income of residents, growth',
		term: '居民人均可支配收入',
		zh: '居民人均可支配收入增长',
		phrases: [/(?:全体|城乡)?居民(?:人均可支配)?收入/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'disposable-income-growth-urban',
		en: 'Per capita disposable income of urban residents, growth',
		term: '城镇居民人均可支配收入',
		zh: '城镇居民人均可支配收入增长',
		phrases: [/城镇(?:常住)?居民人均可支配收入/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'disposable-income-growth-rural',
		en: 'Per capita disposable income of rural residents, growth',
		term: '农村居民人均可支配收入',
		zh: '农村居民人均可支配收入增长',
		phrases: [/农村(?:常住)?居民人均可支配收入/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'rd-intensity',
		en: 'R&D spending as a share of GDP',
		term: '研发投入强度',
		zh: '研发投入强度',
		phrases: [/研发(?:经费)?投入强度/, /研究与试验发展经费投入强度/],
		units: ['percent'],
		measure: 'level',
	},
	{
		key: 'rd-spending-growth',
		en: 'R&D spending, growth',
		term: '研发经费投入',
		zh: '研发经费投入增长',
		phrases: [/研发经费投入(?!强度)/],
		units: ['percent'],
		measure: 'growth',
	},
	{
		key: 'grain-output',
		en: 'Grain output',
		term: '粮食产量',
		zh: '粮食产量',
		phrases: [/粮食(?:总)?产量/],
		units: ['jin', 't'],
		measure: 'level',
	},
	{
		key: 'grain-sown-area',
		en: 'Grain sown area',
		term: '粮食播种面积',
		zh: '粮食播种面积',
		phrases: [/粮食播种面积/],
		units: ['mu', 'ha'],
		measure: 'level',
	},
	{
		key: 'urbanisation-rate',
		en: 'Urbanisation rate of the resident population',
		term: '常住人口城镇化率',
		zh: '常住人口城镇化率',
		phrases: [/(?:常住人口)?城镇化率/],
		units: ['percent'],
		measure: 'level',
	},
	{
		key: 'carbon-intensity',
		en: 'CO₂ emissions per unit of GRP, reduction',
		term: '单位地区生产总值二氧化碳排放',
		zh: '单位地区生产总值二氧化碳排放',
		phrases: [/单位(?:地区)?(?:生产总值|GDP)二氧化碳排放/, /碳排放强度/],
		units: ['percent'],
		measure: 'reduction',
	},
	{
		key: 'energy-intensity',
		en: 'Energy consumption per unit of GRP, reduction',
		term: '单位地区生产总值能耗',
		zh: '单位地区生产总值能耗',
		phrases: [/单位(?:地区)?(?:生产总值|GDP)能耗/, /能耗强度/],
		units: ['percent'],
		measure: 'reduction',
	},
	{
		key: 'carbon-dual-control',
		en: 'Dual control of carbon emissions (total and intensity)',
		term: '碳排放双控',
		enForm: '{}',
		zh: '碳排放双控',
		phrases: [/碳排放双控/],
		units: ['percent'],
		measure: 'reduction',
	},
	{
		// The reports bundle these binding targets under many names; they state none with a figure.
		key: 'energy-carbon-constraints',
		en: 'Binding targets for energy saving, emissions, carbon and resources',
		term: '约束性指标',
		enForm: '{} for energy saving, emissions, carbon and resources',
		zh: '节能减排降碳约束性指标',
		phrases: [
			/节能减排(?:减污)?(?:降碳)?/,
			/节能降耗/,
			/节能降碳/,
			/减排降碳/,
			/降碳减排/,
			/能源、水资源、碳排放等指标/,
			/资源节约和环境质量的各项约束性指标/,
		],
		units: ['percent'],
		measure: 'reduction',
	},
	{
		key: 'pm25',
		en: 'PM2.5, annual mean concentration',
		term: '细颗粒物',
		enForm: '{}, annual mean concentration',
		zh: '细颗粒物年均浓度',
		phrases: [/细颗粒物(?:（PM2\.5）)?(?:年均|平均)?(?:浓度)?/, /PM2\.5(?:年均|平均)?(?:浓度)?/],
		units: ['ug/m3'],
		measure: 'level',
	},
	{
		key: 'environment-quality',
		en: 'Quality of the ecological environment',
		term: '生态环境质量',
		enForm: '{}',
		zh: '生态环境质量',
		phrases: [/(?:生态)?环境质量/, /生态环保/, /生态环境(?=、|等)/],
		units: ['percent'],
		measure: 'growth',
	},
];

export const indicatorKeys: readonly string[] = indicators.map((indicator) => indicator.key);

/** The key of a clause that names no indicator of the vocabulary. */
export const otherIndicator = 'other';

const byKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));

export const indicatorOf = (key: string): Indicator | undefined => byKey.get(key);

const defaultForm: Record<Indicator['measure'], string> = { growth: '{}, growth', reduction: '{}, reduction', level: '{}' };

/**
 * The English name of every indicator, keyed by indicator key: the preferred rendering of its term's
 * archive-wide glossary row (a report's own row words one report, not the archive) put in its form,
 * first letter capitalised for a heading; the indicator's own `en` where the glossary lacks the term.
 * Built from the glossary at build time, so the comparison pages and /api/targets.* name an indicator
 * as the translations render it, and the glossary check holds the translations to the same words.
 */
export function englishNames(glossary: readonly GlossaryEntry[]): ReadonlyMap<string, string> {
	const archive = new Map(glossary.filter((entry) => entry.report === undefined).map((entry) => [entry.zh, entry.en[0]]));
	return new Map(
		indicators.map((indicator) => {
			const rendering = archive.get(indicator.term);
			if (!rendering) return [indicator.key, indicator.en];
			const name = (indicator.enForm ?? defaultForm[indicator.measure]).replace('{}', rendering);
			return [indicator.key, name.charAt(0).toUpperCase() + name.slice(1)];
		}),
	);
}

/** Where an indicator is named in a clause. */
export interface IndicatorMatch {
	key: string;
	start: number;
	end: number;
}

/**
 * Every indicator named in `clause`, in order of position. Where two names overlap, the longer one
 * keeps its match (see the note above the list).
 */
export function indicatorsIn(clause: string): IndicatorMatch[] {
	const candidates: (IndicatorMatch & { rank: number })[] = [];
	for (const [rank, indicator] of indicators.entries()) {
		for (const phrase of indicator.phrases) {
			for (const match of clause.matchAll(new RegExp(phrase.source, 'g'))) {
				if (match[0].length > 0) candidates.push({ key: indicator.key, start: match.index, end: match.index + match[0].length, rank });
			}
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
	const found: IndicatorMatch[] = [];
	for (const { key, start, end } of candidates) {
		if (!found.some((other) => start < other.end && other.start < end)) found.push({ key, start, end });
	}
	return found.sort((a, b) => a.start - b.start);
}
