/**
 * The print cache (plugins/print/cache.ts): a second build renders no PDF and publishes the same
 * bytes; a one-paragraph edit renders only that report's PDFs that show the paragraph; the key
 * covers the HTML and every file it loads, and a damaged entry is never used.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPrintEdition } from '../../plugins/integrations/pdf.ts';
import { PrintCache, SiteFiles } from '../../plugins/print/cache.ts';
import { normalizeText, readPdfText, typeAreaText } from '../../plugins/print/verify.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const site = new URL('../fixtures/site', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'rp-print-cache-'));
// Content must sit inside the site's root (Astro's content layer); .cache/ is ignored by git and removed afterwards.
const contentDir = join('.cache', `test-content-${process.pid}`);
const content = join(site, contentDir);
const cacheDir = join(scratch, 'cache');
const outDirs = ['clean', 'warm', 'edited'].map((name) => join(scratch, name));
const builds: ReturnType<typeof astroBuild>[] = [];
let entriesAfterClean: string[] = [];
const build = (outDir: string) =>
	astroBuild(site, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: contentDir, FIXTURE_PDF: '1', REPORT_PRESS_PDF_CACHE: cacheDir });
const original = '开展重大项目攻坚行动。';
// No figures in the edit: the figure check compares numbers between zh-Hans and en.
const edited = '开展重大项目攻坚行动，加快项目建设。';

/** `[n/N] <report> <edition> … pages … s, <how>` lines of a build: report/edition → cached or rendered. */
function progress(output: string): Map<string, 'cached' | 'rendered'> {
	const lines = [...output.matchAll(/\[\d+\/\d+\] (\S+) (\S+) \d+ pages [\d.]+ s, (cached|text check passed)/g)];
	return new Map(lines.map(([, report, edition, how]) => [`${report} ${edition}`, how === 'cached' ? 'cached' : 'rendered']));
}
const pdfs = (outDir: string) =>
	new Map(
		readdirSync(join(outDir, 'pdf'))
			.sort()
			.map((name) => [name, readFileSync(join(outDir, 'pdf', name))]),
	);

