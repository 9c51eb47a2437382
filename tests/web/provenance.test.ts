/**
 * Provenance as readers see it (issue 17): no host the archive is not served from, the source copy and
 * version date of every edition, the public corrections page from the ledger, citation files, and the
 * download row. The fixture site is built with a real provincial report (2026-hunan: a web copy with
 * one editorial reconstruction) beside the bilingual demo report: once without a site address, with
 * PDFs, and once with one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyFacts } from '../../plugins/import/web-copy/copy-facts.ts';
import { bibtex, cslJson, ris, type CitationRecord } from '../../plugins/publish/citation-export.ts';
import { summarizeLedger } from '../../plugins/publish/ledger.ts';
import { versionDate } from '../../plugins/publish/provenance.ts';
import { sitePaths } from '../../plugins/shared/files.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const repo = new URL('../..', import.meta.url).pathname;
const site = join(repo, 'tests/fixtures/site');
const hunan = join(repo, 'content/reports/2026-hunan');
const hunanLedger = readFileSync(join(hunan, 'corrections-ledger.yaml'), 'utf8');
const hunanFrontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(hunan, 'zh-Hans.md'), 'utf8'))![1]!) as {
	source: { sha256: string; publisher: string; published: string; retrieved: string };
};
const host = 'https://archive.example.org';

const record: CitationRecord = {
	key: '2026-hunan',
	language: 'zh-Hans',
	author: '毛伟明',
	publisher: '湖南省人民政府',
	title: '政府工作报告',
	event: '湖南省第十四届人民代表大会第四次会议',
	note: '2026年2月3日在湖南省第十四届人民代表大会第四次会议上',
	date: new Date('2026-02-03'),
	archive: '政府工作报告档案',
};

describe('citation files', () => {
	it('BibTeX: one @misc per edition, names kept whole, the URL only with a site', () => {
		expect(bibtex([record])).toBe(
			[
				'@misc{2026-hunan,',
				'  author = {{毛伟明}},',
				'  title = {{政府工作报告}},',
				'  note = {2026年2月3日在湖南省第十四届人民代表大会第四次会议上},',
				'  publisher = {{湖南省人民政府}},',
				'  howpublished = {政府工作报告档案},',
				'  date = {2026-02-03},',
				'  year = {2026},',
				'  language = {Chinese}',
				'}',
				'',
			].join('\n'),
		);
		expect(bibtex([{ ...record, url: `${host}/zh-Hans/2026-hunan/`, note: '50% & #1_x' }])).toContain(
			`  note = {50\\% \\& \\#1\\_x},\n  publisher = {{湖南省人民政府}},\n  howpublished = {政府工作报告档案},\n  date = {2026-02-03},\n  year = {2026},\n  url = {${host}/zh-Hans/2026-hunan/},\n`,
		);
	});

	it('RIS: GOVDOC, CRLF lines, the date as YYYY/MM/DD', () => {
		expect(ris([record])).toBe(
			[
				'TY  - GOVDOC',
				'AU  - 毛伟明',
				'TI  - 政府工作报告',
				'PB  - 湖南省人民政府',
				'DA  - 2026/02/03',
				'PY  - 2026',
				'N1  - 2026年2月3日在湖南省第十四届人民代表大会第四次会议上',
				'DB  - 政府工作报告档案',
				'LA  - zh-Hans',
				'ER  - ',
				'',
			].join('\r\n'),
		);
	});

	it('CSL-JSON: a speech, with its event, dates as date-parts', () => {
		expect(JSON.parse(cslJson([{ ...record, url: `${host}/zh-Hans/2026-hunan/` }]))).toEqual([
			{
				id: '2026-hunan',
				type: 'speech',
				title: '政府工作报告',
				author: [{ literal: '毛伟明' }],
				publisher: '湖南省人民政府',
				'event-title': '湖南省第十四届人民代表大会第四次会议',
				'event-date': { 'date-parts': [[2026, 2, 3]] },
				issued: { 'date-parts': [[2026, 2, 3]] },
				note: '2026年2月3日在湖南省第十四届人民代表大会第四次会议上',
				archive: '政府工作报告档案',
				URL: `${host}/zh-Hans/2026-hunan/`,
				language: 'zh-Hans',
			},
		]);
	});
});

describe('provenance facts', () => {
	it('the importer reads the publisher and the date from the copy’s own 来源/时间 lines, never from the body', () => {
		const lines = ['下载', '来源：湖南日报', '时间：2026-02-24', '各位代表：', '来源：某报'];
		const why = new Map([
			[0, 'page toolbar'],
			[1, 'page 来源 line'],
			[2, 'page 时间 line'],
		]);
		expect(copyFacts(lines, why)).toEqual({ publisher: '湖南日报', published: '2026-02-24' });
		expect(
			copyFacts(
				['来源：', '四川日报', '2026年02月10日 07时41分'],
				new Map([
					[0, 'page 来源 label'],
					[1, "value of the page's 来源 label"],
					[2, 'page publication date'],
				]),
			),
		).toEqual({
			publisher: '四川日报',
			published: '2026-02-10',
		});
		expect(copyFacts(lines, new Map([[0, 'page toolbar']]))).toEqual({});
	});

	it('the version date is the latest of the corrections, the last revision and the day the copy was received', () => {
		const source = { file: 'source.raw.txt', sha256: '0'.repeat(64), retrieved: new Date('2026-12-02') };
		expect(versionDate({ source })).toEqual(new Date('2026-12-02'));
		expect(versionDate({ source, corrections: [{ date: new Date('2027-01-05'), note: 'x' }] })).toEqual(new Date('2027-01-05'));
		expect(versionDate({ source: { ...source, retrieved: undefined }, updated: new Date('2026-12-03') })).toEqual(new Date('2026-12-03'));
		expect(versionDate({ source: { ...source, retrieved: undefined } })).toBeUndefined();
	});

	it('the ledger summary: the editor’s reconstructions, the other changes counted by kind; a broken ledger names its file', () => {
		const summary = summarizeLedger(hunanLedger, 'hunan.yaml');
		expect(summary.reconstructions.map((change) => [change.line, change.before, change.after])).toEqual([[20, '?水灌区', '㵲水灌区']]);
		expect(summary.mechanical).toEqual([{ method: 'furniture', count: 13 }]);
		expect(summary.total).toBe(14);
		expect(() => summarizeLedger('report: x\n', 'content/reports/x/corrections-ledger.yaml')).toThrow(
			/content\/reports\/x\/corrections-ledger\.yaml: no `changes:` list/,
		);
	});
});

describe('the site address', () => {
	it('is set in one place, from REPORT_PRESS_SITE, with no default host; the search and bench sites name none', () => {
		// The config as Astro loads it, in a Node process of its own (its integrations import Astro's runtime).
		const siteOf = (env: Record<string, string>) => {
			const { REPORT_PRESS_SITE: _, ...rest } = process.env;
			const script = `import(${JSON.stringify(join(repo, 'astro.config.mjs'))}).then((m) => console.log(JSON.stringify(m.default.site ?? null)))`;
			const result = spawnSync(process.execPath, ['-e', script], { env: { ...rest, ...env }, encoding: 'utf8' });
			expect(result.status, result.stderr).toBe(0);
			return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
		};
		expect(siteOf({})).toBeNull();
		expect(siteOf({ REPORT_PRESS_SITE: host })).toBe(host);
		for (const file of ['tests/search/astro.config.mjs', 'scripts/bench.ts']) expect(readFileSync(join(repo, file), 'utf8'), file).not.toMatch(/site: '/);
	});
});

describe('the built archive', () => {
	const content = mkdtempSync(join(site, '.provenance-'));
	const bare = mkdtempSync(join(tmpdir(), 'rp-provenance-bare-'));
	const hosted = mkdtempSync(join(tmpdir(), 'rp-provenance-hosted-'));
	let bareOutput = '';
	const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

	beforeAll(() => {
		mkdirSync(join(content, 'reports'));
		cpSync(hunan, join(content, 'reports/2026-hunan'), { recursive: true });
		cpSync(join(site, 'content/reports/2024-testcity-demo'), join(content, 'reports/2024-testcity-demo'), { recursive: true });
		cpSync(join(repo, 'content/glossary.tsv'), join(content, 'glossary.tsv'));
		const contentDir = content.slice(site.length + 1);
		const cache = mkdtempSync(join(tmpdir(), 'rp-provenance-cache-'));
		const first = astroBuild(site, {
			FIXTURE_OUT_DIR: bare,
			FIXTURE_CONTENT_DIR: contentDir,
			FIXTURE_PDF: '1',
			FIXTURE_SITE: '',
			REPORT_PRESS_PDF_CACHE: cache,
		});
		expect(first.status, first.output).toBe(0);
		bareOutput = first.output;
		const second = astroBuild(site, { FIXTURE_OUT_DIR: hosted, FIXTURE_CONTENT_DIR: contentDir, FIXTURE_PDF: '0', FIXTURE_SITE: host });
		expect(second.status, second.output).toBe(0);
	}, 400_000);
	afterAll(() => rmSync(content, { recursive: true, force: true }));

	it('without a site address: no placeholder host and no absolute URL of the archive in any file; the log says once why and how', () => {
		// Identifiers of vocabularies and formats, not addresses of the archive.
		const vocabularies = new Set(['schema.org', 'www.w3.org', 'json-schema.org', 'www.sitemaps.org']);
		const absolute: string[] = [];
		for (const path of sitePaths(bare)) {
			if (!/(\.(html|xml|json|txt|csv|bib|ris|yaml|js|css|svg)|\/_headers)$/.test(path)) continue;
			const text = read(bare, path);
			expect(text, path).not.toContain('example.org');
			// Pagefind's own bundle parses URLs against a dummy origin; it is not the archive's text.
			if (path.startsWith('/pagefind/')) continue;
			for (const match of text.matchAll(/https?:\/\/([^/"'\s<>)\\]+)/g)) if (!vocabularies.has(match[1]!)) absolute.push(`${path}: ${match[0]}`);
		}
		expect(absolute).toEqual([]);
		expect(existsSync(join(bare, 'sitemap.xml'))).toBe(false);
		expect(bareOutput.match(/no site address configured/g)).toHaveLength(1);
		expect(bareOutput).toMatch(/sitemap\.xml, which needs absolute URLs, was not written\. Set REPORT_PRESS_SITE=/);
		// Citations carry the root-relative URL; the reader's browser makes it absolute from its location.
		expect(read(bare, 'zh-Hans/2026-hunan/index.html')).toContain('data-cite-url="/zh-Hans/2026-hunan/#p0-1"');
	});

	it('with a site address: the configured host in canonical links, citations, JSON-LD, exports and the sitemap', () => {
		const html = read(hosted, 'zh-Hans/2026-hunan/index.html');
		expect(html).toContain(`<link rel="canonical" href="${host}/zh-Hans/2026-hunan/">`);
		expect(html).toContain(`data-cite-url="${host}/zh-Hans/2026-hunan/#p0-1"`);
		expect(html).toContain(`"url":"${host}/zh-Hans/2026-hunan/"`);
		expect(read(hosted, 'api/reports/2026-hunan.bib')).toContain(`  url = {${host}/zh-Hans/2026-hunan/},\n`);
		expect(read(hosted, 'api/reports/2026-hunan.ris')).toContain(`UR  - ${host}/zh-Hans/2026-hunan/\r\n`);
		expect(read(hosted, 'sitemap.xml')).toContain(`<loc>${host}/zh-Hans/2026-hunan/</loc>`);
		expect(read(bare, 'api/reports/2026-hunan.bib')).not.toMatch(/url =/);
	});

	it('reading page: the source copy as received and the version date, in every edition, and the citation files', () => {
		const { source } = hunanFrontmatter;
		for (const [lang, received] of [
			['zh-Hans', '2026年12月2日'],
			['zh-Hant', '2026年12月2日'],
		] as const) {
			const note = /<details class="source-note"[\s\S]*?<\/details>/.exec(read(bare, `${lang}/2026-hunan/index.html`))![0];
			expect(note).toContain(`<span lang="zh-Hans">${source.publisher}</span>`);
			expect(note).toContain(`<time datetime="${source.published}">`);
			expect(note).toContain(`<dd><time datetime="${source.retrieved}">${received}</time></dd>`);
			expect(note).toContain(`<code class="source-note__sha">${source.sha256}</code>`);
			for (const format of ['bib', 'ris', 'csl.json']) {
				expect(note).toContain(`href="/api/reports/2026-hunan.${format}"`);
				expect(existsSync(join(bare, `api/reports/2026-hunan.${format}`))).toBe(true);
			}
		}
		expect(read(bare, 'en/2024-testcity-demo/index.html')).toMatch(/<dt>Source copy<\/dt><dd>The copy does not name its publisher<\/dd>/);
		const bib = read(bare, 'api/reports/2024-testcity-demo.bib');
		expect(bib.match(/^@misc\{/gm)).toHaveLength(2);
		expect(bib).toContain('@misc{2024-testcity-demo-en,');
	});

	it('corrections page: every editorial reconstruction of the ledger with its place, before, after and evidence; the mechanical changes counted; linked from the reading page', () => {
		const reading = read(bare, 'zh-Hant/2026-hunan/index.html');
		expect(reading).toMatch(/<p class="notice notice--ledger"[^>]*>[^<]*1 處[^<]*13 處[^<]*<a href="\/zh-Hant\/2026-hunan\/corrections\/">/);
		const page = read(bare, 'zh-Hans/2026-hunan/corrections/index.html');
		const { reconstructions, mechanical } = summarizeLedger(hunanLedger, 'ledger');
		for (const change of reconstructions) {
			const item = new RegExp(`<li id="${change.id}">([\\s\\S]*?)</li>`).exec(page)?.[1] ?? '';
			expect(item).toContain(`副本第 ${change.line} 行第 ${change.column} 列`);
			expect(item).toContain(`<a href="/zh-Hans/2026-hunan/#${change.paragraph}">`);
			expect(item).toContain(`<code>${change.before}</code>`);
			expect(item).toContain(`<code>${change.after}</code>`);
			expect(item).toContain('编辑复原');
			expect(item).toContain(change.why.slice(0, 60));
		}
		for (const kind of mechanical) expect(page).toContain(`<code>${kind.method}</code>`);
		expect(page).toContain('href="/api/reports/2026-hunan-ledger.yaml"');
		expect(read(bare, 'api/reports/2026-hunan-ledger.yaml')).toBe(hunanLedger);
		// A report made without the importer has no ledger, so no corrections page and no link to one.
		expect(existsSync(join(bare, 'zh-Hans/2024-testcity-demo/corrections/index.html'))).toBe(false);
		expect(read(bare, 'zh-Hans/2024-testcity-demo/index.html')).not.toContain('/corrections/');
	});

	it('download row: one link per PDF edition and the booklet, names in the page’s script; checksums out of the row, still published', () => {
		const hant = read(bare, 'zh-Hant/2024-testcity-demo/index.html');
		const row = /<ul class="doc-tools__list">([\s\S]*?)<\/ul>/.exec(hant)![1]!;
		const links = [...row.matchAll(/href="(\/pdf\/[^"]+)"/g)].map((match) => match[1]);
		expect(links).toEqual(['zh-Hans', 'zh-Hant', 'en', 'bilingual', 'zh-Hans-booklet'].map((edition) => `/pdf/2024-testcity-demo-${edition}.pdf`));
		expect(row).toContain('中英對照');
		expect(row).not.toContain('中英对照');
		expect(row).toMatch(/title="簡體中文，A5 騎馬訂小冊子[^"]*"[^>]*>PDF · <span lang="zh-Hant">A5 小冊子<\/span>/);
		expect(row).not.toMatch(/[0-9a-f]{12}|SHA-256/);
		const sums = /<details class="checksums"[\s\S]*?<\/details>/.exec(hant)![0];
		for (const link of links) {
			const sha = createHash('sha256')
				.update(readFileSync(join(bare, link!)))
				.digest('hex');
			expect(sums, link).toContain(`<code data-sha256="${sha}">${sha}</code>`);
		}
		expect(/<ul class="doc-tools__list">[\s\S]*?<\/ul>/.exec(read(bare, 'zh-Hans/2026-hunan/index.html'))![0]).toContain('/pdf/2026-hunan-zh-Hans-booklet.pdf');
	});

	it('colophon: the source copy and version date of every report', () => {
		const colophon = read(bare, 'en/colophon/index.html');
		const row = /<li><p class="sources-list__report"><a href="\/zh-Hans\/2026-hunan\/">[\s\S]*?<\/li>/.exec(colophon)![0];
		const { source } = hunanFrontmatter;
		expect(row).toContain(`<span lang="zh-Hans">${source.publisher}</span>`);
		expect(row).toContain(`<time datetime="${source.published}">`);
		expect(row).toContain(`<time datetime="${source.retrieved}">`);
		expect(row).toContain(source.sha256);
		expect(row).toContain('href="/zh-Hans/2026-hunan/corrections/"');
	});
});
