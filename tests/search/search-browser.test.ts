/**
 * Search in a real browser against the real index of the main site's content: the site is built once
 * (print edition off: tests/search/astro.config.mjs) into a temp folder and served on 127.0.0.1.
 * Measures top-1/top-5 over tests/search/queries.json and prints the numbers, and compares the index
 * of each year, searched together, with one index of the whole archive.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { buildSite, copyWithOneIndex } from './build-site.ts';
import { compareSearches, searchPageHits, typeQuery } from './pages.ts';

const outDir = mkdtempSync(join(tmpdir(), 'report-press-search-'));
let buildOutput = '';
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

interface QueryCase {
	edition: 'zh-Hans' | 'zh-Hant' | 'en';
	query: string;
	expect: string;
	also?: string[];
}
const { queries, report: seedReport } = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as { queries: QueryCase[]; report: string };

/** Type a query into the search page and read its hits as ids of the seed report. */
async function search(page: Page, query: string): Promise<string[]> {
	await typeQuery(page, query);
	// A hit of another report is never the expected paragraph, whatever its id.
	return page.$$eval(
		'.search-hit',
		(items, report) =>
			items.map((item) =>
				(item as HTMLElement).dataset.report !== report
					? `other:${(item as HTMLElement).dataset.report}`
					: (item as HTMLElement).dataset.kind === 'report'
						? '@report'
						: ((item as HTMLElement).dataset.id ?? ''),
			),
		seedReport,
	);
}

beforeAll(async () => {
	buildOutput = buildSite(outDir);
	server = await serveStatic(outDir);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(outDir, { recursive: true, force: true });
});

describe('search index', () => {
	it('is built by the extended Pagefind binary, one bundle per language and year, listed newest first', () => {
		expect(buildOutput).toMatch(/search: Pagefind binary \S*\/@pagefind\/[^/]+\/bin\/pagefind_extended \(running, pid \d+\)/);
		for (const language of ['zh-Hans', 'zh-Hant', 'en']) {
			const { shards } = JSON.parse(readFileSync(join(outDir, 'pagefind', language, 'shards.json'), 'utf8')) as { shards: string[] };
			// The archive: Tianning 2025, and the 24 provinces of 2026 (Jiangsu in English).
			expect(shards).toEqual(['2026', '2025']);
			for (const shard of [...shards, 'words']) {
				const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', language, shard, 'pagefind-entry.json'), 'utf8')) as {
					languages: Record<string, { page_count: number }>;
				};
				expect(Object.keys(entry.languages)).toEqual([language]);
				const records = entry.languages[language]!.page_count;
				// The word list: one record per shard.
				if (shard === 'words') expect(records).toBe(shards.length);
				else expect(records).toBeGreaterThan(40);
				expect(buildOutput).toContain(`search: ${language}/${shard}: `);
				expect(existsSync(join(outDir, 'pagefind', language, shard, 'pagefind-ui.js'))).toBe(false);
			}
		}
	});
});