describe('print cache across builds', () => {
	beforeAll(() => {
		cpSync(join(site, 'archive-content'), content, { recursive: true });
		builds.push(build(outDirs[0]!));
		entriesAfterClean = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.json')) : [];
		builds.push(build(outDirs[1]!));
		const zh = join(content, 'reports', '2024-testcity-demo', 'zh-Hans.md');
		const text = readFileSync(zh, 'utf8');
		expect(text.split(original)).toHaveLength(2);
		writeFileSync(zh, text.replace(original, edited));
		builds.push(build(outDirs[2]!));
	}, 900_000);
	afterAll(() => {
		rmSync(content, { recursive: true, force: true });
		rmSync(scratch, { recursive: true, force: true });
	});

	it('a clean build renders every PDF and fills the cache', () => {
		expect(builds[0]!.status, builds[0]!.output).toBe(0);
		const lines = progress(builds[0]!.output);
		expect(lines.size).toBe(8);
		expect([...lines.values()].every((how) => how === 'rendered')).toBe(true);
		expect(builds[0]!.output).toMatch(/print edition: 8 PDF\(s\) in [\d.]+ s: 8 rendered, 0 from the cache/);
		expect(entriesAfterClean).toHaveLength(8);
	});

	it('a second build renders 0 PDFs and publishes byte-identical files (PDFs, booklets, checksums in the pages)', () => {
		expect(builds[1]!.status, builds[1]!.output).toBe(0);
		const lines = progress(builds[1]!.output);
		expect(lines.size).toBe(8);
		expect([...lines.values()].every((how) => how === 'cached')).toBe(true);
		expect(builds[1]!.output).toMatch(/print edition: 8 PDF\(s\) in [\d.]+ s: 0 rendered, 8 from the cache/);
		const clean = pdfs(outDirs[0]!);
		const warm = pdfs(outDirs[1]!);
		expect([...warm.keys()]).toEqual([...clean.keys()]);
		expect([...clean.keys()]).toContain('2024-testcity-demo-zh-Hans-booklet.pdf');
		for (const [name, bytes] of clean) expect(warm.get(name)!.equals(bytes), name).toBe(true);
		// The integrity manifest lists every published file with its SHA-256: equal manifests, equal sites.
		expect(readFileSync(join(outDirs[1]!, 'integrity/manifest.json'), 'utf8')).toBe(readFileSync(join(outDirs[0]!, 'integrity/manifest.json'), 'utf8'));
	});

	it('what the cache gave the warm build is what rendering anew gives: byte-identical to a clean render', async () => {
		const fresh = join(scratch, 'fresh-pdf');
		const results = await renderPrintEdition({
			outDir: outDirs[1]!,
			pdfDir: fresh,
			options: { printShop: true, timeoutSeconds: 120, concurrency: 2 },
			logger: { info: () => {}, warn: () => {} },
		});
		expect(results.filter((result) => !result.cached)).toHaveLength(8);
		const warm = pdfs(outDirs[1]!);
		const rendered = new Map(
			readdirSync(fresh)
				.sort()
				.map((name) => [name, readFileSync(join(fresh, name))]),
		);
		expect([...rendered.keys()]).toEqual([...warm.keys()]);
		for (const [name, bytes] of warm) expect(rendered.get(name)!.equals(bytes), name).toBe(true);
	}, 300_000);

	it('a one-paragraph edit renders only the PDFs of that report that show the paragraph', async () => {
		expect(builds[2]!.status, builds[2]!.output).toBe(0);
		const lines = progress(builds[2]!.output);
		expect(Object.fromEntries(lines)).toEqual({
			'2023-testcity-demo zh-Hans': 'cached',
			'2023-testcity-demo zh-Hant': 'cached',
			'2023-testcity-demo en': 'cached',
			'2023-testcity-demo bilingual': 'cached',
			'2024-testcity-demo zh-Hans': 'rendered',
			// The Traditional edition shows the paragraph too, converted.
			'2024-testcity-demo zh-Hant': 'rendered',
			// The English edition does not show the Chinese paragraph: its print page is unchanged.
			'2024-testcity-demo en': 'cached',
			'2024-testcity-demo bilingual': 'rendered',
		});
		const before = pdfs(outDirs[0]!);
		const after = pdfs(outDirs[2]!);
		for (const name of [
			'2023-testcity-demo-zh-Hans.pdf',
			'2023-testcity-demo-zh-Hans-booklet.pdf',
			'2023-testcity-demo-bilingual.pdf',
			'2024-testcity-demo-en.pdf',
		])
			expect(after.get(name)!.equals(before.get(name)!), name).toBe(true);
		for (const name of ['2024-testcity-demo-zh-Hans.pdf', '2024-testcity-demo-zh-Hans-booklet.pdf', '2024-testcity-demo-bilingual.pdf'])
			expect(after.get(name)!.equals(before.get(name)!), name).toBe(false);
		const text = normalizeText((await readPdfText(after.get('2024-testcity-demo-zh-Hans.pdf')!)).map(typeAreaText).join(''));
		expect(text).toContain(normalizeText(edited));
		// Per document, the entry just used and up to two older ones are kept.
		expect(readdirSync(cacheDir).filter((name) => name.startsWith('2024-testcity-demo-zh-Hans-') && name.endsWith('.json'))).toHaveLength(2);
	});
});

