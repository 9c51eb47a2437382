/**
 * Reading an archive of many reports, in Chromium: the fixture site's content plus a province-level
 * report held only in zh-Hans (tests/fixtures/site/listing-content: `2026-jiangsu`, no English
 * edition), built once. The listing groups by year, level and province without JS; the filter hides
 * and shows with JS and lives in the URL; region pages list their reports; the English archive lists
 * the untranslated report in English with a link to the original; nothing links to an English
 * edition that does not exist.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionByCode, regionChain } from '../../plugins/content/regions.ts';
import { fixtureSite as site, serveFixtureSite, type ServedFixture } from '../helpers/fixture-site.ts';

const zhOnly = '2026-jiangsu';
const translated = '2024-testcity-demo';

let fixture: ServedFixture;
let browser: Browser;
let base: string;
let outDir: string;

/** The translated fixture report's region, as the listing places it (whatever code the fixture uses). */
const fixtureRegion = () => {
	const code = /^region: '(\d{6})'$/m.exec(readFileSync(join(site, `content/reports/${translated}/zh-Hans.md`), 'utf8'))?.[1] ?? '';
	const region = regionByCode(code)!;
	return { region, chain: regionChain(region) };
};

beforeAll(async () => {
	fixture = await serveFixtureSite('listing-test', (content) => {
		cpSync(join(site, 'content'), content, { recursive: true });
		cpSync(join(site, 'listing-content/reports'), join(content, 'reports'), { recursive: true });
	});
	({ browser, base, outDir } = fixture);
}, 300_000);

afterAll(() => fixture?.close());

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
	const page = await context.newPage();
	await page.goto(base + path);
	return { page, context };
}

/** Ids of the report cards a reader can see. */
const visibleCards = (page: Page) => page.locator('.report-card:visible').evaluateAll((cards) => cards.map((card) => card.id));

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

