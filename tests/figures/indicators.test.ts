import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../plugins/content/figures/index.ts';
import {
	extractAchieved,
	extractTargets,
	qualifiers,
	reportIndicatorRecords,
	targetClauseSpans,
	targetPassage,
	type IndicatorRecord,
} from '../../plugins/content/figures/indicator-records.ts';
import { indicatorKeys, indicatorOf, indicators, otherIndicator } from '../../plugins/content/figures/indicators.ts';
import { editionBlocks } from '../../plugins/content/model.ts';
import { targetParagraphs } from './target-passages.ts';

/** One record in a line: indicator, qualifier, figure (range as low–high) and unit, `+better` for 力争更好结果. */
const line = (record: IndicatorRecord) =>
	`${record.indicator} ${record.qualifier}${record.low !== undefined ? ` ${record.low === record.high ? record.low : `${record.low}–${record.high}`} ${record.unit}` : ''}${record.striveForBetter ? ' +better' : ''}`;

// Every indicator of every real targets paragraph, as the extractor reads it (reviewed by hand against the text).
const expectedTargets: Record<string, string[]> = {
	'2025-changzhou-tianning': [
		'gdp-growth about 5 percent',
		'general-budget-revenue-growth qualitative',
		'foreign-investment qualitative',
		'foreign-trade-growth qualitative',
		'disposable-income-growth in-step',
		'retail-sales-growth about 5 percent',
		'other qualitative',
		'energy-carbon-constraints assigned',
		'environment-quality assigned',
		'other qualitative +better',
	],
	'2026-anhui': [
		'gdp-growth range 5–5.5 percent +better',
		'labour-productivity-growth above',
		'other above',
		'other qualitative',
		'retail-sales-growth about 4 percent',
		'foreign-trade-growth about 6 percent',
		'general-budget-revenue-growth about 2 percent',
		'disposable-income-growth-urban above',
		'disposable-income-growth-rural above',
		'urban-new-jobs about 680000 count',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi about 2 percent',
		'grain-sown-area assigned',
		'environment-quality assigned',
	],
	'2026-beijing': [
		'gdp-growth about 5 percent',
		'general-budget-revenue-growth about 4 percent',
		'urban-surveyed-unemployment at-most 5 percent',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'pm25 about 29 ug/m3 +better',
		'energy-carbon-constraints assigned',
	],
	'2026-chongqing': [
		'gdp-growth at-least 5 percent',
		'industrial-value-added-growth exact 6 percent',
		'fixed-asset-investment-growth exact 3 percent',
		'retail-sales-growth at-least 4 percent',
		'foreign-trade-growth exact 5 percent',
		'urban-new-jobs at-least 650000 count',
		'general-budget-revenue-growth exact 3 percent',
		'disposable-income-growth in-step',
		'carbon-intensity exact 3.8 percent',
	],
	'2026-fujian': [
		'gdp-growth about 5 percent +better',
		'urban-surveyed-unemployment about 5 percent',
		'urban-new-jobs exact 500000 count',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'grain-output at-least 5130000 t',
		'carbon-intensity assigned',
	],
	'2026-guangxi': [
		'gdp-growth about 5 percent',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi at-most 2 percent',
		'disposable-income-growth in-step',
		'grain-output qualitative',
		'energy-carbon-constraints assigned',
	],
	'2026-guizhou': [
		'gdp-growth about 5 percent',
		'primary-industry-growth about 3.5 percent',
		'secondary-industry-growth about 6 percent',
		'tertiary-industry-growth about 5 percent',
		'industrial-value-added-growth about 7.5 percent',
		'fixed-asset-investment-growth about 3 percent',
		'retail-sales-growth about 4 percent',
		'general-budget-revenue-growth about 2 percent',
		'disposable-income-growth-urban about 4 percent',
		'disposable-income-growth-rural about 6 percent',
		'urban-new-jobs about 600000 count',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi about 2 percent',
		'urbanisation-rate about 59 percent',
	],
	'2026-hainan': [
		'gdp-growth about 6 percent',
		'fixed-asset-investment-growth about 7 percent',
		'retail-sales-growth about 6 percent',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'environment-quality qualitative',
		'carbon-dual-control assigned',
	],
	'2026-hebei': [
		'gdp-growth at-least 5 percent',
		'general-budget-revenue-growth about 2 percent',
		'industrial-value-added-growth about 5.5 percent',
		'fixed-asset-investment-growth about 5.5 percent',
		'retail-sales-growth about 5 percent',
		'disposable-income-growth about 5 percent',
		'cpi about 2 percent',
		'urban-surveyed-unemployment about 5.5 percent',
	],
	'2026-heilongjiang': [
		'gdp-growth range 4.5–5 percent +better',
		'grain-output at-least 160000000000 jin',
		'urban-new-jobs at-least 300000 count',
		'urban-surveyed-unemployment about 5.7 percent',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'carbon-intensity about 3.8 percent',
	],
	'2026-henan': [
		'gdp-growth about 5 percent +better',
		'industrial-value-added-growth about 6.5 percent',
		'fixed-asset-investment-growth about 5 percent',
		'retail-sales-growth about 5.5 percent',
		'foreign-trade-growth qualitative',
		'general-budget-revenue-growth about 4 percent',
		'urban-surveyed-unemployment about 5.5 percent',
		'urban-new-jobs at-least 1100000 count',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'grain-output at-least 130000000000 jin +better',
		'carbon-intensity assigned',
	],
	'2026-hubei': [
		'gdp-growth about 5.5 percent +better',
		'urban-surveyed-unemployment about 5.5 percent',
		'urban-new-jobs at-least 700000 count',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'grain-output at-least 50000000000 jin',
		'carbon-intensity assigned',
	],
	'2026-hunan': [
		'gdp-growth about 5 percent +better',
		'general-budget-revenue-growth about 1.5 percent',
		'industrial-value-added-growth exact 6 percent',
		'fixed-asset-investment-growth qualitative',
		'retail-sales-growth at-least 4.5 percent',
		'foreign-trade-growth exact 3 percent',
		'urban-new-jobs exact 700000 count',
		'disposable-income-growth above',
		'cpi about 2 percent',
		'grain-output about 61500000000 jin',
		'energy-carbon-constraints assigned',
		'carbon-intensity assigned',
	],
	'2026-jiangsu': [
		'gdp-growth planned 5 percent +better',
		'general-budget-revenue-growth exact 2 percent',
		'urban-new-jobs exact 1200000 count',
		'urban-surveyed-unemployment about 5 percent',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'retail-sales-growth about 5 percent',
		'rd-intensity about 3.42 percent',
		'grain-output qualitative',
		'carbon-intensity assigned',
	],
	'2026-jiangxi': [
		'gdp-growth range 5–5.5 percent',
		'industrial-value-added-growth at-least 7.3 percent',
		'fixed-asset-investment-growth about 3.5 percent',
		'retail-sales-growth at-least 4.5 percent',
		'disposable-income-growth-urban exact 4.5 percent',
		'disposable-income-growth-rural about 5.5 percent',
		'cpi about 2 percent',
		'urban-surveyed-unemployment about 5.5 percent',
		'carbon-dual-control assigned',
		'environment-quality qualitative',
	],
	'2026-jilin': [
		'gdp-growth about 5 percent',
		'retail-sales-growth about 5 percent',
		'industrial-value-added-growth about 6 percent',
		'general-budget-revenue-growth exact 3.7 percent',
		'other at-least 8 percent',
		'other about 10 percent',
		'other qualitative',
		'fixed-asset-investment-growth exact 3 percent',
		'disposable-income-growth in-step',
		'urban-surveyed-unemployment about 5.5 percent',
		'rd-spending-growth at-least 10 percent',
		'other exact 6 percent',
		'other qualitative',
		'cpi about 2 percent',
		'carbon-intensity about 3 percent',
	],
	'2026-liaoning': [
		'gdp-growth about 4.5 percent +better',
		'general-budget-revenue-growth about 2.5 percent',
		'urban-new-jobs at-least 450000 count',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'carbon-intensity assigned',
	],
	'2026-neimenggu': [
		'gdp-growth about 5 percent +better',
		'urban-surveyed-unemployment about 5.7 percent',
		'urban-new-jobs at-least 180000 count',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'grain-output over 84000000000 jin',
		'energy-carbon-constraints assigned',
	],
	'2026-ningxia': [
		'gdp-growth about 5 percent +better',
		'primary-industry-growth about 5 percent',
		'secondary-industry-growth at-least 5 percent',
		'tertiary-industry-growth about 5 percent',
		'industrial-value-added-growth about 6 percent',
		'fixed-asset-investment-growth about 5 percent',
		'retail-sales-growth about 3 percent',
		'general-budget-revenue-growth about 3 percent',
		'disposable-income-growth at-least 5 percent',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi about 2 percent',
		'grain-output assigned',
		'environment-quality assigned',
		'energy-carbon-constraints assigned',
	],
	'2026-shandong': [
		'gdp-growth at-least 5 percent +better',
		'general-budget-revenue-growth exact 2 percent',
		'disposable-income-growth in-step',
		'urban-surveyed-unemployment about 5.5 percent',
		'urban-new-jobs at-least 1100000 count',
		'cpi qualitative',
		'energy-carbon-constraints assigned',
		'environment-quality assigned',
	],
	'2026-shanxi': [
		'gdp-growth range 4.5–5 percent',
		'fixed-asset-investment-growth exact 5 percent',
		'retail-sales-growth exact 5 percent',
		'foreign-trade-growth qualitative',
		'disposable-income-growth in-step',
		'cpi about 2 percent',
		'urban-new-jobs exact 450000 count',
		'urban-surveyed-unemployment about 5.5 percent',
		'other above',
		'energy-carbon-constraints assigned',
	],
	'2026-sichuan': [
		'gdp-growth about 5.5 percent',
		'urban-new-jobs exact 850000 count',
		'urban-surveyed-unemployment about 5.5 percent',
		'cpi about 2 percent',
		'general-budget-revenue-growth exact 2 percent',
		'disposable-income-growth in-step',
		'grain-output at-least 73000000000 jin',
		'energy-carbon-constraints assigned',
	],
	'2026-tianjin': [
		'gdp-growth exact 4.5 percent +better',
		'general-budget-revenue-growth exact 2 percent',
		'fixed-asset-investment-growth qualitative',
		'urban-surveyed-unemployment about 5.5 percent',
		'urban-new-jobs exact 280000 count',
		'cpi about 2 percent',
		'disposable-income-growth in-step',
		'energy-carbon-constraints assigned',
	],
	'2026-xinjiang': [
		'gdp-growth range 5.5–6 percent +better',
		'industrial-value-added-growth about 7.5 percent',
		'fixed-asset-investment-growth about 8 percent',
		'retail-sales-growth about 6 percent',
		'foreign-trade-growth about 10 percent',
		'general-budget-revenue-growth about 10 percent',
		'disposable-income-growth-urban about 7 percent',
		'disposable-income-growth-rural about 8 percent',
		'cpi about 2 percent',
		'urban-new-jobs at-least 470000 count',
		'urban-surveyed-unemployment at-most 5.5 percent',
		'environment-quality qualitative',
		'carbon-intensity assigned',
	],
	'2026-yunnan': [
		'gdp-growth about 4.5 percent',
		'other at-least 50 percent',
		'general-budget-revenue-growth exact 2 percent',
		'urban-surveyed-unemployment at-most 5.5 percent',
		'urban-new-jobs at-least 500000 count',
		'disposable-income-growth in-step',
		'grain-output at-least 19550000 t',
		'carbon-intensity assigned',
	],
};

