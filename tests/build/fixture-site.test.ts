import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';

const site = new URL('../fixtures/site', import.meta.url).pathname;

describe('a site outside this repository, built with reportPress()', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'rp-fixture-dist-'));
	let build: ReturnType<typeof astroBuild>;
	const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

	beforeAll(() => {
		build = astroBuild(site, { FIXTURE_OUT_DIR: outDir });
	});

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('renders one reading page per edition, with the derived zh-Hant among them', () => {
		expect(readdirSync(outDir)).toEqual(expect.arrayContaining(['en', 'index.html', 'zh-Hans', 'zh-Hant']));
		expect(page('zh-Hans/2024-testcity-demo')).toContain('<html lang="zh-Hans">');
		expect(page('en/2024-testcity-demo')).toContain('<html lang="en">');
		expect(page('zh-Hant/2024-testcity-demo')).toContain('<html lang="zh-Hant">');
	});

	it('runs our remark plugin through the unified processor: ids and lead phrases', () => {
		const zh = page('zh-Hans/2024-testcity-demo');
		expect(zh).toContain('<h3 id="p2-s1" data-block="section">（一）更大力度扩大社会需求</h3>');
		expect(zh).toContain(
			'<p id="p1-2" data-block="paragraph"><strong class="lead">一是稳住经济大盘。重大项目扎实推进。</strong>全年签约项目116个，总投资120亿元。</p>',
		);
		const en = page('en/2024-testcity-demo');
		expect(en).toContain(
			'<p id="p2-s1-2" data-block="paragraph"><strong class="lead">Strengthening consumption.</strong> Total retail sales of consumer goods will grow by around <span class="nobr">5 percent</span>.</p>',
		);
	});

	it('gives the same ids in every edition', () => {
		const ids = (html: string) => [...html.matchAll(/ id="(p[0-9][^"]*)"/g)].map((match) => match[1]);
		const zhIds = ids(page('zh-Hans/2024-testcity-demo'));
		expect(zhIds).toEqual(['p0-1', 'p0-2', 'p1', 'p1-1', 'p1-2', 'p2', 'p2-s1', 'p2-s1-1', 'p2-s1-2']);
		expect(ids(page('en/2024-testcity-demo'))).toEqual(zhIds);
		expect(ids(page('zh-Hant/2024-testcity-demo'))).toEqual(zhIds);
	});

	it('converts zh-Hant from zh-Hans, text and metadata', () => {
		const hant = page('zh-Hant/2024-testcity-demo');
		expect(hant).toContain('<strong class="lead">一是穩住經濟大盤。重大項目紮實推進。</strong>全年簽約項目116個，總投資120億元。');
		expect(hant).toContain('<h1>政府工作報告</h1>');
	});
});

describe('a build with a content error', () => {
	it('stops, names file, line and fix, and writes nothing', () => {
		const content = mkdtempSync(join(tmpdir(), 'rp-bad-content-'));
		cpSync(join(site, 'content'), content, { recursive: true });
		const en = join(content, 'reports/2024-testcity-demo/en.md');
		writeFileSync(en, readFileSync(en, 'utf8').replace('delivered: 2024-01-10', 'delivered: 2023-01-10'));
		const outDir = join(mkdtempSync(join(tmpdir(), 'rp-bad-dist-')), 'dist');
		const build = astroBuild(site, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: content });
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			`${content}/reports/2024-testcity-demo/en.md:8: Field \`delivered\`: delivered date is in 2023, but year is 2024. [frontmatter-field]`,
		);
		expect(existsSync(outDir)).toBe(false);
	});
});
