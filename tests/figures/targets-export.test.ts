import { describe, expect, it } from 'vitest';
import { readEdition } from '../../plugins/content/editions.ts';
import { englishNames } from '../../plugins/content/figures/indicators.ts';
import { readGlossaryEntries } from '../../plugins/content/glossary.ts';
import { reportSchema } from '../../plugins/content/schemas/report.ts';
import type { ReportSource } from '../../plugins/publish/export.ts';
import { targetRecords, targetsCsv, targetsCsvHeader, targetsExport } from '../../plugins/publish/targets.ts';
import { targetsExportSchema, targetsJsonSchema } from '../../plugins/publish/targets-schema.ts';
import { targetParagraphs } from './target-passages.ts';

const root = new URL('../..', import.meta.url).pathname;
const seed = readEdition(`${root}content/reports/2025-changzhou-tianning/zh-Hans.md`, root);
const seedData = reportSchema.parse(seed.frontmatter);
/** Indicator names as the build gives them: from the archive's glossary. */
const names = englishNames(readGlossaryEntries(`${root}content`));

/** A province-level report made of the real Jiangsu targets paragraph and a real review sentence. */
const jiangsuBody = [
	'各位代表：',
	'## 一、“十四五”时期和2025年工作回顾',
	'2025年，地区生产总值增长5.3%，一般公共预算收入增长2.1%，城镇新增就业141万人。',
	'五年来，城镇新增就业700万人。',
	'## 二、2026年工作安排',
	targetParagraphs.find((entry) => entry.report === '2026-jiangsu')!.text,
].join('\n\n');

const sources: ReportSource[] = [
	{ report: '2026-jiangsu', editions: { 'zh-Hans': { data: { ...seedData, report: '2026-jiangsu', region: '320000', year: 2026 }, body: jiangsuBody } } },
	{ report: '2025-changzhou-tianning', editions: { 'zh-Hans': { data: seedData, body: seed.body } } },
];
const url = (record: { report: string; block: string }) => `https://example.org/zh-Hans/${record.report}/#${record.block}`;

describe('the targets export', () => {
	const records = targetRecords(sources);

	it('holds every report’s targets and achieved values, with year and region', () => {
		const jiangsu = records.filter((record) => record.report === '2026-jiangsu');
		expect(jiangsu.filter((record) => record.kind === 'target')).toHaveLength(10);
		expect(jiangsu.filter((record) => record.kind === 'achieved').map((record) => [record.indicator, record.low, record.block])).toEqual([
			['gdp-growth', 5.3, 'p1-1'],
			['general-budget-revenue-growth', 2.1, 'p1-1'],
			['urban-new-jobs', 1_410_000, 'p1-1'],
		]);
		expect(jiangsu[0]).toMatchObject({
			year: 2026,
			region: { code: '320000', level: 'province', zh: '江苏省', en: 'Jiangsu Province' },
			block: 'p2-1',
			indicator: 'gdp-growth',
			qualifier: 'planned',
		});
		expect(records.filter((record) => record.report === '2025-changzhou-tianning' && record.kind === 'target')).toHaveLength(10);
	});

	it('validates against its published schema', () => {
		const data = targetsExport(records, { schema: '/api/schema/targets.schema.json', csv: '/api/targets.csv', record: url }, names);
		expect(() => targetsExportSchema.parse(data)).not.toThrow();
		expect(data.records[0]!.url).toBe('https://example.org/zh-Hans/2026-jiangsu/#p2-1');
		expect(data.indicators.map((indicator) => indicator.key)).toContain('gdp-growth');
		// Named by the glossary's row for 地区生产总值 (gross regional product | GRP).
		expect(data.indicators.find((indicator) => indicator.key === 'gdp-growth')!.en).toBe('Gross regional product, growth');
		const schema = targetsJsonSchema('https://example.org/api/schema/targets.schema.json');
		expect(schema).toMatchObject({ $id: 'https://example.org/api/schema/targets.schema.json', title: 'report-press targets export', type: 'object' });
		expect(JSON.stringify(schema)).toContain('"gdp-growth"');
	});

	it('writes CSV with BOM, CRLF and RFC 4180 quoting, one row per record', () => {
		const csv = targetsCsv(records, url, names);
		expect(csv.startsWith('\uFEFFreport,year,region_code,')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]).toBe(targetsCsvHeader.join(','));
		expect(lines).toHaveLength(records.length + 2);
		expect(csv).not.toMatch(/[^\r]\n/);
		expect(lines[1]).toBe(
			'2026-jiangsu,2026,320000,province,江苏省,Jiangsu Province,target,gdp-growth,"Gross regional product, growth",5,5,percent,planned,true,5%,地区生产总值按增长5%安排，在实际工作中努力争取更好结果,p2-1,https://example.org/zh-Hans/2026-jiangsu/#p2-1',
		);
		// An English name with a comma is quoted.
		expect(csv).toContain(',"Binding targets for energy saving, emissions, carbon and resources",');
	});
});