describe('targets of every real report', () => {
	it('has the passage of every report', () => {
		expect(targetParagraphs.map((paragraph) => paragraph.report)).toEqual(Object.keys(expectedTargets));
		expect(targetParagraphs).toHaveLength(25);
	});

	for (const { report, text } of targetParagraphs) {
		describe(report, () => {
			const records = extractTargets(text, report, 'p3-1');
			const passage = targetPassage(text)!;

			it('reads every indicator', () => {
				expect(records.map(line)).toEqual(expectedTargets[report]);
			});

			it('gives every record an exact phrase of the passage, a known key and ordered ends', () => {
				for (const record of records) {
					expect(text.slice(record.offset, record.offset + record.phrase.length)).toBe(record.phrase);
					expect(record.offset).toBeGreaterThanOrEqual(passage.start);
					expect(record.offset + record.phrase.length).toBeLessThanOrEqual(passage.end);
					expect([...indicatorKeys, otherIndicator]).toContain(record.indicator);
					expect(qualifiers).toContain(record.qualifier);
					expect(record).toMatchObject({ report, block: 'p3-1', kind: 'target' });
					if (record.low === undefined) {
						expect(record.high).toBeUndefined();
						expect(record.figure).toBeUndefined();
						continue;
					}
					expect(record.low).toBeLessThanOrEqual(record.high!);
					expect(record.phrase).toContain(record.figure);
					if (record.indicator !== otherIndicator) expect(indicatorOf(record.indicator)!.units).toContain(record.unit);
				}
			});

			it('accounts for every clause of the passage', () => {
				const clauses = targetClauseSpans(text);
				expect(clauses.length).toBeGreaterThan(0);
				for (const clause of clauses) {
					const covered = records.some((record) => record.offset <= clause.start && clause.end <= record.offset + record.phrase.length);
					expect(covered, text.slice(clause.start, clause.end)).toBe(true);
				}
			});

			it('reads its figures with the shared figures parser', () => {
				for (const record of records.filter((candidate) => candidate.figure)) {
					const figure = extractFigures(record.phrase, 'zh').find((candidate) => candidate.raw === record.figure)!;
					expect(figure).toBeDefined();
					expect([record.low, record.high]).toEqual(figure.range ?? [figure.value, figure.value]);
					expect(record.unit).toBe(figure.unit);
				}
			});
		});
	}

	it('leaves these phrases as `other`', () => {
		const others = targetParagraphs.flatMap(({ report, text }) =>
			extractTargets(text, report, 'p1')
				.filter((record) => record.indicator === otherIndicator)
				.map((record) => `${report}: ${record.phrase}`),
		);
		expect(others).toEqual([
			'2025-changzhou-tianning: 本质安全水平不断提升',
			'2025-changzhou-tianning: 实际工作还要努力争取更好结果',
			'2026-anhui: 项目（不含房地产开发）投资增速高于全部投资增速',
			'2026-anhui: 制造业投资和民间投资占比稳步提升',
			'2026-jilin: 新能源产业产值增长8%以上',
			'2026-jilin: 装备制造业增加值增长10%左右',
			'2026-jilin: 高技术制造业增加值、战略性新兴产业产值稳步提升，加快构建优势',
			'2026-jilin: 农村低保标准提高6%',
			'2026-jilin: 提高居民基础养老金，在全国实现位次前移',
			'2026-shanxi: 反映转型发展成效特别是新质生产力发展趋势的预期性指标增长高于经济增速',
			'2026-yunnan: 产业投资占比保持在50%以上',
		]);
	});
});

