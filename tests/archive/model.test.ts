import { describe, expect, it } from 'vitest';
import { csvField, figuresCsv, reportExport } from '../../plugins/publish/export.ts';
import { reportExportSchema, reportJsonSchema } from '../../plugins/publish/export-schema.ts';
import { atomXml, entryUpdated } from '../../plugins/publish/feed.ts';
import { editionBlocks } from '../../plugins/content/model.ts';
import { sitemapXml } from '../../plugins/publish/sitemap.ts';
import { pickFigures, targetClauses } from '../../plugins/content/figures/targets.ts';
import { readEdition } from '../../plugins/content/editions.ts';
import { reportSchema } from '../../plugins/content/schemas/report.ts';
import { deriveTraditional } from '../../plugins/content/loader.ts';

const root = new URL('../..', import.meta.url).pathname;
const tianning = (language: 'zh-Hans' | 'en') => readEdition(`${root}content/reports/2025-changzhou-tianning/${language}.md`, root);
const fixture = (report: string, language: 'zh-Hans' | 'en') =>
	readEdition(`${root}tests/fixtures/site/archive-content/reports/${report}/${language}.md`, root);
const source = (report: string) => {
	const zh = fixture(report, 'zh-Hans');
	const en = fixture(report, 'en');
	const hant = deriveTraditional(zh, []);
	return {
		report,
		editions: {
			'zh-Hans': { data: reportSchema.parse(zh.frontmatter), body: zh.body },
			'zh-Hant': { data: reportSchema.parse(hant.frontmatter), body: hant.raw },
			en: { data: reportSchema.parse(en.frontmatter), body: en.body },
		},
	};
};
const urls = {
	reading: (language: string, report: string) => `/${language}/${report}/`,
	schema: '/api/schema/report.schema.json',
	json: (report: string) => `/api/reports/${report}.json`,
	csv: (report: string) => `/api/reports/${report}-figures.csv`,
};

describe('targets and key results', () => {
	const table = pickFigures({ 'zh-Hans': editionBlocks(tianning('zh-Hans').body, 'zh-Hans'), en: editionBlocks(tianning('en').body, 'en') });

	it('finds the 主要预期目标 paragraph of the Tianning report and splits it clause by clause in both languages', () => {
		expect(table.targetsBlock).toBe('p2-3');
		expect(table.targets.map((row) => row.text['zh-Hans']!.clause)).toEqual([
			'地区生产总值增长5%左右',
			'一般公共预算收入保持稳定增长',
			'实际使用外资、进出口总额稳中提质',
			'居民人均可支配收入与GDP同向增长',
			'社会消费品零售总额增长5%左右',
			'本质安全水平不断提升',
			'全面完成市下达的节能降耗、生态环保等目标任务',
		]);
		expect(table.targets[0]).toEqual({
			kind: 'target',
			block: 'p2-3',
			value: 5,
			unit: 'percent',
			approx: 'about',
			text: { 'zh-Hans': { clause: '地区生产总值增长5%左右', figure: '5%左右' }, en: { clause: 'GRP growth of around 5 percent', figure: 'around 5 percent' } },
		});
		expect(table.targets[4]!.text.en).toEqual({ clause: 'growth of around 5 percent in total retail sales of consumer goods', figure: 'around 5 percent' });
		expect(table.targets[1]).toEqual({
			kind: 'target',
			block: 'p2-3',
			text: { 'zh-Hans': { clause: '一般公共预算收入保持稳定增长' }, en: { clause: 'steady growth in general public budget revenue' } },
		});
	});

	it('takes key results (money, percent, rank) from the review part, paired with the translation by value and unit', () => {
		expect(table.results[0]).toEqual({
			kind: 'result',
			block: 'p1-2',
			value: 4_800_000_000,
			unit: 'CNY',
			text: {
				'zh-Hans': { clause: '预计完成一般公共预算收入48亿元', figure: '48亿元' },
				en: { clause: 'General public budget revenue is expected to reach RMB 4.8 billion', figure: 'RMB 4.8 billion' },
			},
		});
		expect(table.results.find((row) => row.unit === 'rank')?.text.en?.figure).toBe('37th');
		expect(table.results.every((row) => row.block.startsWith('p1-'))).toBe(true);
	});

	it('gives zh-Hant rows by position in the converted text (the zh reader does not read 億)', () => {
		const hant = deriveTraditional(tianning('zh-Hans'), []);
		const withHant = pickFigures({ 'zh-Hans': editionBlocks(tianning('zh-Hans').body, 'zh-Hans'), 'zh-Hant': editionBlocks(hant.raw, 'zh-Hant') });
		expect(withHant.results[0]!.text['zh-Hant']).toEqual({ clause: '預計完成一般公共預算收入48億元', figure: '48億元' });
		expect(withHant.targets[0]!.text['zh-Hant']).toEqual({ clause: '地區生產總值增長5%左右', figure: '5%左右' });
	});

	it('splits English target lists at semicolons, dropping a final "and"', () => {
		expect(targetClauses('The main targets are: GRP growth of around 5.5 percent; steady revenue; and retail growth of 6 percent. More text.', 'en')).toEqual([
			'GRP growth of around 5.5 percent',
			'steady revenue',
			'retail growth of 6 percent',
		]);
	});
});