describe('search in the browser', () => {
	it('finds the expected paragraph for the query set (top-1 / top-5)', async () => {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const rows: { edition: string; query: string; expect: string; got: string[]; top1: boolean; strict: boolean; top5: boolean }[] = [];
		for (const edition of ['zh-Hans', 'zh-Hant', 'en'] as const) {
			// The set is about the seed report, the archive's only 2025 report: searched within its year, as a reader looking in one report does.
			await page.goto(`${server.url}/${edition}/search/?year=2025`);
			await page.waitForSelector('[data-search-page][data-state="empty"]');
			for (const item of queries.filter((query) => query.edition === edition)) {
				const got = await search(page, item.query);
				const accepted = [item.expect, ...(item.also ?? [])];
				rows.push({
					edition,
					query: item.query,
					expect: item.expect,
					got: got.slice(0, 5),
					top1: accepted.includes(got[0] ?? ''),
					strict: got[0] === item.expect,
					top5: got.slice(0, 5).includes(item.expect),
				});
			}
		}
		await page.close();
		const rate = (key: 'top1' | 'strict' | 'top5', list = rows) => list.filter((row) => row[key]).length / list.length;
		const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
		console.log(
			`search quality over ${rows.length} queries: top-1 ${pct(rate('top1'))} (strict: expected paragraph first ${pct(rate('strict'))}), top-5 ${pct(rate('top5'))}`,
		);
		for (const edition of ['zh-Hans', 'zh-Hant', 'en']) {
			const list = rows.filter((row) => row.edition === edition);
			console.log(
				`  ${edition}: ${list.length} queries, top-1 ${pct(rate('top1', list))}, strict ${pct(rate('strict', list))}, top-5 ${pct(rate('top5', list))}`,
			);
		}
		for (const row of rows.filter((r) => !r.top1 || !r.top5))
			console.log(`  miss: [${row.edition}] ${row.query} → expected ${row.expect}, got ${row.got.join(' ') || '(nothing)'}`);
		expect(errors).toEqual([]);
		expect(rows.length).toBeGreaterThanOrEqual(40);
		expect(rate('top1')).toBeGreaterThanOrEqual(0.9);
		expect(rate('top5')).toBeGreaterThanOrEqual(0.95);
	}, 90_000);

	it('ranks exact-phrase paragraphs first and shows only them for a quoted query', async () => {
		const page = await browser.newPage();
		// Within the seed report (the archive's only 2025 report), whose paragraphs these expectations name.
		await page.goto(`${server.url}/zh-Hans/search/?year=2025&q=${encodeURIComponent('城中村改造')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		const flags = await page.$$eval('.search-hit', (items) => items.map((item) => 'exact' in (item as HTMLElement).dataset));
		expect(flags.length).toBeGreaterThan(2);
		// Exact hits (p2-s4-1, p1-8) before p1-4, which has 城中村…改造 apart.
		expect(flags.indexOf(false)).toBe(flags.lastIndexOf(true) + 1);
		const quoted = await search(page, '"城中村改造"');
		expect(quoted.sort()).toEqual(['p1-8', 'p2-s4-1']);
		expect(await page.textContent('[data-search-status]')).toContain('2');
		await page.close();
	});

	it('filters by part, year and region, counts results and sorts by date', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}/zh-Hans/search/?year=2025&q=${encodeURIComponent('新能源汽车')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		const all = Number(await page.getAttribute('[data-search-page]', 'data-count'));
		// Five seed paragraphs hold 新能源汽车, and all five are found (p2-s1-2 was lost when Pagefind's word
		// segmentation of the paragraph and of the query disagreed: plugins/search/index-terms.ts).
		expect(all).toBe(5);
		expect(await page.textContent('[data-search-status]')).toBe('共找到 5 段');
		for (const key of ['year', 'region', 'part']) expect(await page.isVisible(`[data-filter="${key}"]`)).toBe(true);
		expect(await page.textContent('[data-filter="year"]')).toContain('2025 (5)');
		expect(await page.textContent('[data-filter="region"]')).toContain('江苏省常州市天宁区');
		// Part filter: only the review of 2024 (part one).
		await page.check('[data-filter="part"] input[value="一、2024年工作回顾"]');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.count === '3');
		const ids = await page.$$eval('.search-hit', (items) => items.map((item) => (item as HTMLElement).dataset.id));
		expect(ids.every((id) => id?.startsWith('p1-'))).toBe(true);
		expect(page.url()).toContain('part=');
		// Sort by date: one report, so reading order.
		await page.uncheck('[data-filter="part"] input[value="一、2024年工作回顾"]');
		await page.selectOption('[data-search-sort]', 'date');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.count === '5' && location.search.includes('sort=date'));
		// The unsorted search started by the uncheck may finish first: wait for the page to show the sorted one.
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.sort === 'date');
		await page.waitForFunction(() => document.querySelectorAll('.search-hit').length === 5);
		const dated = await page.$$eval('.search-hit', (items) => items.map((item) => (item as HTMLElement).dataset.id));
		expect(dated).toEqual(['p1-3', 'p1-6', 'p1-7', 'p2-s1-2', 'p2-s2-2']);
		// Language edition: the English bundle, from the Chinese page.
		await page.check('input[name="edition"][value="en"]');
		const english = await search(page, 'urban village');
		expect(english).toContain('p2-s4-1');
		expect(await page.textContent('[data-filter="part"]')).toContain('I. Review of Our Work in 2024');
		// And the English page searching the Chinese edition still segments Chinese.
		await page.goto(`${server.url}/en/search/?edition=zh-Hans&year=2025&q=${encodeURIComponent('汽车')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		expect(Number(await page.getAttribute('[data-search-page]', 'data-count'))).toBeGreaterThanOrEqual(5);
		await page.close();
	});

	it('filters the archive by level and province: a province-level report of Jiangsu only', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}/zh-Hans/search/?q=${encodeURIComponent('新能源汽车')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		const everywhere = Number(await page.getAttribute('[data-search-page]', 'data-count'));
		// Levels in level order, not by name; the seed is the one county-level report.
		expect(await page.$$eval('[data-filter="level"] input', (boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(['省级', '县区级']);
		await page.check('[data-filter="level"] input[value="省级"]');
		await page.check('[data-filter="province"] input[value="江苏省"]');
		await page.waitForFunction(() => new URLSearchParams(location.search).getAll('province').includes('江苏省'));
		// Searches started by the two checks may finish in either order: wait until the page shows the narrowed one.
		await page.waitForFunction(() => {
			const root = document.querySelector<HTMLElement>('[data-search-page]');
			const hits = [...document.querySelectorAll<HTMLElement>('.search-hit')];
			return root?.dataset.state === 'done' && hits.length > 0 && hits.every((hit) => hit.dataset.report === '2026-jiangsu');
		});
		const reports = await page.$$eval('.search-hit', (items) => [...new Set(items.map((item) => (item as HTMLElement).dataset.report))]);
		expect(reports).toEqual(['2026-jiangsu']);
		expect(Number(await page.getAttribute('[data-search-page]', 'data-count'))).toBeLessThan(everywhere);
		expect(page.url()).toContain('level=');
		await page.close();
	});

	it('lands on the paragraph, scrolled into view, with the query marked', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}/zh-Hans/search/?year=2025&q=${encodeURIComponent('城中村改造')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		const first = page.locator('.search-hit__link').first();
		expect(await first.getAttribute('href')).toMatch(/^\/zh-Hans\/2025-changzhou-tianning\/\?hl=.+#(p2-s4-1|p1-8)$/);
		await first.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('mark.search-mark');
		const id = new URL(page.url()).hash.slice(1);
		const marks = await page.$$eval(`[id="${id}"] mark.search-mark`, (list) => list.map((mark) => mark.textContent));
		expect(marks).toContain('城中村改造');
		expect(await page.$$eval('mark.search-mark', (list) => list.length)).toBe(marks.length);
		await page.waitForFunction((target) => {
			const box = document.querySelector('mark.search-mark')!.getBoundingClientRect();
			return document.getElementById(target)!.classList.contains('search-target') && box.top >= 0 && box.bottom <= innerHeight;
		}, id);
		// English: words marked across a bold lead phrase's markup.
		await page.goto(`${server.url}/en/2025-changzhou-tianning/?hl=${encodeURIComponent('urban village')}#p2-s4-1`);
		await page.waitForSelector('#p2-s4-1 mark.search-mark');
		expect(await page.$$eval('#p2-s4-1 mark.search-mark', (list) => list.map((mark) => mark.textContent?.toLowerCase()))).toContain('urban village');
		await page.close();
	});

	it('header search box: a plain GET form to the search page of the page language', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}/zh-Hant/2025-changzhou-tianning/`);
		await page.fill('#site-search-q', '城中村');
		await page.press('#site-search-q', 'Enter');
		await page.waitForURL(/\/zh-Hant\/search\/\?q=/);
		expect(decodeURIComponent(page.url())).toContain('q=城中村');
		expect(await page.isVisible('noscript, .notice')).toBe(true);
		await context.close();
		// With JavaScript the page it lands on shows results.
		const js = await browser.newPage();
		await js.goto(`${server.url}/zh-Hant/search/?q=${encodeURIComponent('城中村')}`);
		await js.waitForSelector('[data-search-page][data-state="done"]');
		expect(await js.inputValue('#search-q')).toBe('城中村');
		expect(await js.locator('.search-hit').count()).toBeGreaterThanOrEqual(3);
		await js.close();
	});

	it('works on a phone-sized screen and from the keyboard', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
		await page.goto(`${server.url}/en/search/?q=${encodeURIComponent('new energy vehicles')}`);
		await page.waitForSelector('[data-search-page][data-state="done"]');
		// A phone widens its layout to content that does not fit: the width the page was laid out at is the measure.
		expect(await page.evaluate(() => Math.max(document.documentElement.scrollWidth, innerWidth))).toBe(375);
		// Filters fold away on small screens and open from the keyboard.
		expect(await page.$eval('[data-search-filters]', (details) => (details as HTMLDetailsElement).open)).toBe(false);
		await page.focus('[data-search-filters] > summary');
		await page.keyboard.press('Enter');
		expect(await page.$eval('[data-search-filters]', (details) => (details as HTMLDetailsElement).open)).toBe(true);
		// Tab from the query field reaches the submit button, then the filters; results are links.
		await page.focus('#search-q');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
		expect(await page.locator('.search-hit a[href*="#p"]').count()).toBeGreaterThanOrEqual(5);
		await page.close();
	});
});

describe('the main site on a phone', () => {
	it('is no wider than the screen in any language: archive, reading page, parallel view, search (the archive’s long English name included)', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		const wide: string[] = [];
		for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
			for (const path of [`/${lang}/`, `/${lang}/${seedReport}/`, `/${lang}/${seedReport}/parallel/`, `/${lang}/search/`]) {
				await page.goto(server.url + path);
				// A phone widens its layout to content that does not fit: the width the page was laid out at is the measure.
				const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, innerWidth));
				if (width > 390) wide.push(`${path} ${width} px`);
			}
		}
		expect(wide).toEqual([]);
		await context.close();
	});
});

describe('shards', () => {
	// The same site with one index per language for every year together, indexed here from the same content.
	const combinedDir = mkdtempSync(join(tmpdir(), 'report-press-search-combined-'));
	let combined: { url: string; close: () => Promise<void> };
	beforeAll(async () => {
		await copyWithOneIndex(outDir, combinedDir);
		expect(JSON.parse(readFileSync(join(combinedDir, 'pagefind', 'zh-Hans', 'shards.json'), 'utf8'))).toEqual({ shards: ['all'] });
		combined = await serveStatic(combinedDir);
	}, 300_000);
	afterAll(async () => {
		await combined?.close();
		rmSync(combinedDir, { recursive: true, force: true });
	});

	it('searched together, the shards of each year list the same hits as one index of the whole archive', async () => {
		const page = await browser.newPage();
		// Every sixth held-out query (scripts/bench-shards.ts compares them all), and words one year's shard
		// lacks (亳: only Anhui 2026; perovskite: only Tianning 2025) or holds only inside longer words.
		const cases = [
			...queries.filter((_, index) => index % 6 === 0).map(({ edition, query }) => ({ edition, query })),
			...['亳州', '亳州 天宁', '“亳州”', '5G基站'].map((query) => ({ edition: 'zh-Hans', query })),
			...['renovat', 'perovskite solar', 'Tianning', 'Tai'].map((query) => ({ edition: 'en', query })),
		];
		const { differ, sameOrder } = await compareSearches(page, server.url, combined.url, cases);
		console.log(
			`shards against one index: ${cases.length - differ.length} of ${cases.length} queries list the same hits; the first ten in the same order for ${sameOrder}`,
		);
		expect(differ).toEqual([]);
		// The word missing from the 2025 shard does not widen the search there: 亳州 is in two paragraphs of Anhui's.
		const bozhou = await searchPageHits(page, server.url, 'zh-Hans', '亳州');
		expect(bozhou.hits.every((hit) => hit.startsWith('2026-anhui#'))).toBe(true);
		expect((await searchPageHits(page, server.url, 'zh-Hans', '亳州 天宁')).count).toBe(0);
		await page.close();
	}, 300_000);
});