const paragraph = (report: string) => targetParagraphs.find((entry) => entry.report === report)!.text;

describe('records in full', () => {
	it('keeps both ends of a range and the wish for a better result (Anhui)', () => {
		const [gdp, productivity] = extractTargets(paragraph('2026-anhui'), '2026-anhui', 'p3-4');
		expect(gdp).toEqual({
			report: '2026-anhui',
			block: 'p3-4',
			kind: 'target',
			indicator: 'gdp-growth',
			low: 5,
			high: 5.5,
			unit: 'percent',
			qualifier: 'range',
			striveForBetter: true,
			phrase: '全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果',
			offset: 15,
			figure: '5%—5.5%',
		});
		expect(productivity).toEqual({
			report: '2026-anhui',
			block: 'p3-4',
			kind: 'target',
			indicator: 'labour-productivity-growth',
			qualifier: 'above',
			striveForBetter: false,
			phrase: '全员劳动生产率增速高于地区生产总值增速',
			offset: 48,
		});
	});

	it('reads 4.5-5% as a range (Heilongjiang) and 按增长5%安排 as planned (Jiangsu)', () => {
		expect(extractTargets(paragraph('2026-heilongjiang'), '2026-heilongjiang', 'p2-3')[0]).toMatchObject({
			indicator: 'gdp-growth',
			low: 4.5,
			high: 5,
			qualifier: 'range',
			figure: '4.5-5%',
			phrase: '地区生产总值增长4.5-5%，在实际工作中争取更好结果',
		});
		expect(extractTargets(paragraph('2026-jiangsu'), '2026-jiangsu', 'p2-3')[0]).toMatchObject({
			indicator: 'gdp-growth',
			low: 5,
			high: 5,
			qualifier: 'planned',
			striveForBetter: true,
			phrase: '地区生产总值按增长5%安排，在实际工作中努力争取更好结果',
		});
	});

	it('splits 分别 over the indicators it names (Jiangxi, Guizhou)', () => {
		const jiangxi = extractTargets(paragraph('2026-jiangxi'), '2026-jiangxi', 'p2-3').filter((record) => record.indicator.startsWith('disposable-income'));
		expect(jiangxi.map((record) => [record.indicator, record.low, record.qualifier, record.figure])).toEqual([
			['disposable-income-growth-urban', 4.5, 'exact', '4.5%'],
			['disposable-income-growth-rural', 5.5, 'about', '5.5%左右'],
		]);
		const guizhou = extractTargets(paragraph('2026-guizhou'), '2026-guizhou', 'p2-3').filter((record) => record.indicator.endsWith('industry-growth'));
		expect(guizhou.map((record) => [record.indicator, record.low])).toEqual([
			['primary-industry-growth', 3.5],
			['secondary-industry-growth', 6],
			['tertiary-industry-growth', 5],
		]);
	});

	it('reads ceilings, concentrations and grain in 斤 (Beijing, Henan)', () => {
		const beijing = extractTargets(paragraph('2026-beijing'), '2026-beijing', 'p2-3');
		expect(beijing.find((record) => record.indicator === 'urban-surveyed-unemployment')).toMatchObject({
			low: 5,
			high: 5,
			qualifier: 'at-most',
			figure: '5%以内',
		});
		expect(beijing.find((record) => record.indicator === 'pm25')).toMatchObject({
			low: 29,
			unit: 'ug/m3',
			qualifier: 'about',
			striveForBetter: true,
			phrase: '细颗粒物年均浓度控制在29微克/立方米左右、争取更优水平',
		});
		expect(extractTargets(paragraph('2026-henan'), '2026-henan', 'p2-3').find((record) => record.indicator === 'grain-output')).toMatchObject({
			low: 130_000_000_000,
			unit: 'jin',
			qualifier: 'at-least',
			striveForBetter: true,
			phrase: '粮食产量1300亿斤以上、力争比去年实现更多增长',
		});
	});

	it('reads every way of writing a range, and stops at the sentence after the list', () => {
		for (const [text, low, high] of [
			['主要预期目标是：地区生产总值增长5%至5.5%。', 5, 5.5],
			['主要预期目标是：地区生产总值增长5%—5.5%。', 5, 5.5],
			['主要预期目标是：地区生产总值增长4.5-5%。', 4.5, 5],
			['主要预期目标是：地区生产总值增长5%-5.5%。', 5, 5.5],
		] as const) {
			expect(extractTargets(text, 'r', 'p1')).toMatchObject([{ indicator: 'gdp-growth', low, high, qualifier: 'range' }]);
		}
		expect(extractTargets('今年主要预期目标是：城镇新增就业5万人。这些目标充分考虑了需要和可能。', 'r', 'p1').map(line)).toEqual([
			'urban-new-jobs exact 50000 count',
		]);
		expect(extractTargets('没有目标的段落。', 'r', 'p1')).toEqual([]);
	});
});