describe('data exports', () => {
	const corrected = source('2023-testcity-demo');
	const data = reportExport(corrected, urls);

	it('JSON: metadata, corrections per edition, structure with ids and text per language, figures with values and units', () => {
		expect(() => reportExportSchema.parse(data)).not.toThrow();
		expect(data).toMatchObject({
			$schema: '/api/schema/report.schema.json',
			format: 'report-press/report',
			formatVersion: 2,
			report: '2023-testcity-demo',
			year: 2023,
			delivered: '2023-01-12',
			status: 'corrected',
		});
		expect(data.region).toEqual({
			code: '320402',
			level: 'county',
			name: { zh: '江苏省常州市天宁区', en: 'Tianning District, Changzhou, Jiangsu Province' },
			chain: [
				{ code: '320000', level: 'province', zh: '江苏省', en: 'Jiangsu Province' },
				{ code: '320400', level: 'city', zh: '常州市', en: 'Changzhou' },
				{ code: '320402', level: 'county', zh: '天宁区', en: 'Tianning District' },
			],
			province: { zh: '江苏省', en: 'Jiangsu Province' },
			city: { zh: '常州市', en: 'Changzhou' },
			district: { zh: '天宁区', en: 'Tianning District' },
		});
		expect(Object.keys(data.editions)).toEqual(['zh-Hans', 'zh-Hant', 'en']);
		expect(data.editions.en!.corrections).toEqual([
			{ date: '2023-03-01', note: 'Part I, paragraph 2: general public budget revenue corrected from RMB 4.5 billion to RMB 450 million (typing error).' },
		]);
		expect(data.editions['zh-Hant']!).toMatchObject({ derivedFrom: 'zh-Hans', url: '/zh-Hant/2023-testcity-demo/', title: '政府工作報告' });
		expect(data.structure.map((block) => block.id)).toEqual(['p0-1', 'p0-2', 'p1', 'p1-1', 'p1-2', 'p2', 'p2-1']);
		const p12 = data.structure.find((block) => block.id === 'p1-2')!;
		expect(p12.parent).toBe('p1');
		expect(p12.leads).toEqual({ 'zh-Hans': ['经济运行稳中有进。'], 'zh-Hant': ['經濟運行穩中有進。'], en: ['The economy grew steadily.'] });
		expect(p12.figures['zh-Hans']![0]).toEqual({ value: 450_000_000, unit: 'CNY', raw: '4.5亿元', offset: 19 });
		expect(p12.text['zh-Hans']!.slice(19, 19 + '4.5亿元'.length)).toBe('4.5亿元');
		expect(p12.figures.en![0]).toMatchObject({ value: 450_000_000, unit: 'CNY', raw: 'RMB 450 million' });
		expect(p12.text.en!.slice(p12.figures.en![0]!.offset)).toMatch(/^RMB 450 million/);
		expect(data.targets.map((row) => [row.value, row.unit, row.text.en?.figure])).toEqual([
			[5.5, 'percent', 'around 5.5 percent'],
			[undefined, undefined, undefined],
			[6, 'percent', 'around 6 percent'],
		]);
	});

	it('CSV: BOM, header, one row per figure and language, RFC 4180 quoting, CRLF', () => {
		const csv = figuresCsv(corrected);
		expect(csv.startsWith('\uFEFFreport,block,language,value,unit,approx,range_from,range_to,raw,role,context\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = csv.slice(1).split('\r\n');
		expect(rows).toContain('2023-testcity-demo,p1-2,zh-Hans,450000000,CNY,,,,4.5亿元,result,完成一般公共预算收入4.5亿元');
		expect(rows).toContain('2023-testcity-demo,p1-2,en,37,rank,,,,37th,result,and the district rose to 37th among the top 100 districts nationwide');
		expect(rows).toContain('2023-testcity-demo,p2-1,zh-Hans,5.5,percent,about,,,5.5%左右,target,地区生产总值增长5.5%左右');
		expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
	});

	it('JSON Schema generated from the zod model documents every property', () => {
		const schema = reportJsonSchema('https://example.org/api/schema/report.schema.json');
		expect(schema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: 'https://example.org/api/schema/report.schema.json',
			title: 'report-press report export',
		});
		const undocumented: string[] = [];
		const walk = (node: any, path: string) => {
			if (!node || typeof node !== 'object') return;
			for (const [key, value] of Object.entries<any>(node.properties ?? {})) {
				if (!value.description) undocumented.push(`${path}.${key}`);
				walk(value, `${path}.${key}`);
			}
			for (const key of ['items', 'additionalProperties']) walk(node[key], `${path}[]`);
			for (const [key, value] of Object.entries<any>(node.$defs ?? {})) walk(value, `$defs.${key}`);
		};
		walk(schema, '');
		expect(undocumented).toEqual([]);
	});
});

describe('corrections in the report model', () => {
	const base = reportSchema.parse(fixture('2024-testcity-demo', 'zh-Hans').frontmatter);
	const input = { ...base, delivered: '2024-01-10' };

	it('requires a dated note when status is corrected', () => {
		const result = reportSchema.safeParse({ ...input, status: 'corrected' });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['corrections', 'a corrected report must list its corrections (corrections: [{ date: 2025-03-01, note: what changed and why }])'],
		]);
		expect(reportSchema.safeParse({ ...input, status: 'corrected', corrections: [{ date: '2024-02-01', note: '更正' }] }).success).toBe(true);
	});

	it('refuses a correction dated before the report and unknown fields', () => {
		expect(reportSchema.safeParse({ ...input, status: 'corrected', corrections: [{ date: '2023-12-01', note: 'x' }] }).error!.issues[0]!.path).toEqual([
			'corrections',
			0,
			'date',
		]);
		expect(reportSchema.safeParse({ ...input, status: 'corrected', corrections: [{ date: '2024-02-01', note: 'x', why: 'y' }] }).success).toBe(false);
	});
});

