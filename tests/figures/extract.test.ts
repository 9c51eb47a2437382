import { describe, expect, it } from 'vitest';
import { extractEnFigures, extractZhFigures, type Figure } from '../../plugins/content/figures/index.ts';

/** Figures without offsets, to compare with a table. */
const short = (figures: Figure[]) => figures.map(({ offset: _offset, ...rest }) => rest);

const zhCases: [string, Omit<Figure, 'offset'>[]][] = [
	['一般公共预算收入48亿元', [{ value: 4_800_000_000, unit: 'CNY', raw: '48亿元' }]],
	['新增经营主体超1.2万家', [{ value: 12_000, unit: 'count', approx: 'over', raw: '超1.2万家' }]],
	['产值增长30.7%', [{ value: 30.7, unit: 'percent', raw: '30.7%' }]],
	['盘活存量用地2000余亩', [{ value: 2000, unit: 'mu', approx: 'over', raw: '2000余亩' }]],
	['排名跃升至第37位', [{ value: 37, unit: 'rank', raw: '第37位' }]],
	['实际使用外资4400万美元', [{ value: 44_000_000, unit: 'USD', raw: '4400万美元' }]],
	['投资7000万元', [{ value: 70_000_000, unit: 'CNY', raw: '7000万元' }]],
	['人均可支配收入达7.3万元', [{ value: 73_000, unit: 'CNY', raw: '7.3万元' }]],
	['新建厂房2.3万平方米', [{ value: 23_000, unit: 'm2', raw: '2.3万平方米' }]],
	['2024年工作回顾', [{ value: 2024, unit: 'year', raw: '2024年' }]],
	['用3-5年时间', [{ value: 3, unit: 'years', range: [3, 5], raw: '3-5年' }]],
	['增长5%—8%', [{ value: 5, unit: 'percent', range: [5, 8], raw: '5%—8%' }]],
	['约3000人', [{ value: 3000, unit: 'count', approx: 'about', raw: '约3000人' }]],
	['增长5%左右', [{ value: 5, unit: 'percent', approx: 'about', raw: '5%左右' }]],
	['完成率超130%', [{ value: 130, unit: 'percent', approx: 'over', raw: '超130%' }]],
	['近50家', [{ value: 50, unit: 'count', approx: 'nearly', raw: '近50家' }]],
	// A bare 万/千/百 after 超/近/逾/上 before a measure word is a round number (超万列 = over 10,000).
	['中欧（亚）班列开行超万列', [{ value: 10_000, unit: 'count', approx: 'over', raw: '超万列' }]],
	['举办近百场大型赛事', [{ value: 100, unit: 'count', approx: 'nearly', raw: '近百场' }]],
	['参赛队伍上万支', [{ value: 10_000, unit: 'count', approx: 'over', raw: '上万支' }]],
	['逾千场活动', [{ value: 1000, unit: 'count', approx: 'over', raw: '逾千场' }]],
	// Not in other forms: 数千 (several thousand), 成千上万 (an idiom), a bare 万 with no approximation word.
	['开行数千列，成千上万的群众，万里长江', []],
	['完成率95%以上', [{ value: 95, unit: 'percent', approx: 'at-least', raw: '95%以上' }]],
	['三个“国字号”荣誉', [{ value: 3, unit: 'count', raw: '三个' }]],
	['两项改革', [{ value: 2, unit: 'count', raw: '两项' }]],
	['五方面工作', [{ value: 5, unit: 'count', raw: '五方面' }]],
	['十类民生实事', [{ value: 10, unit: 'count', raw: '十类' }]],
	['百日攻坚', [{ value: 100, unit: 'days', raw: '百日' }]],
	['产值翻1.5倍', [{ value: 1.5, unit: 'times', raw: '1.5倍' }]],
	['迈上千亿台阶', [{ value: 100_000_000_000, unit: 'count', raw: '千亿' }]],
	['坚持“两个毫不动摇”', [{ value: 2, unit: 'count', raw: '两个' }]],
	['办好第十五届东坡文化节', [{ value: 15, unit: 'rank', raw: '第十五届' }]],
	['连续三年实现位次提升', [{ value: 3, unit: 'years', raw: '三年' }]],
	['扩绿10公顷', [{ value: 10, unit: 'ha', raw: '10公顷' }]],
	[
		'2025年1月4日',
		[
			{ value: 2025, unit: 'year', raw: '2025年' },
			{ value: 1, unit: 'month', raw: '1月' },
			{ value: 4, unit: 'day', raw: '4日' },
		],
	],
	// Names and labels: no figures.
	['推进地铁6号线建设，5G基站，PM2.5浓度，“1+8”专项行动，国家5A级旅游景区', []],
	['全力攻坚“十四五”规划，谋划“十五五”，党的二十大和二十届二中、三中全会精神', []],
	['一是稳住经济大盘。一批项目，一体化，统一大市场，万象城，千家万户，两条腿走路，三级服务网络', []],
	['第三代半导体，全市第一', []],
	['根据省委十四届十次全会部署，世界百年变局加速演进，直播电商交易额实现两位数增长', []],
];