describe('achieved values of the review', () => {
	it('reads the headline figures of the past year, 分别 included (Liaoning)', () => {
		const text =
			'一年来，全省上下牢记嘱托、砥砺奋进，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真学习贯彻习近平总书记对辽宁振兴发展的重要讲话和重要指示精神，深入落实党中央、国务院决策部署，在省委领导下，自觉扛牢维护国家“五大安全”政治使命，完整准确全面贯彻新发展理念，积极服务融入新发展格局，坚定推进高质量发展，全省经济总体平稳、稳中有进，地区生产总值增长3.7%，一般公共预算收入增长0.4%，城镇新增就业48万人，城镇和农村居民人均可支配收入分别增长4.3%、5.3%，社会大局保持稳定。';
		expect(extractAchieved(text, '2026-liaoning', 'p1-2').map(line)).toEqual([
			'gdp-growth exact 3.7 percent',
			'general-budget-revenue-growth exact 0.4 percent',
			'urban-new-jobs exact 480000 count',
			'disposable-income-growth-urban exact 4.3 percent',
			'disposable-income-growth-rural exact 5.3 percent',
		]);
		expect(extractAchieved(text, '2026-liaoning', 'p1-2')[0]).toMatchObject({ kind: 'achieved', phrase: '地区生产总值增长3.7%', figure: '3.7%' });
	});

	it('reads a growth after its level, a fall as negative growth, and 城镇居民、农村居民…分别 (Fujian)', () => {
		const text =
			'初步统计，2025年全省地区生产总值60199.45亿元、增长5%，地方一般公共预算收入3723.35亿元、增长3%，社会消费品零售总额增长4.4%，固定资产投资下降3.3%，进出口下降5.4%，城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%，城镇调查失业率4.7%，居民消费价格与上年持平。';
		const records = extractAchieved(text, '2026-fujian', 'p1-2');
		expect(records.map(line)).toEqual([
			'gdp-growth exact 5 percent',
			'general-budget-revenue-growth exact 3 percent',
			'retail-sales-growth exact 4.4 percent',
			'fixed-asset-investment-growth exact -3.3 percent',
			'foreign-trade-growth exact -5.4 percent',
			'disposable-income-growth-urban exact 4.5 percent',
			'disposable-income-growth-rural exact 5.7 percent',
			'urban-surveyed-unemployment exact 4.7 percent',
		]);
		expect(records[0]).toMatchObject({ phrase: '2025年全省地区生产总值60199.45亿元、增长5%', figure: '5%' });
		for (const record of records) expect(text.slice(record.offset, record.offset + record.phrase.length)).toBe(record.phrase);
	});

	it('leaves out comparisons, shares and figures for several years', () => {
		expect(
			extractAchieved(
				'全区地区生产总值增长5.1%，增速高于预期目标、高于上年同期、高于全国，取得多年未有的好成绩。一、二、三产业增加值分别增长4.2%、5%、5.4%。',
				'r',
				'p1-2',
			).map(line),
		).toEqual([
			'gdp-growth exact 5.1 percent',
			'primary-industry-growth exact 4.2 percent',
			'secondary-industry-growth exact 5 percent',
			'tertiary-industry-growth exact 5.4 percent',
		]);
		expect(extractAchieved('积极应对气候变化影响，粮食总产量连续9年稳定在1300亿斤以上。', 'r', 'p1-4')).toEqual([]);
		expect(extractAchieved('战略性新兴产业占规上工业增加值比重超过25%，跨境电商进出口增长16.3%。', 'r', 'p1-4')).toEqual([]);
	});

	it('gives a report its targets and its achieved values from the model blocks (seed report)', () => {
		const markdown = readFileSync(new URL('../../content/reports/2025-changzhou-tianning/zh-Hans.md', import.meta.url), 'utf8');
		const records = reportIndicatorRecords('2025-changzhou-tianning', editionBlocks(markdown, 'zh-Hans'), 2025);
		expect(records.filter((record) => record.kind === 'target').map((record) => record.block)).toEqual(Array(10).fill('p2-3'));
		expect(records.filter((record) => record.kind === 'achieved').map((record) => [record.block, line(record), record.phrase])).toEqual([
			['p1-6', 'foreign-investment exact 44000000 USD', '实际使用外资4400万美元'],
		]);
	});
});