describe('archive listing, region pages and untranslated reports', () => {
	it('lists reports by year, then level, then province, with counts, without JavaScript', async () => {
		const { region, chain } = fixtureRegion();
		const { page, context } = await open('/zh-Hans/', { javaScriptEnabled: false });
		expect(await page.locator('.year').evaluateAll((years) => years.map((year) => year.id))).toEqual(['y2026', 'y2024']);
		expect((await page.locator('#y2026-h').innerText()).replace(/\s+/g, '')).toBe('2026年（1份）');
		expect((await page.locator('#y2026-province .level__heading').innerText()).replace(/\s+/g, '')).toBe('省级（1份）');
		expect(await page.locator(`#y2026-province #r-${zhOnly}`).count()).toBe(1);
		// The translated fixture report sits under its own level and, below province level, under its province.
		const level = page.locator(`#y2024-${region.level}`);
		expect(await level.locator(`#r-${translated}`).count()).toBe(1);
		if (region.level !== 'province') expect((await level.locator('.province__heading').innerText()).replace(/\s+/g, '')).toBe(`${chain[0]!.zh}（1份）`);
		// Every report is there; the filter form needs JS and stays hidden.
		expect(await visibleCards(page)).toEqual([`r-${zhOnly}`, `r-${translated}`]);
		expect(await page.locator('[data-listing-filter]').isVisible()).toBe(false);
		await context.close();
	});

	it('filters by year, level, province and text with JavaScript, and keeps the filter in the URL across a reload', async () => {
		const { page, context } = await open('/zh-Hans/');
		const form = page.locator('[data-listing-filter]');
		await expect.poll(() => form.isVisible()).toBe(true);
		await form.getByLabel('年份').selectOption('2024');
		await expect.poll(() => visibleCards(page)).toEqual([`r-${translated}`]);
		expect(new URL(page.url()).search).toBe('?year=2024');
		expect(await page.locator('#y2026').isVisible()).toBe(false);
		expect(await form.getByRole('status').innerText()).toBe('显示 1 / 2 份报告');
		await page.reload();
		await expect.poll(() => visibleCards(page)).toEqual([`r-${translated}`]);
		expect(await form.getByLabel('年份').inputValue()).toBe('2024');
		// The language switch carries the selection to the other archives.
		expect(await page.locator('.lang-switch').getByRole('link', { name: 'English' }).getAttribute('href')).toBe(`${base}/en/?year=2024`);
		await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/');
		await expect.poll(() => visibleCards(page)).toEqual([`r-${translated}`]);
		expect(await page.getByRole('status').innerText()).toBe('Showing 1 of 2 reports');
		await page.goBack();

		await form.getByLabel('年份').selectOption('');
		await form.getByLabel('级别').selectOption('province');
		await expect.poll(() => visibleCards(page)).toEqual([`r-${zhOnly}`]);
		await form.getByLabel('级别').selectOption('');
		await form.getByLabel('省份').selectOption('jiangsu');
		await expect.poll(() => visibleCards(page)).toEqual([`r-${zhOnly}`, `r-${translated}`]);
		// The text box matches names in every language and the pinyin slug.
		await form.getByLabel('地区或标题').fill('Jiangsu Province');
		await expect.poll(() => visibleCards(page)).toEqual([`r-${zhOnly}`, `r-${translated}`]);
		await form.getByLabel('地区或标题').fill('no such place');
		await expect.poll(() => visibleCards(page)).toEqual([]);
		expect(await page.locator('[data-listing-empty]').isVisible()).toBe(true);
		expect(new URLSearchParams(new URL(page.url()).search).get('q')).toBe('no such place');
		await page.reload();
		await expect.poll(() => visibleCards(page)).toEqual([]);
		expect(await form.getByLabel('地区或标题').inputValue()).toBe('no such place');
		await form.getByRole('button', { name: '清除筛选' }).click();
		await expect.poll(() => visibleCards(page)).toEqual([`r-${zhOnly}`, `r-${translated}`]);
		expect(new URL(page.url()).search).toBe('');
		// An old link with a value the list does not offer shows everything rather than nothing.
		await page.goto(`${base}/en/?province=atlantis&year=2026`);
		await expect.poll(() => visibleCards(page)).toEqual([`r-${zhOnly}`]);
		expect(new URL(page.url()).search).toBe('?year=2026');
		await context.close();
	});

	it('has a page per region: its reports across years, the regions above and below it', async () => {
		const { chain } = fixtureRegion();
		const { page, context } = await open('/zh-Hans/region/jiangsu/', { javaScriptEnabled: false });
		expect(await page.locator('main h1').innerText()).toBe('江苏省政府工作报告');
		expect(await page.locator('.report-card').evaluateAll((cards) => cards.map((card) => card.id))).toEqual([`r-${zhOnly}`]);
		await page
			.locator(`#r-${zhOnly}`)
			.getByRole('link', { name: /^江苏省\s*政府工作报告$/ })
			.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/zh-Hans/${zhOnly}/`);
		if (chain[0]!.code === '320000' && chain.length > 1) {
			// The fixture's other report lies below Jiangsu: the province page links down to it, and its page back up.
			await page.goto(`${base}/zh-Hans/region/jiangsu/`);
			const below = page.locator('.region-links a').first();
			expect(await below.getAttribute('href')).toBe(
				`/zh-Hans/region/${chain
					.slice(0, 2)
					.map((region) => region.slug)
					.join('/')}/`,
			);
			const leaf = `/zh-Hans/region/${chain.map((region) => region.slug).join('/')}/`;
			await page.goto(base + leaf);
			expect(await page.locator(`#r-${translated}`).count()).toBe(1);
			expect(await page.locator('.breadcrumb a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain('/zh-Hans/region/jiangsu/');
		}
		// Headings in every language; zh-Hant converted.
		await page.goto(`${base}/zh-Hant/region/jiangsu/`);
		expect(await page.locator('main h1').innerText()).toBe('江蘇省政府工作報告');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
		await page.goto(`${base}/en/region/jiangsu/`);
		expect(await page.locator('main h1').innerText()).toBe('Government work reports of Jiangsu Province');
		expect(await page.title()).toBe('Government work reports of Jiangsu Province · Test Archive');
		await context.close();
	});

	it('lists the untranslated report in the English archive with English metadata and a link to the Chinese original', async () => {
		const { page, context } = await open('/en/', { javaScriptEnabled: false });
		const card = page.locator(`#r-${zhOnly}`);
		const title = card.locator('.report-card__title a');
		expect((await title.innerText()).replace(/\s+/g, ' ')).toBe('Jiangsu Province Government Work Report');
		expect(await title.getAttribute('href')).toBe(`/zh-Hans/${zhOnly}/`);
		expect(await title.getAttribute('hreflang')).toBe('zh-Hans');
		expect(await card.locator('time').innerText()).toBe('January 27, 2026');
		expect(await card.locator('.report-card__note').innerText()).toContain('Chinese original only');
		const original = card.locator('.report-card__editions').getByRole('link', { name: '简体中文' });
		expect(await original.getAttribute('lang')).toBe('zh-Hans');
		expect(await original.getAttribute('hreflang')).toBe('zh-Hans');
		expect(await card.locator('.report-card__editions a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
			`/zh-Hans/${zhOnly}/`,
			`/zh-Hant/${zhOnly}/`,
		]);
		expect(await page.locator('.level__heading').first().innerText()).toMatch(/^Province-level/);
		await original.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/zh-Hans/${zhOnly}/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
		await context.close();
	});

	it('says "not translated" in the language switch of an untranslated report and links to no English edition anywhere', async () => {
		const { page, context } = await open(`/zh-Hans/${zhOnly}/`);
		const english = page.locator('.lang-switch a[hreflang="en"]');
		expect(await english.count()).toBe(1);
		expect(await english.innerText()).toBe('English: not translated');
		expect(await english.getAttribute('href')).toBe(`/en/#r-${zhOnly}`);
		expect(await page.locator('a[href*="/parallel/"]').count()).toBe(0);
		expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(0);
		await english.click();
		await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/en/#r-${zhOnly}`);
		expect(await page.locator(`#r-${zhOnly}`).evaluate((card) => card.matches(':target'))).toBe(true);
		// A translated report's switch links its English edition as before.
		await page.goto(`${base}/zh-Hans/${translated}/`);
		expect(await page.locator('.lang-switch a[hreflang="en"]').getAttribute('href')).toBe(`/en/${translated}/`);
		await context.close();

		// No built page links to an English edition, parallel view or English PDF of the report (the build's
		// link check fails on any link to a page it did not produce; this names the pages that must not exist).
		expect(existsSync(join(outDir, `en/${zhOnly}`))).toBe(false);
		expect(existsSync(join(outDir, `zh-Hans/${zhOnly}/parallel`))).toBe(false);
		const forbidden = [`/en/${zhOnly}/`, `/${zhOnly}/parallel/`, `${zhOnly}-en.pdf`, `${zhOnly}-bilingual.pdf`];
		const offending = htmlFiles(outDir).flatMap((file) => {
			const hrefs = [...readFileSync(file, 'utf8').matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]!);
			return hrefs.filter((href) => forbidden.some((link) => href.includes(link))).map((href) => `${file.slice(outDir.length)}: ${href}`);
		});
		expect(offending).toEqual([]);
	});

	it('passes axe-core (0 serious or critical) on the filtered listing, the English archive and a region page', async () => {
		const problems: string[] = [];
		const { page, context } = await open('/');
		for (const [path, width] of [
			['/?year=2026', 1280],
			['/en/', 390],
			['/zh-Hant/region/jiangsu/', 1280],
			[`/zh-Hans/${zhOnly}/`, 390],
		] as const) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(base + path);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
			for (const violation of result.violations) {
				if (violation.impact === 'serious' || violation.impact === 'critical')
					problems.push(`${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
		}
		await context.close();
		expect(problems).toEqual([]);
	}, 120_000);
});