describe('feed, sitemap', () => {
	it('Atom: corrected entries are updated on their last correction and carry the dated note', () => {
		const common = {
			title: 'T',
			link: '/en/r/',
			author: 'A',
			summary: 'S',
			correctionsLabel: 'Corrections',
			formatDate: (date: Date) => date.toISOString().slice(0, 10),
		};
		const xml = atomXml({
			lang: 'en',
			title: 'Archive',
			self: 'https://x.org/en/feed.xml',
			home: 'https://x.org/en/',
			entries: [
				{ ...common, report: '2024-a', published: new Date('2024-01-10'), status: 'final', corrections: [] },
				{
					...common,
					report: '2023-b',
					published: new Date('2023-01-12'),
					status: 'corrected',
					corrections: [{ date: new Date('2024-03-01'), note: 'Fixed <a> figure.' }],
				},
				{ ...common, report: '2022-c', published: new Date('2022-01-12'), status: 'draft', corrections: [] },
			],
		});
		expect(xml).toContain('<updated>2024-03-01T00:00:00Z</updated>\n<link rel="self"');
		expect([...xml.matchAll(/<id>(urn:report-press:report:[^<]+)<\/id>/g)].map((match) => match[1])).toEqual([
			'urn:report-press:report:2023-b:en',
			'urn:report-press:report:2024-a:en',
		]);
		expect(xml).toContain(
			'&lt;h2&gt;Corrections&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;time datetime=&quot;2024-03-01&quot;&gt;2024-03-01&lt;/time&gt;: Fixed &amp;lt;a&amp;gt; figure.&lt;/li&gt;',
		);
		expect(entryUpdated({ published: new Date('2023-01-12'), corrections: [] })).toEqual(new Date('2023-01-12'));
	});

	it('sitemap: each language version lists all versions and x-default', () => {
		const xml = sitemapXml(['/', '/en/', '/zh-Hans/', '/en/r/', '/zh-Hans/r/', '/zh-Hant/r/', '/print/r/en/'], {
			site: 'https://x.org',
			languages: ['zh-Hans', 'zh-Hant', 'en'],
			defaultLanguage: 'zh-Hans',
			exclude: (path) => path.startsWith('/print/'),
		});
		expect(xml).toContain(
			'<url><loc>https://x.org/en/r/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://x.org/zh-Hans/r/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://x.org/zh-Hant/r/"/><xhtml:link rel="alternate" hreflang="en" href="https://x.org/en/r/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://x.org/zh-Hans/r/"/></url>',
		);
		expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://x.org/"/>');
		expect(xml).not.toContain('print');
	});
});