describe('the vocabulary', () => {
	it('has unique kebab-case keys, Chinese and English names and units', () => {
		expect(new Set(indicatorKeys).size).toBe(indicatorKeys.length);
		for (const indicator of indicators) {
			expect(indicator.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			expect(indicator.en.length).toBeGreaterThan(0);
			expect(indicator.zh).toMatch(/[\u4e00-\u9fff]/);
			expect(indicator.units.length).toBeGreaterThan(0);
		}
		expect(indicatorKeys).not.toContain(otherIndicator);
	});

	it('names indicators in English as the glossary renders their terms', () => {
		const glossary = new Map(
			readFileSync(new URL('../../content/glossary.tsv', import.meta.url), 'utf8')
				.split('\n')
				.slice(1)
				.map((row) => row.split('\t'))
				.map(([zh, en]) => [zh, en?.split(' | ') ?? []] as const),
		);
		for (const [key, term] of [
			['gdp-growth', '地区生产总值'],
			['foreign-investment', '实际使用外资'],
		] as const) {
			const renderings = glossary.get(term)!;
			expect(
				renderings.some((rendering) => indicatorOf(key)!.en.toLowerCase().includes(rendering.toLowerCase())),
				`${key}: ${renderings.join(' | ')}`,
			).toBe(true);
		}
	});

	it('has no number parser of its own: figures come from extractFigures', () => {
		for (const file of ['indicators.ts', 'indicator-records.ts']) {
			const source = readFileSync(new URL(`../../plugins/content/figures/${file}`, import.meta.url), 'utf8');
			expect(source).not.toMatch(/parseFloat|parseInt|Number\(|parseZhNumeral|\\d\+\(\?:\\\.\\d\+\)/);
		}
	});
});
