import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../plugins/content/figures/indicator-records.ts';
import type { TargetRecord } from '../../plugins/publish/targets.ts';
import { cellText, comparePages, englishFigure, sourceWording } from '../../plugins/site/compare.ts';
import { rangeChartSvg } from '../../plugins/site/range-chart.ts';
import { targetParagraphs } from './target-passages.ts';

const regions: Record<string, TargetRecord['region']> = {
	'2026-beijing': { code: '110000', level: 'province', zh: '北京市', en: 'Beijing' },
	'2026-anhui': { code: '340000', level: 'province', zh: '安徽省', en: 'Anhui Province' },
	'2026-jiangsu': { code: '320000', level: 'province', zh: '江苏省', en: 'Jiangsu Province' },
	'2025-changzhou-tianning': { code: '320402', level: 'county', zh: '天宁区', en: 'Tianning District' },
};
const records: TargetRecord[] = Object.entries(regions).flatMap(([report, region]) =>
	extractTargets(targetParagraphs.find((entry) => entry.report === report)!.text, report, 'p3-1').map((record) => ({
		...record,
		year: Number(report.slice(0, 4)),
		region,
	})),
);
const achieved: TargetRecord = {
	...records.find((record) => record.report === '2026-jiangsu')!,
	kind: 'achieved',
	low: 5.3,
	high: 5.3,
	qualifier: 'exact',
	striveForBetter: false,
	phrase: '地区生产总值增长5.3%',
	offset: 0,
	figure: '5.3%',
	block: 'p1-12',
};

describe('the comparison pages', () => {
	const pages = comparePages([...records, achieved]);

	it('makes one page per year and level, regions in code order, columns in vocabulary order', () => {
		expect(pages.map((page) => [page.year, page.level, page.rows.map((row) => row.report)])).toEqual([
			[2026, 'province', ['2026-beijing', '2026-jiangsu', '2026-anhui']],
			[2025, 'county', ['2025-changzhou-tianning']],
		]);
		const [province] = pages;
		expect(province!.columns.map((column) => column.key).slice(0, 3)).toEqual(['gdp-growth', 'labour-productivity-growth', 'retail-sales-growth']);
		expect(province!.columns.at(-1)!.key).toBe('environment-quality');
		const gdp = province!.columns.findIndex((column) => column.key === 'gdp-growth');
		const jiangsu = province!.rows[1]!.cells[gdp]!;
		expect(jiangsu.target.phrase).toBe('地区生产总值按增长5%安排，在实际工作中努力争取更好结果');
		expect(jiangsu.achieved?.low).toBe(5.3);
		expect(province!.rows[2]!.others.map((record) => record.phrase)).toEqual([
			'项目（不含房地产开发）投资增速高于全部投资增速',
			'制造业投资和民间投资占比稳步提升',
		]);
	});

	it('shows the source’s wording in Chinese and an English reading', () => {
		const jiangsuGdp = records.find((record) => record.report === '2026-jiangsu' && record.indicator === 'gdp-growth')!;
		expect(sourceWording(jiangsuGdp)).toBe('按增长5%安排');
		expect(cellText(jiangsuGdp, 'en')).toEqual({ text: '5% (planned)' });
		const anhuiGdp = records.find((record) => record.report === '2026-anhui' && record.indicator === 'gdp-growth')!;
		expect(cellText(anhuiGdp, 'zh-Hans')).toEqual({ text: '增长5%—5.5%' });
		expect(cellText(anhuiGdp, 'en')).toEqual({ text: '5–5.5%' });
		const unemployment = records.find((record) => record.report === '2026-beijing' && record.indicator === 'urban-surveyed-unemployment')!;
		expect(cellText(unemployment, 'zh-Hant')).toEqual({ text: '控制在5%以內' });
		expect(cellText(unemployment, 'en')).toEqual({ text: 'at most 5%' });
		const income = records.find((record) => record.report === '2026-beijing' && record.indicator === 'disposable-income-growth')!;
		expect(cellText(income, 'zh-Hans')).toEqual({ text: '增长和经济增长同步' });
		expect(cellText(income, 'en')).toEqual({ text: 'in step with economic growth' });
		const productivity = records.find((record) => record.report === '2026-anhui' && record.indicator === 'labour-productivity-growth')!;
		expect(cellText(productivity, 'en')).toEqual({ text: '增速高于地区生产总值增速', lang: 'zh-Hans' });
		expect(englishFigure({ low: 680_000, high: 680_000, unit: 'count' })).toBe('680,000');
	});

	it('draws a target range as a range and the achieved value as a mark', () => {
		const svg = rangeChartSvg(
			[
				{ label: '安徽省', low: 5, high: 5.5, valueText: '5%—5.5%', href: '/zh-Hans/2026-anhui/#p3-2' },
				{ label: '江苏省', low: 5, high: 5, valueText: '5%', achieved: 5.3, achievedText: '5.3%' },
			],
			{ title: 'GDP', description: 'GDP targets', lang: 'zh-Hans', achievedLabel: '2025年实际' },
		);
		expect(svg.match(/class="range-chart__range"/g)).toHaveLength(1);
		expect(svg.match(/class="range-chart__achieved"/g)).toHaveLength(1);
		expect(svg).toContain('<a href="/zh-Hans/2026-anhui/#p3-2">');
		expect(svg).toContain('<title>江苏省: 5% · 2025年实际 5.3%</title>');
		expect(rangeChartSvg([], { title: '', description: '', lang: 'en', achievedLabel: '' })).toBe('');
	});
});