const enCases: [string, Omit<Figure, 'offset'>[]][] = [
	['revenue of RMB 4.8 billion', [{ value: 4_800_000_000, unit: 'CNY', raw: 'RMB 4.8 billion' }]],
	['added over 12,000 new business entities', [{ value: 12_000, unit: 'count', approx: 'over', raw: 'over 12,000' }]],
	['grew by 30.7 percent', [{ value: 30.7, unit: 'percent', raw: '30.7 percent' }]],
	['revitalized over 2,000 mu of land', [{ value: 2000, unit: 'mu', approx: 'over', raw: 'over 2,000 mu' }]],
	['rose to 37th in the ranking', [{ value: 37, unit: 'rank', raw: '37th' }]],
	['utilized USD 44 million of foreign investment', [{ value: 44_000_000, unit: 'USD', raw: 'USD 44 million' }]],
	['an investment of RMB 70 million', [{ value: 70_000_000, unit: 'CNY', raw: 'RMB 70 million' }]],
	['income reached RMB 73,000', [{ value: 73_000, unit: 'CNY', raw: 'RMB 73,000' }]],
	['23,000 square meters of plants', [{ value: 23_000, unit: 'm2', raw: '23,000 square meters' }]],
	['Review of Our Work in 2024', [{ value: 2024, unit: 'year', raw: '2024' }]],
	['within 3 to 5 years', [{ value: 3, unit: 'years', approx: 'at-most', range: [3, 5], raw: 'within 3 to 5 years' }]],
	['growth of 5-8 percent', [{ value: 5, unit: 'percent', range: [5, 8], raw: '5-8 percent' }]],
	['about 3,000 people', [{ value: 3000, unit: 'count', approx: 'about', raw: 'about 3,000' }]],
	['growth of around 5 percent', [{ value: 5, unit: 'percent', approx: 'about', raw: 'around 5 percent' }]],
	['a rate exceeding 130 percent', [{ value: 130, unit: 'percent', approx: 'over', raw: 'exceeding 130 percent' }]],
	['nearly 50 enterprises', [{ value: 50, unit: 'count', approx: 'nearly', raw: 'nearly 50' }]],
	['at least 700 patents', [{ value: 700, unit: 'count', approx: 'at-least', raw: 'at least 700' }]],
	[
		'Seven projects were added, and three honors',
		[
			{ value: 7, unit: 'count', raw: 'Seven' },
			{ value: 3, unit: 'count', raw: 'three' },
		],
	],
	['a 100-day drive', [{ value: 100, unit: 'days', raw: '100-day' }]],
	[
		'output grew 1.5 times, a threefold rise, a 2-fold rise',
		[
			{ value: 1.5, unit: 'times', raw: '1.5 times' },
			{ value: 3, unit: 'times', raw: 'threefold' },
			{ value: 2, unit: 'times', raw: '2-fold' },
		],
	],
	[
		'the RMB 100 billion mark, a "100-billion-yuan district"',
		[
			{ value: 100_000_000_000, unit: 'CNY', raw: 'RMB 100 billion' },
			{ value: 100_000_000_000, unit: 'CNY', raw: '100-billion-yuan' },
		],
	],
	['for the third consecutive year', [{ value: 3, unit: 'years', raw: 'third consecutive year' }]],
	['the 15th Dongpo Culture Festival', [{ value: 15, unit: 'rank', raw: '15th' }]],
	[
		'delivered on January 4, 2025',
		[
			{ value: 1, unit: 'month', raw: 'January' },
			{ value: 4, unit: 'day', raw: '4' },
			{ value: 2025, unit: 'year', raw: '2025' },
		],
	],
	// Names and labels: no figures.
	['Metro Lines 5 and 6, 5G base stations, PM2.5, the "1+8" initiative, a 5A-level scenic area', []],
	['the 14th Five-Year Plan, the 20th CPC National Congress, the 20th CPC Central Committee', []],
	['First, we made efforts. One of the first, the "10-100-1,000" initiative, three-level service, "two-wheel drive"', []],
	['(1) Expanding Social Demand', []],
	['the 10th Plenary Session of the 14th CPC Jiangsu Provincial Committee, changes unseen in a century, double-digit and two-digit growth', []],
	['the "Thousand Villages Demonstration and Ten Thousand Villages Renovation" project', []],
];

describe('extractZhFigures', () => {
	it.each(zhCases)('%s', (text, expected) => {
		expect(short(extractZhFigures(text))).toEqual(expected);
	});

	it('gives the offset of the raw text', () => {
		const text = '全年签约项目116个，总投资120亿元。';
		for (const figure of extractZhFigures(text)) expect(text.slice(figure.offset, figure.offset + figure.raw.length)).toBe(figure.raw);
	});
});

describe('extractEnFigures', () => {
	it.each(enCases)('%s', (text, expected) => {
		expect(short(extractEnFigures(text))).toEqual(expected);
	});
});
