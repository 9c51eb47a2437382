/**
 * The archive as a reader and an archivist see it: a fixture site (tests/fixtures/site with
 * archive-content: one final and one corrected report) built twice from the same commit, with the
 * print edition on (PDFs), the search index and every archive file; the two builds must be
 * byte-identical, file for file, and the manifest must tell the truth about every file.
 * (~40 s per build with PDFs; ARCHIVE_TEST_PDF=0 leaves PDFs out.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../plugins/publish/manifest.ts';
import { sitePaths as listFiles } from '../../plugins/shared/files.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const site = new URL('../fixtures/site', import.meta.url).pathname;
const withPdf = process.env.ARCHIVE_TEST_PDF !== '0';
// One fresh print cache for both builds: the first renders every PDF into it, the second takes every PDF from it,
// so equal manifests also prove that a cached build publishes exactly a clean build's bytes.
const printCache = mkdtempSync(join(tmpdir(), 'rp-archive-print-cache-'));
const env = (outDir: string) => ({
	FIXTURE_OUT_DIR: outDir,
	FIXTURE_CONTENT_DIR: 'archive-content',
	FIXTURE_SITE: 'https://archive.example.org',
	FIXTURE_PDF: withPdf ? '1' : '0',
	REPORT_PRESS_PDF_CACHE: printCache,
});

describe('archive publishing, built twice', () => {
	const first = mkdtempSync(join(tmpdir(), 'rp-archive-a-'));
	const second = mkdtempSync(join(tmpdir(), 'rp-archive-b-'));
	const builds: ReturnType<typeof astroBuild>[] = [];
	const read = (path: string) => readFileSync(join(first, path), 'utf8');
	const manifest = () => JSON.parse(read('integrity/manifest.json')) as Manifest;

	beforeAll(() => {
		builds.push(astroBuild(site, env(first)));
		builds.push(astroBuild(site, env(second)));
	}, 400_000);

	it('builds', () => {
		expect(builds[0]!.status, builds[0]!.output).toBe(0);
		expect(builds[1]!.status, builds[1]!.output).toBe(0);
		if (withPdf) {
			expect(builds[0]!.output).toMatch(/print edition: \d+ PDF\(s\) in [\d.]+ s: [1-9]\d* rendered, 0 from the cache/);
			expect(builds[1]!.output).toMatch(/print edition: \d+ PDF\(s\) in [\d.]+ s: 0 rendered, [1-9]\d* from the cache/);
		}
	});

	it('manifest: every published file with its size and SHA-256, written last', () => {
		const { files, fileCount, totalBytes, format } = manifest();
		expect(format).toBe('report-press/manifest');
		const onDisk = listFiles(first).filter((path) => !path.startsWith('/integrity/'));
		expect(files.map((file) => file.path)).toEqual(onDisk);
		expect(fileCount).toBe(onDisk.length);
		for (const file of files) {
			const bytes = readFileSync(join(first, file.path));
			expect(file, file.path).toEqual({ path: file.path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
		}
		expect(totalBytes).toBe(files.reduce((sum, file) => sum + file.bytes, 0));
		expect(files.some((file) => file.path.startsWith('/pagefind/'))).toBe(true);
		if (withPdf) expect(files.map((file) => file.path)).toContain('/pdf/2023-testcity-demo-zh-Hans.pdf');
		expect(read('integrity/SHA256SUMS').split('\n')[0]).toBe(`${files[0]!.sha256}  ${files[0]!.path.slice(1)}`);
	});

	it('two builds of the same commit are byte-identical (manifests equal; HTML, search index, JSON and PDFs included)', () => {
		const other = JSON.parse(readFileSync(join(second, 'integrity/manifest.json'), 'utf8')) as Manifest;
		const differ = other.files.filter((file, index) => JSON.stringify(file) !== JSON.stringify(manifest().files[index])).map((file) => file.path);
		expect(differ).toEqual([]);
		expect(readFileSync(join(second, 'integrity/manifest.json'), 'utf8')).toBe(read('integrity/manifest.json'));
	});

	it('/api/: index, report JSON, figures CSV, JSON Schema', () => {
		const index = JSON.parse(read('api/index.json'));
		expect(index.$schema).toBe('https://archive.example.org/api/schema/report.schema.json');
		expect(index.reports.map((report: { report: string; status: string }) => [report.report, report.status])).toEqual([
			['2024-testcity-demo', 'final'],
			['2023-testcity-demo', 'corrected'],
		]);
		expect(index.reports[1]).toMatchObject({
			json: 'https://archive.example.org/api/reports/2023-testcity-demo.json',
			csv: 'https://archive.example.org/api/reports/2023-testcity-demo-figures.csv',
			languages: ['zh-Hans', 'zh-Hant', 'en'],
		});
		const report = JSON.parse(read('api/reports/2023-testcity-demo.json'));
		expect(report.editions['zh-Hans'].corrections).toEqual([
			{ date: '2023-03-01', note: '第一部分第2段：一般公共预算收入“45亿元”更正为“4.5亿元”（录入错误）。' },
		]);
		expect(report.structure.find((block: { id: string }) => block.id === 'p2-1').text.en).toMatch(/^The main projected targets/);
		const csv = read('api/reports/2024-testcity-demo-figures.csv');
		expect(csv.split('\r\n').slice(0, 3)).toEqual([
			'\uFEFFreport,block,language,value,unit,approx,range_from,range_to,raw,role,context',
			'2024-testcity-demo,p1,zh-Hans,2023,year,,,,2023年,,一、2023年工作回顾',
			'2024-testcity-demo,p1,en,2023,year,,,,2023,,Review of Our Work in 2023',
		]);
		expect(csv).toContain(
			'\r\n2024-testcity-demo,p1-2,en,12000000000,CNY,,,,RMB 12 billion,result,We signed 116 projects with a total investment of RMB 12 billion\r\n',
		);
		const schema = JSON.parse(read('api/schema/report.schema.json'));
		expect(schema.$id).toBe('https://archive.example.org/api/schema/report.schema.json');
		expect(schema.properties.structure.description).toBe('Every part, section and paragraph in reading order, with its text in each edition.');
	});

	it('sitemap.xml: hreflang alternates for zh-Hans, zh-Hant, en and x-default; no print or search pages', () => {
		const xml = read('sitemap.xml');
		expect(xml).toContain(
			'<url><loc>https://archive.example.org/zh-Hant/2023-testcity-demo/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://archive.example.org/zh-Hans/2023-testcity-demo/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://archive.example.org/zh-Hant/2023-testcity-demo/"/><xhtml:link rel="alternate" hreflang="en" href="https://archive.example.org/en/2023-testcity-demo/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://archive.example.org/zh-Hans/2023-testcity-demo/"/></url>',
		);
		expect(xml).toContain(
			'<url><loc>https://archive.example.org/en/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://archive.example.org/zh-Hans/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://archive.example.org/zh-Hant/"/><xhtml:link rel="alternate" hreflang="en" href="https://archive.example.org/en/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://archive.example.org/"/></url>',
		);
		expect(xml).not.toMatch(/\/print\/|\/search\//);
	});

	it('Atom feed: published and corrected reports, the corrected one updated on its correction with its note', () => {
		const feed = read('en/feed.xml');
		const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((match) => match[1]!);
		expect(entries.map((entry) => /<id>([^<]+)<\/id>/.exec(entry)![1])).toEqual([
			'urn:report-press:report:2024-testcity-demo:en',
			'urn:report-press:report:2023-testcity-demo:en',
		]);
		expect(entries[1]).toContain('<published>2023-01-12T00:00:00Z</published>\n<updated>2023-03-01T00:00:00Z</updated>');
		expect(entries[1]).toContain('<category term="corrected"/>');
		expect(entries[1]).toContain(
			'&lt;h2&gt;Corrections&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;time datetime=&quot;2023-03-01&quot;&gt;March 1, 2023&lt;/time&gt;: Part I, paragraph 2: general public budget revenue corrected from RMB 4.5 billion to RMB 450 million (typing error).&lt;/li&gt;',
		);
		expect(entries[1]).toContain('<link rel="alternate" type="text/html" href="https://archive.example.org/en/2023-testcity-demo/"/>');
	});

	it('reading page: dated corrections note, same paragraph ids, figures table with SVG chart, JSON-LD, Open Graph', () => {
		const page = read('zh-Hans/2023-testcity-demo/index.html');
		expect(page).toContain(
			'<h2 id="corrections-title">更正说明</h2><ul><li><time datetime="2023-03-01">2023年3月1日</time>：第一部分第2段：一般公共预算收入“45亿元”更正为“4.5亿元”（录入错误）。</li></ul>',
		);
		expect([...page.matchAll(/<(?:h2|h3|p) id="(p[0-9][^"]*)" data-block/g)].map((match) => match[1])).toEqual([
			'p0-1',
			'p0-2',
			'p1',
			'p1-1',
			'p1-2',
			'p2',
			'p2-1',
		]);
		expect(page).toContain(
			'<th scope="row" lang="zh-Hans">地区生产总值增长5.5%左右</th><td class="num" lang="zh-Hans">5.5%左右</td><td><a href="#p2-1">p2-1</a></td>',
		);
		expect(page).toMatch(/<figure class="figures-table__chart"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart"[^>]* role="img"/);
		const en = read('en/2023-testcity-demo/index.html');
		expect(en).toContain('<caption>Main expected targets for 2023</caption>');
		expect(en).toContain('<th scope="row" lang="en">GRP growth of around 5.5 percent</th><td class="num" lang="en">around 5.5 percent</td>');
		expect(en).toContain('<meta property="og:type" content="article"><meta property="og:title"');
		expect(en).toContain('<meta property="og:locale" content="en_US">');
		const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(en)![1]!);
		expect(jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Report',
			inLanguage: 'en',
			datePublished: '2023-01-12',
			dateModified: '2023-03-01',
			publisher: { '@type': 'GovernmentOrganization', name: "People's Government of Tianning District, Changzhou" },
			translationOfWork: { '@type': 'Report', url: 'https://archive.example.org/zh-Hans/2023-testcity-demo/', inLanguage: 'zh-Hans' },
			correction: [{ '@type': 'CorrectionComment', datePublished: '2023-03-01' }],
		});
	});

	it('colophon links the integrity manifest', () => {
		const colophon = read('en/colophon/index.html');
		expect(colophon).toContain('<a href="/integrity/manifest.json" type="application/json">integrity manifest</a>');
		expect(existsSync(join(first, 'integrity/manifest.json'))).toBe(true);
	});
});
