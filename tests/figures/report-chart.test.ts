/**
 * The figures charts of a reading page (plugins/site/figures-view.ts, indicator-chart.ts): only what the
 * indicator records name is charted, one chart per comparable quantity, every row labelled with the
 * indicator's name in the page language; every figure stays in the tables, written in full (490元/月).
 * Pure functions on the real Tianning and Jiangsu editions, then the built reading pages in Chromium at
 * 1280 and 390 px: no text of a chart runs outside it, nothing in the section overflows.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../plugins/content/editions.ts';
import { englishNames, indicatorOf, otherIndicator } from '../../plugins/content/figures/indicators.ts';
import { readGlossaryEntries } from '../../plugins/content/glossary.ts';
import { reportSchema } from '../../plugins/content/schemas/report.ts';
import { toTraditional } from '../../plugins/content/zh-hant.ts';
import { figuresTableOf, type ReportSource } from '../../plugins/publish/export.ts';
import { targetRecords } from '../../plugins/publish/targets.ts';
import { chartDescription, indicatorCharts, viewRows, type ChartGroup } from '../../plugins/site/figures-view.ts';
import { indicatorChartSvg, textWidth, wrapText } from '../../plugins/site/indicator-chart.ts';
import { serveFixtureSite, type ServedFixture } from '../helpers/fixture-site.ts';

const root = new URL('../..', import.meta.url).pathname;
const names = englishNames(readGlossaryEntries(`${root}content`));
const reports = ['2025-changzhou-tianning', '2026-jiangsu'] as const;

function source(report: string): ReportSource {
	const editions = Object.fromEntries(
		(['zh-Hans', 'en'] as const).map((language) => {
			const edition = readEdition(`${root}content/reports/${report}/${language}.md`, root);
			return [language, { data: reportSchema.parse(edition.frontmatter), body: edition.body }];
		}),
	);
	return { report, editions };
}
const sources = Object.fromEntries(reports.map((report) => [report, source(report)]));
const records = (report: string) => targetRecords([sources[report]!]);
const bars = (group: ChartGroup) => group.rows.flatMap((row) => [row.target, row.achieved].filter((value) => value !== undefined));

describe('what the charts show', () => {
	it('charts only records that name an indicator and state a figure in its unit; every other figure is left to the tables', () => {
		for (const report of reports) {
			const all = records(report);
			const charted = indicatorCharts(all, 'zh-Hans', names).flatMap((group) => group.rows.map((row) => row.indicator));
			expect(charted.length, report).toBeGreaterThan(0);
			expect(charted).not.toContain(otherIndicator);
			for (const key of charted)
				expect(
					all.some((record) => record.indicator === key && record.low !== undefined),
					key,
				).toBe(true);
			// Tianning states 税比85.9% and 年度投资完成率超130%: figures the vocabulary cannot name, in the table only.
			const values = indicatorCharts(all, 'zh-Hans', names).flatMap((group) => bars(group).map((value) => value!.text));
			const table = figuresTableOf(sources[report]!);
			expect(table.results.length + table.targets.length).toBeGreaterThan(values.length);
		}
		const tianning = indicatorCharts(records('2025-changzhou-tianning'), 'zh-Hans', names).flatMap((group) => bars(group).map((value) => value!.text));
		expect(tianning).not.toContain('85.9%');
		expect(tianning).not.toContain('超130%');
	});

	it('puts only comparable quantities on one scale: growth rates together, any other indicator in a chart of its own, one unit to a chart', () => {
		for (const report of reports) {
			const groups = indicatorCharts(records(report), 'en', names);
			expect(new Set(groups.map((group) => group.key)).size).toBe(groups.length);
			for (const group of groups) {
				const measures = new Set(group.rows.map((row) => indicatorOf(row.indicator)!.measure));
				expect(measures.size, group.key).toBe(1);
				if (measures.has('level')) expect(group.rows, group.key).toHaveLength(1);
				const units = new Set(
					records(report)
						.filter((record) => group.rows.some((row) => row.indicator === record.indicator) && record.low !== undefined)
						.map((record) => record.unit),
				);
				if (group.key === 'growth' || group.key === 'reduction') expect([...units]).toEqual(['percent']);
				expect(group.unit).toBe([...units].find((unit) => group.key === 'growth' || group.key === 'reduction' || group.key.endsWith(`:${unit}`)));
				// A chart compares at least two figures.
				expect(bars(group).length, group.key).toBeGreaterThanOrEqual(2);
			}
		}
		// Jiangsu: the unemployment rate (a rate) is never drawn beside GDP growth (a change), though both are percent.
		const jiangsu = indicatorCharts(records('2026-jiangsu'), 'zh-Hans', names);
		const growth = jiangsu.find((group) => group.key === 'growth')!;
		expect(growth.rows.map((row) => row.indicator)).toContain('gdp-growth');
		expect(growth.rows.map((row) => row.indicator)).not.toContain('urban-surveyed-unemployment');
		expect(jiangsu.find((group) => group.rows.some((row) => row.indicator === 'urban-surveyed-unemployment'))!.rows).toHaveLength(1);
	});

	it('labels each row with the indicator’s name in the page language, never with a fragment of the sentence', () => {
		for (const report of reports) {
			for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
				for (const group of indicatorCharts(records(report), lang, names)) {
					for (const row of group.rows) {
						const indicator = indicatorOf(row.indicator)!;
						const name = lang === 'en' ? names.get(row.indicator)! : lang === 'zh-Hant' ? toTraditional(indicator.zh) : indicator.zh;
						// In a chart of one indicator the title names it; otherwise the row does.
						if (row.label) expect(row.label).toBe(name);
						else expect(group.title.startsWith(name), `${group.title} / ${name}`).toBe(true);
						expect(`${row.label}${group.title}`).not.toMatch(/\d/);
					}
				}
			}
		}
		const en = indicatorCharts(records('2026-jiangsu'), 'en', names);
		expect(en[0]!.title).toBe('Growth rates (%)');
		expect(en[0]!.rows[0]!.label).toBe(names.get('gdp-growth'));
	});

	it('gives every bar the figure as the edition words it, and the chart a text alternative holding every figure', () => {
		const [growth] = indicatorCharts(records('2026-jiangsu'), 'zh-Hans', names);
		const gdp = growth!.rows.find((row) => row.indicator === 'gdp-growth')!;
		const target = records('2026-jiangsu').find((record) => record.kind === 'target' && record.indicator === 'gdp-growth')!;
		expect(gdp.target!.text).toBe(target.figure);
		const description = chartDescription(growth!, 'zh-Hans', { target: '2026年目标', achieved: '2025年实际' });
		for (const row of growth!.rows) {
			expect(description).toContain(row.label);
			for (const value of [row.target, row.achieved]) if (value) expect(description).toContain(value.text);
		}
	});
});

describe('the tables', () => {
	it('write a rate’s figure in full: 490元/月, RMB 490 per month', () => {
		const table = figuresTableOf(sources['2025-changzhou-tianning']!);
		const zh = viewRows(table.results, 'zh-Hans').find((row) => row.clause.includes('490元/月'))!;
		expect(zh.figure).toBe('490元/月');
		const en = viewRows(table.results, 'en').find((row) => row.clause.includes('RMB 490 per month'))!;
		expect(en.figure).toBe('RMB 490 per month');
		// A figure without a rate is as it was.
		expect(viewRows(table.results, 'zh-Hans').find((row) => row.clause.startsWith('税比'))!.figure).toBe('85.9%');
	});
});

describe('the chart SVG', () => {
	const options = { title: 'T', description: 'D', lang: 'en', targetName: 'target', achievedName: 'actual', tick: (value: number) => `${value}%` };

	it('wraps a long name instead of cutting it, each line within the width', () => {
		const name = 'Value added of industrial enterprises above designated size, growth';
		const lines = wrapText(name, 314, 13);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(name);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(314);
		expect(wrapText('居民人均可支配收入增长', 80, 13).join('')).toBe('居民人均可支配收入增长');
		const svg = indicatorChartSvg(
			[
				{ indicator: 'x', label: name, target: { low: 5, high: 5, text: 'about 5%' } },
				{ indicator: 'y', label: 'B<b>', achieved: { low: 2, high: 2, text: '2%' } },
			],
			options,
		);
		expect([...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1])).toEqual([...lines, 'B&lt;b&gt;']);
		expect(svg).not.toContain('…');
	});

	it('draws bars from zero on one axis: a range as a lighter span, a fall leftwards, in an image with its text alternative', () => {
		const svg = indicatorChartSvg(
			[
				{
					indicator: 'a',
					label: 'A',
					target: { low: 5, high: 5.5, text: '5%—5.5%' },
					achieved: { low: -3.3, high: -3.3, text: '-3.3%' },
				},
			],
			options,
		);
		const zero = Number(/<line x1="([\d.]+)"[^>]*class="chart__grid chart__grid--zero"/.exec(svg)![1]);
		const target = [
			...svg.matchAll(/<rect x="([\d.-]+)" y="[\d.]+" width="([\d.]+)" height="\d+" class="chart__(bar chart__bar--target|range|bar chart__bar--achieved)"/g),
		].map((match) => ({
			x: Number(match[1]),
			width: Number(match[2]),
			kind: match[3],
		}));
		const [bar, range, fall] = target;
		expect(bar).toMatchObject({ x: zero, kind: 'bar chart__bar--target' });
		expect(range!.kind).toBe('range');
		expect(range!.x).toBeCloseTo(zero + bar!.width, 1);
		expect(range!.width / bar!.width).toBeCloseTo(0.5 / 5, 2);
		expect(fall!.kind).toBe('bar chart__bar--achieved');
		expect(fall!.x + fall!.width).toBeCloseTo(zero, 1);
		// An image holds nothing to focus (axe: nested-interactive); the tables link every figure to its paragraph.
		expect(svg).not.toMatch(/<a[\s>]/);
		expect(svg).toMatch(/role="img" aria-labelledby="(chart-\w+)-title \1-desc"/);
		expect(indicatorChartSvg([], options)).toBe('');
	});
});

describe('the charts on the built reading pages', () => {
	let fixture: ServedFixture;

	beforeAll(async () => {
		fixture = await serveFixtureSite('report-chart', (content) => {
			mkdirSync(join(content, 'reports'));
			for (const report of reports) cpSync(join(root, 'content/reports', report), join(content, 'reports', report), { recursive: true });
			cpSync(join(root, 'content/glossary.tsv'), join(content, 'glossary.tsv'));
			cpSync(join(root, 'content/zh-hant-exceptions.txt'), join(content, 'zh-hant-exceptions.txt'));
		});
	}, 300_000);

	afterAll(() => fixture?.close());

	for (const [width, colorScheme] of [
		[1280, 'light'],
		[390, 'dark'],
	] as const) {
		it(`clips no name or figure at ${width} px, names every row as the data does, passes axe (${colorScheme})`, async () => {
			const context = await fixture.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
			const page = await context.newPage();
			for (const report of reports) {
				for (const lang of ['zh-Hans', 'en'] as const) {
					await page.goto(`${fixture.base}/${lang}/${report}/`);
					await page.evaluate(() => document.querySelector<HTMLDetailsElement>('#figures details')!.setAttribute('open', ''));
					const found = await page.evaluate(() => {
						const outside = [...document.querySelectorAll<SVGTextElement>('#figures svg text')].flatMap((text) => {
							const box = text.getBBox();
							const view = text.ownerSVGElement!.viewBox.baseVal;
							const inside = box.x >= view.x && box.x + box.width <= view.x + view.width && box.y >= view.y && box.y + box.height <= view.y + view.height;
							return inside ? [] : [text.textContent];
						});
						const overflowing = [...document.querySelectorAll<HTMLElement>('#figures, #figures .figures-table__charts, #figures figure')]
							.filter((element) => element.scrollWidth > element.clientWidth)
							.map((element) => element.className);
						const labels = [...document.querySelectorAll('#figures .chart__label')].map((label) =>
							[...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
						);
						return { outside, overflowing, labels };
					});
					expect(found.outside, `${report} ${lang}`).toEqual([]);
					expect(found.overflowing, `${report} ${lang}`).toEqual([]);
					const axe = await new AxeBuilder({ page }).include('#figures').analyze();
					expect(
						axe.violations.map((violation) => violation.id),
						`${report} ${lang}`,
					).toEqual([]);
					const expected = indicatorCharts(records(report), lang, names).flatMap((group) => group.rows.map((row) => row.label).filter(Boolean));
					expect(found.labels.map((label) => (lang === 'en' ? label : label.replaceAll(' ', '')))).toEqual(expected);
				}
			}
			await context.close();
		});
	}
});
