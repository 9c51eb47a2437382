/**
 * The term page (/<lang>/terms/) in a real browser against the real index of the main site's content
 * (built once, print edition off: tests/search/astro.config.mjs). Its counts are checked against
 * counts made here from the Markdown sources alone (content/reports/<report>/zh-Hans.md), without the
 * block model, Pagefind or query.ts; the time of each example query of issue 13 is printed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { buildSite } from './build-site.ts';
import { termPageCounts } from './pages.ts';

const reportsDir = resolve(import.meta.dirname, '../../content/reports');
const outDir = mkdtempSync(join(tmpdir(), 'report-press-terms-'));
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

/**
 * Paragraphs per report whose text contains `term`, read from each zh-Hans.md: the body after the
 * front matter, split at blank lines; headings (`#`…) are not paragraphs; `**` (lead phrases) removed.
 */
function sourceCounts(term: string, edition = 'zh-Hans'): Record<string, number> {
	const counts: Record<string, number> = {};
	// English is matched without regard to case, as the page does ("New Quality Productive Forces" in a lead phrase).
	const fold = (text: string) => (edition === 'en' ? text.toLowerCase() : text);
	for (const [report, paragraphs] of sourceParagraphs(edition)) {
		const count = paragraphs.filter((text) => fold(text).includes(fold(term))).length;
		if (count > 0) counts[report] = count;
	}
	return counts;
}

/** The paragraphs of every published report's `edition`.md, by report id. */
function sourceParagraphs(edition: string): Map<string, string[]> {
	const reports = new Map<string, string[]>();
	for (const report of readdirSync(reportsDir).sort()) {
		const file = join(reportsDir, report, `${edition}.md`);
		if (!existsSync(file)) continue;
		const source = readFileSync(file, 'utf8');
		const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
		if (/^status: draft$/m.test(frontmatter)) continue;
		reports.set(
			report,
			body
				.split(/\n\s*\n/)
				.map((block) => block.trim())
				.filter((block) => block && !block.startsWith('#'))
				.map((block) => block.replace(/\*\*/g, '').replace(/\s*\n\s*/g, '')),
		);
	}
	return reports;
}

/**
 * Phrases cut from the sources, not chosen by anyone: from one paragraph of each report (every report
 * a different place), a run of 2 to 6 Han characters in the Chinese, of 2 or 3 whole words in English.
 */
function samplePhrases(edition: string): string[] {
	return [...sourceParagraphs(edition).values()].map((paragraphs, index) => {
		const paragraph = paragraphs[(index * 7 + 3) % paragraphs.length]!;
		if (edition === 'en') {
			const words = paragraph.split(/\s+/).filter((word) => /^[a-z]+$/i.test(word));
			const start = (index * 5) % Math.max(1, words.length - 3);
			return words.slice(start, start + 2 + (index % 2)).join(' ');
		}
		const runs = paragraph.match(/\p{Script=Han}{6,}/gu) ?? [];
		const run = runs[index % runs.length]!;
		const length = 2 + (index % 5);
		const start = (index * 3) % (run.length - length + 1);
		return run.slice(start, start + length);
	});
}

/** The term page of the site under test. */
const count = (page: Page, lang: string, query: string, edition?: string) => termPageCounts(page, server.url, lang, query, edition);

beforeAll(async () => {
	buildSite(outDir);
	server = await serveStatic(outDir);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(outDir, { recursive: true, force: true });
});

