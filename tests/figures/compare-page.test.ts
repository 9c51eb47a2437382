import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTargets } from '../../plugins/content/figures/indicator-records.ts';
import { englishNames, indicators } from '../../plugins/content/figures/indicators.ts';
import { parseGlossary, readGlossaryEntries } from '../../plugins/content/glossary.ts';
import type { TargetRecord } from '../../plugins/publish/targets.ts';
import { cellText, compareCharts, comparePages, englishFigure, minChartReports, sourceWording } from '../../plugins/site/compare.ts';
import { rangeChartSvg, tickStep } from '../../plugins/site/range-chart.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { buildSite } from '../search/build-site.ts';
import { targetParagraphs } from './target-passages.ts';

const root = new URL('../..', import.meta.url).pathname;
const glossary = readGlossaryEntries(join(root, 'content'));
const names = englishNames(glossary);

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

const pages = comparePages([...records, achieved], names);

describe('the comparison pages', () => {
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

	it('charts every indicator that at least three reports state with a figure, GDP growth first', () => {
		const [province] = pages;
		const charts = compareCharts(province!);
		const stated = (index: number) => province!.rows.filter((row) => row.cells[index]?.target.low !== undefined).length;
		expect(charts.map((chart) => chart.column.key)).toEqual(
			province!.columns.filter((_, index) => stated(index) >= minChartReports).map((column) => column.key),
		);
		expect(charts[0]!.column.key).toBe('gdp-growth');
		expect(charts.map((chart) => chart.column.key)).toContain('cpi');
		for (const chart of charts) expect(chart.rows.length + chart.otherUnit.length + chart.noFigure.length).toBe(province!.rows.length);
		// The county page has one report: nothing to compare on a chart.
		expect(compareCharts(pages[1]!)).toEqual([]);
	});

	it('spaces ticks 1, 2 or 5 × 10ⁿ apart and draws non-percent figures on their own axis', () => {
		expect([tickStep(6), tickStep(2), tickStep(12), tickStep(1_200_000), tickStep(0.8)]).toEqual([1, 0.5, 2, 200_000, 0.2]);
		const svg = rangeChartSvg(
			[
				{ label: 'A', low: 1_200_000, high: 1_200_000, valueText: '120万人' },
				{ label: 'B', low: 500_000, high: 500_000, valueText: '50万人' },
			],
			{ title: 'Jobs', description: 'New urban jobs', lang: 'en', achievedLabel: '', tick: (value) => `${value / 10_000}万` },
		);
		expect(svg).toContain('>120万</text>');
		expect(svg).not.toContain('%</text>');
	});
});

describe('English indicator names', () => {
	it('are the glossary’s archive rows for each indicator’s term, with no indicator left to its fallback', () => {
		const rows = new Map(glossary.filter((entry) => entry.report === undefined).map((entry) => [entry.zh, entry]));
		for (const indicator of indicators) {
			const row = rows.get(indicator.term);
			expect(row, `${indicator.key}: no archive glossary row for ${indicator.term}`).toBeDefined();
			const name = names.get(indicator.key)!;
			expect(name.toLowerCase(), indicator.key).toContain(row!.en[0]!.toLowerCase());
			expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase());
		}
		expect(names.get('gdp-growth')).toBe('Gross regional product, growth');
		expect(names.get('cpi')).toBe('Rise in consumer prices');
		expect(names.get('urban-surveyed-unemployment')).toBe('Surveyed urban unemployment rate');
	});

	it('fall back to the vocabulary’s own name where the glossary lacks the term, and ignore a report’s own row', () => {
		const { entries } = parseGlossary(
			['zh\ten\tnote\tsource\tvariants\tforbidden\treport', '居民消费价格\tprices of consumers\t\t\t\t\t2026-jiangsu'].join('\n'),
			'glossary.tsv',
		);
		const fallback = englishNames(entries);
		for (const indicator of indicators) expect(fallback.get(indicator.key)).toBe(indicator.en);
	});

	it('head the English comparison columns', () => {
		for (const column of pages[0]!.columns) expect(column.en).toBe(names.get(column.key));
	});
});

/**
 * The page in Chromium, against a real build of the main site's content (print edition off, as the
 * search tests build it). REPORT_PRESS_TEST_SITE names a folder already built that way from this
 * checkout, so a run after a build need not make a second one.
 */