describe('print cache key', () => {
	const root = mkdtempSync(join(tmpdir(), 'rp-print-key-'));
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	const renderer = { chromium: 'Chromium 1.2.3.4', pagedjs: '0.4.3 abc' };
	const keyOf = (changes: () => void = () => {}, fingerprint: Record<string, string> = renderer) => {
		changes();
		return new PrintCache(join(root, '.cache'), fingerprint, new SiteFiles(root)).key('/print/r/zh-Hans/');
	};
	beforeAll(() => {
		write(
			'print/r/zh-Hans/index.html',
			'<!doctype html><link rel="stylesheet" href="/_astro/fonts.css" data-pagedjs-ignore><link rel="stylesheet" href="../../../_astro/print.css"><a href="/zh-Hans/r/">page</a><p style="background: url(\'/_astro/bg.png\')">text</p>',
		);
		write(
			'_astro/fonts.css',
			'/* url(/_astro/commented.woff2) */ @font-face { font-family: A; src: url(/_astro/a.woff2) format("woff2"), url("a.woff") format("woff"); } @import "more.css";',
		);
		write('_astro/more.css', '@font-face { font-family: B; src: local("DejaVu Serif"), url(b.woff2); }');
		write('_astro/print.css', 'p { color: black } .x { background: url(data:image/png;base64,AAAA) }');
		for (const name of ['a.woff2', 'a.woff', 'b.woff2', 'bg.png', 'commented.woff2']) write(`_astro/${name}`, name);
		write('zh-Hans/r/index.html', 'a reading page');
	});

	it('covers the HTML, its stylesheets (imports too), fonts and images, not the pages it links to', () => {
		expect([...keyOf().inputs].sort()).toEqual([
			'/_astro/a.woff',
			'/_astro/a.woff2',
			'/_astro/b.woff2',
			'/_astro/bg.png',
			'/_astro/fonts.css',
			'/_astro/more.css',
			'/_astro/print.css',
			'/print/r/zh-Hans/',
		]);
	});

	it('changes with any input or the renderer, and only then', () => {
		const base = keyOf().key;
		expect(keyOf().key).toBe(base);
		expect(keyOf(() => write('zh-Hans/r/index.html', 'the reading page changed'))).toMatchObject({ key: base });
		expect(keyOf(() => write('_astro/commented.woff2', 'changed'))).toMatchObject({ key: base });
		for (const path of ['print/r/zh-Hans/index.html', '_astro/print.css', '_astro/more.css', '_astro/b.woff2', '_astro/bg.png']) {
			const saved = readFileSync(join(root, path), 'utf8');
			expect(keyOf(() => write(path, `${saved} `)).key, path).not.toBe(base);
			write(path, saved);
			expect(keyOf().key, path).toBe(base);
		}
		expect(keyOf(undefined, { ...renderer, chromium: 'Chromium 1.2.3.5' }).key).not.toBe(base);
		expect(keyOf(undefined, { ...renderer, pagedjs: '0.4.3 abd' }).key).not.toBe(base);
	});

	it('never returns a damaged or foreign entry', () => {
		const cache = new PrintCache(join(root, '.cache'), renderer, new SiteFiles(root));
		const { key } = cache.key('/print/r/zh-Hans/');
		const record = {
			pages: 1,
			blocks: 1,
			splitParagraphs: 0,
			maxPagesPerParagraph: 1,
			firstBodyPage: 1,
			meta: { title: 't', author: '', subject: '', keywords: '', language: 'zh-Hans', report: 'r', edition: 'zh-Hans', delivered: '', firstBodyPage: 1 },
			seconds: 1,
		};
		cache.write('r-zh-Hans', key, new TextEncoder().encode('%PDF-1.4 checked'), record);
		expect(Buffer.from(cache.read('r-zh-Hans', key)!.pdf).toString()).toBe('%PDF-1.4 checked');
		expect(
			cache.read(
				'r-zh-Hans',
				key.replace(/.$/, (last) => (last === '0' ? '1' : '0')),
			),
		).toBeUndefined();
		const pdf = readdirSync(join(root, '.cache')).find((name) => name.endsWith('.pdf'))!;
		writeFileSync(join(root, '.cache', pdf), '%PDF-1.4 damaged');
		expect(cache.read('r-zh-Hans', key)).toBeUndefined();
	});
});