describe('the term page', () => {
	it('counts 新质生产力 per report exactly as the Markdown sources have it', async () => {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const expected = sourceCounts('新质生产力');
		expect(Object.keys(expected).length).toBeGreaterThan(20);
		const got = await count(page, 'zh-Hans', '新质生产力');
		expect(got.counts).toEqual(expected);
		expect(got.total).toBe(Object.values(expected).reduce((sum, n) => sum + n, 0));
		// Grouped by year, newest first; most paragraphs first within a year.
		const years = await page.$$eval('.term-year', (sections) => sections.map((section) => Number((section as HTMLElement).dataset.year)));
		expect(years).toEqual([2026, 2025]);
		const order = await page.$$eval('[data-year="2026"] .term-report', (items) => items.map((item) => Number((item as HTMLElement).dataset.count)));
		expect(order).toEqual([...order].sort((a, b) => b - a));
		expect(await page.textContent('[data-term-status]')).toContain(`共 ${got.total} 段`);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('finds every paragraph that holds a phrase cut from the sources, in both languages (recall of the index)', async () => {
		const page = await browser.newPage();
		const phrases = [...samplePhrases('zh-Hans').map((phrase) => ['zh-Hans', phrase]), ...samplePhrases('en').map((phrase) => ['en', phrase])];
		expect(phrases.length).toBeGreaterThanOrEqual(27);
		const wrong: string[] = [];
		for (const [edition, phrase] of phrases) {
			const expected = sourceCounts(phrase!, edition);
			const got = await count(page, edition!, phrase!);
			const [a, b] = [got.counts, expected].map((counts) => JSON.stringify(Object.entries(counts).sort()));
			if (a !== b) wrong.push(`${edition} ${phrase}: ${a} against ${b}`);
		}
		expect(wrong).toEqual([]);
		await page.close();
	}, 120_000);

	it('times the example queries of issue 13; every count agrees with the sources', async () => {
		const page = await browser.newPage();
		const rows: string[] = [];
		for (const query of ['低空经济', '人工智能+', '新质生产力', '民营经济促进法']) {
			// 人工智能＋ (full width) is the same term: the page folds widths as the search page does.
			const expected =
				query === '人工智能+'
					? Object.fromEntries(
							Object.keys({ ...sourceCounts('人工智能+'), ...sourceCounts('人工智能＋') }).map((report) => [
								report,
								(sourceCounts('人工智能+')[report] ?? 0) + (sourceCounts('人工智能＋')[report] ?? 0),
							]),
						)
					: sourceCounts(query);
			const got = await count(page, 'zh-Hans', query);
			expect(got.counts, query).toEqual(expected);
			rows.push(
				`${query}: ${got.total} paragraphs in ${Object.keys(got.counts).length} reports, ${got.candidates} Pagefind results checked, ${got.elapsed} ms`,
			);
		}
		// Later queries on the same page: Pagefind's script, WebAssembly and metadata are loaded already.
		const later: string[] = [];
		await page.goto(`${server.url}/zh-Hans/terms/?q=${encodeURIComponent('城中村')}`);
		await page.waitForSelector('[data-term-page][data-state="done"]');
		for (const query of ['低空经济', '人工智能+', '新质生产力', '民营经济促进法']) {
			await page.fill('#term-q', query);
			await page.press('#term-q', 'Enter');
			await page.waitForFunction(
				(q) =>
					document.querySelector<HTMLElement>('[data-term-page]')?.dataset.query === q &&
					document.querySelector<HTMLElement>('[data-term-page]')?.dataset.state === 'done',
				query,
			);
			later.push(`${query}: ${await page.getAttribute('[data-term-page]', 'data-elapsed')} ms`);
		}
		expect(decodeURIComponent(page.url())).toContain('q=民营经济促进法');
		console.log(
			`term page (zh-Hans), each query on a fresh page load:\n  ${rows.join('\n  ')}\nthe same queries typed on an open page:\n  ${later.join('\n  ')}`,
		);
		await page.close();
	}, 60_000);

	it('expands a report to keyword-in-context lines that link to the paragraph and mark the term there', async () => {
		const page = await browser.newPage();
		await count(page, 'zh-Hans', '民营经济促进法');
		const report = page.locator('.term-report').first();
		await report.locator('summary').click();
		const lines = report.locator('.term-kwic__line');
		expect(await lines.count()).toBeGreaterThanOrEqual(1);
		const first = lines.first();
		expect(await first.locator('mark').textContent()).toBe('民营经济促进法');
		const before = (await first.locator('.term-kwic__before').textContent())!.replace(/^…/, '');
		expect(before.length).toBeLessThanOrEqual(20);
		const href = (await first.locator('a').getAttribute('href'))!;
		expect(href).toMatch(/^\/zh-Hans\/2026-[a-z]+\/\?hl=.+#p[\w-]+$/);
		await first.locator('a').click();
		await page.waitForSelector('mark.search-mark');
		const id = new URL(page.url()).hash.slice(1);
		expect(await page.$$eval(`[id="${id}"] mark.search-mark`, (marks) => marks.map((mark) => mark.textContent))).toContain('民营经济促进法');
		await page.close();
	});

	it('in zh-Hant and English, from the search page, and without JavaScript', async () => {
		const page = await browser.newPage();
		const hant = await count(page, 'zh-Hant', '新質生產力');
		expect(hant.counts).toEqual(sourceCounts('新质生产力'));
		// Simplified characters on the zh-Hant edition find nothing; the page offers the original.
		expect((await count(page, 'zh-Hant', '新质生产力')).total).toBe(0);
		await page.click('[data-term-original]');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-term-page]')?.dataset.edition === 'zh-Hans');
		await page.waitForSelector('[data-term-page][data-state="done"]');
		expect(Number(await page.getAttribute('[data-term-page]', 'data-total'))).toBe(Object.values(sourceCounts('新质生产力')).reduce((sum, n) => sum + n, 0));
		// The English page: the English edition (one report has one) and the Chinese original.
		const english = await count(page, 'en', 'new quality productive forces');
		expect(english.counts).toEqual(sourceCounts('new quality productive forces', 'en'));
		const withoutEnglish = readdirSync(reportsDir).filter((report) => !existsSync(join(reportsDir, report, 'en.md'))).length;
		if (withoutEnglish > 0) expect(await page.textContent('[data-term-checked]')).toContain(`${withoutEnglish} reports have no edition in this language`);
		const original = await count(page, 'en', '低空经济', 'zh-Hans');
		expect(original.counts).toEqual(sourceCounts('低空经济'));
		// Region names in the reader's language, whatever edition is counted.
		expect(await page.textContent('.term-report__name')).toMatch(/^[A-Z][a-z]/);
		// The search page links to the term page with its query.
		await page.goto(`${server.url}/zh-Hans/search/?q=${encodeURIComponent('低空经济')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		expect(await page.getAttribute('[data-search-terms]', 'href')).toBe(`/zh-Hans/terms/?q=${encodeURIComponent('低空经济')}`);
		await page.close();
		const context = await browser.newContext({ javaScriptEnabled: false });
		const still = await context.newPage();
		await still.goto(`${server.url}/zh-Hans/terms/`);
		await still.fill('#term-q', '低空经济');
		await still.press('#term-q', 'Enter');
		await still.waitForURL(/\/zh-Hans\/terms\/\?q=/);
		expect(await still.isVisible('noscript, .notice')).toBe(true);
		await context.close();
	}, 60_000);

	it('fits a phone-sized screen', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await count(page, 'zh-Hans', '新质生产力');
		await page.locator('.term-report summary').first().click();
		// A phone widens its layout to content that does not fit: the width the page was laid out at is the measure.
		expect(await page.evaluate(() => Math.max(document.documentElement.scrollWidth, innerWidth))).toBe(390);
		await page.close();
	});
});