describe('the comparison page in a browser', () => {
	const prebuilt = process.env.REPORT_PRESS_TEST_SITE;
	const outDir = prebuilt ?? mkdtempSync(join(tmpdir(), 'report-press-compare-'));
	const path = '/zh-Hans/compare/2026/province/';
	let server: { url: string; close: () => Promise<void> };
	let browser: Browser;
	/** Keys of the charts the page has, in page order (read from the built HTML, without a browser). */
	let keys: string[];

	beforeAll(async () => {
		if (!prebuilt) buildSite(outDir);
		keys = [...readFileSync(join(outDir, path, 'index.html'), 'utf8').matchAll(/data-chart="([a-z0-9-]+)"/g)].map((match) => match[1]!);
		server = await serveStatic(outDir);
		browser = await launchChromium();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
	});

	const visibleCharts = (page: Page) =>
		page.$$eval('[data-chart]', (charts) =>
			charts.filter((chart) => (chart as HTMLElement).offsetParent !== null).map((chart) => (chart as HTMLElement).dataset.chart),
		);

	it('has every chart without script, shows GDP growth first and the others through in-page links', async () => {
		expect(keys[0]).toBe('gdp-growth');
		expect(keys).toEqual(expect.arrayContaining(['cpi', 'urban-surveyed-unemployment', 'urban-new-jobs']));
		const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
		// CSP: the enhancement is a bundled module, its styles in the page's stylesheet.
		expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
		expect(html).not.toMatch(/<style[\s>]|\sstyle="/);
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`);
		expect(await page.locator('[data-chart] svg.range-chart').count()).toBe(keys.length);
		expect(await page.locator('select').count()).toBe(0);
		expect(await visibleCharts(page)).toEqual(['gdp-growth']);
		await page.locator('[data-chart-links] a[href="#chart-cpi"]').click();
		expect(await visibleCharts(page)).toEqual(['cpi']);
		await context.close();
	});

	it('switches charts with a labelled select, by keyboard, and keeps ?indicator= across a reload', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`);
		const select = page.getByLabel('图表指标');
		await expect.poll(() => select.count()).toBe(1);
		expect(await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(keys);
		expect(await page.locator('[data-chart-links]').isVisible()).toBe(false);
		expect(await visibleCharts(page)).toEqual(['gdp-growth']);
		await select.focus();
		await page.keyboard.press('ArrowDown');
		expect(await visibleCharts(page)).toEqual([keys[1]]);
		expect(new URL(page.url()).searchParams.get('indicator')).toBe(keys[1]);
		await select.selectOption('cpi');
		expect(await visibleCharts(page)).toEqual(['cpi']);
		expect(new URL(page.url()).search).toBe('?indicator=cpi');
		await page.reload();
		await expect.poll(() => visibleCharts(page)).toEqual(['cpi']);
		expect(await page.getByLabel('图表指标').inputValue()).toBe('cpi');
		// An address naming no chart of the page opens the first.
		await page.goto(`${server.url}${path}?indicator=no-such-indicator`);
		await expect.poll(() => visibleCharts(page)).toEqual(['gdp-growth']);
		await context.close();
	});

	it('names the indicators on the English page as the glossary renders them', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.url}/en/compare/2026/province/`);
		const select = page.getByLabel('Indicator charted');
		await expect.poll(() => select.count()).toBe(1);
		const options = await select.locator('option').evaluateAll((items) => items.map((item) => [(item as HTMLOptionElement).value, item.textContent]));
		expect(options).toEqual(keys.map((key) => [key, names.get(key)]));
		const headings = await page.$$eval('thead th[id^="col-"]', (cells) => cells.map((cell) => [cell.id.slice(4), cell.textContent!.trim()]));
		expect(headings.length).toBeGreaterThan(5);
		for (const [key, text] of headings) expect(text, key).toBe(names.get(key!));
		await context.close();
	});

	it('names them so in the targets export', () => {
		const data = JSON.parse(readFileSync(join(outDir, 'api/targets.json'), 'utf8')) as { indicators: { key: string; en: string }[] };
		expect(data.indicators.map((indicator) => [indicator.key, indicator.en])).toEqual(indicators.map((indicator) => [indicator.key, names.get(indicator.key)]));
		const csv = readFileSync(join(outDir, 'api/targets.csv'), 'utf8');
		expect(csv).toContain(',cpi,Rise in consumer prices,');
	});
});
