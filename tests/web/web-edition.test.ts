/**
 * The web edition in a real browser (Debian's Chromium via playwright-core), against the fixture site
 * built once into a temp folder and served on localhost. The fixture's English edition is made partial
 * here (one paragraph `[[untranslated]]`) so that the fallback to the original is exercised too.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite as site, serveFixtureSite, type ServedFixture } from '../helpers/fixture-site.ts';

const report = '2024-testcity-demo';

let fixture: ServedFixture;
let browser: Browser;
let base: string;

beforeAll(async () => {
	fixture = await serveFixtureSite('web-test', (content) => {
		cpSync(join(site, 'content'), content, { recursive: true });
		const en = join(content, `reports/${report}/en.md`);
		writeFileSync(
			en,
			readFileSync(en, 'utf8')
				.replace('completeness: complete', 'completeness: partial')
				.replace('Over the past year, we carried out the following work:', '[[untranslated]]'),
		);
	});
	({ browser, base } = fixture);
}, 300_000);

afterAll(() => fixture?.close());

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
	const page = await context.newPage();
	await page.goto(base + path);
	return { page, context };
}

/** True when the element's box is (at least partly) inside the viewport. */
const inViewport = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.bottom > 0 && box.top < innerHeight;
	});

const pageTypes = [
	['/', 'zh-Hans'],
	['/zh-Hans/', 'zh-Hans'],
	['/zh-Hant/', 'zh-Hant'],
	['/en/', 'en'],
	[`/zh-Hans/${report}/`, 'zh-Hans'],
	[`/zh-Hant/${report}/`, 'zh-Hant'],
	[`/en/${report}/`, 'en'],
	[`/zh-Hans/${report}/parallel/`, 'zh-Hans'],
	[`/en/${report}/parallel/`, 'en'],
	['/zh-Hans/about/', 'zh-Hans'],
	['/en/colophon/', 'en'],
	['/zh-Hant/about/', 'zh-Hant'],
	['/zh-Hans/region/jiangsu/changzhou/tianning/', 'zh-Hans'],
	['/en/region/jiangsu/', 'en'],
] as const;

describe('web edition in Chromium', () => {
	it('navigates from the home page to a paragraph', async () => {
		const { page, context } = await open('/');
		await page.getByRole('link', { name: /^常州市天宁区\s*政府工作报告$/ }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/zh-Hans/${report}/`);
		await page.locator('.toc--side').getByRole('link', { name: '（一）更大力度扩大社会需求' }).click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#p2-s1');
		await page.locator('#p2-s1-2').hover();
		await page.locator('a.permalink[href="#p2-s1-2"]').click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#p2-s1-2');
		expect(await inViewport(page, '#p2-s1-2')).toBe(true);
		expect(await page.locator('#p2-s1-2').evaluate((element) => element.matches(':target'))).toBe(true);
		expect(await page.locator('#p2-s1-2').textContent()).toContain('全年社会消费品零售总额增长5%左右');
		await context.close();
	});

	it('switches language and lands on the same paragraph (header switch, with JS)', async () => {
		const { page, context } = await open(`/zh-Hans/${report}/#p1-2`);
		await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
		await expect.poll(() => page.url()).toBe(`${base}/en/${report}/#p1-2`);
		await page.waitForLoadState('load');
		expect(await inViewport(page, '#p1-2')).toBe(true);
		expect(await page.locator('#p1-2').textContent()).toContain('We signed 116 projects');
		// The switch follows the paragraph the reader opens next.
		await page.evaluate(() => (location.hash = '#p2-s1-1'));
		await page.locator('.lang-switch').getByRole('link', { name: '繁體中文' }).click();
		await expect.poll(() => page.url()).toBe(`${base}/zh-Hant/${report}/#p2-s1-1`);
		expect(await page.locator('#p2-s1-1').textContent()).toContain('增強有效投入拉動力');
		await context.close();
	});

	it('copies a GB/T 7714 citation with the paragraph URL (zh) and a Chicago citation (en)', async () => {
		const { page, context } = await open(`/zh-Hans/${report}/#p1-2`, { permissions: ['clipboard-read', 'clipboard-write'] });
		const block = page.locator('.block', { has: page.locator('#p1-2') });
		await block.locator('summary', { hasText: '引用' }).click();
		await block.getByRole('button', { name: '复制引用' }).click();
		await expect.poll(() => block.getByRole('status').textContent()).toBe('已复制到剪贴板');
		const zh = await page.evaluate(() => navigator.clipboard.readText());
		const today = await page.evaluate(() => {
			const d = new Date();
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		});
		expect(zh).toBe(
			`王某. 政府工作报告：2024年1月10日在常州市天宁区第一届人民代表大会第一次会议上[EB/OL]. (2024-01-10)[${today}]. ${base}/zh-Hans/${report}/#p1-2.`,
		);
		// zh-Hant: the meeting line is converted, and so is the region that completes it.
		const hant = await open(`/zh-Hant/${report}/#p1-2`, { javaScriptEnabled: false });
		expect(
			await hant.page
				.locator('.block', { has: hant.page.locator('#p1-2') })
				.locator('.cite__text')
				.textContent(),
		).toContain('政府工作報告：2024年1月10日在常州市天寧區第一屆人民代表大會第一次會議上[EB/OL]');
		await hant.context.close();
		await page.goto(`${base}/en/${report}/#p2-s1-2`);
		const enBlock = page.locator('.block', { has: page.locator('#p2-s1-2') });
		await enBlock.locator('summary', { hasText: 'Cite' }).click();
		await enBlock.getByRole('button', { name: 'Copy citation' }).click();
		await expect.poll(() => enBlock.getByRole('status').textContent()).toBe('Copied to the clipboard');
		const en = await page.evaluate(() => navigator.clipboard.readText());
		expect(en).toMatch(
			new RegExp(
				`^Wang Mou\\. “Report on the Work of the Government\\.” Tianning District, Changzhou, Jiangsu Province\\. Delivered at the First Session of the First District People's Congress, January 10, 2024\\. English translation\\. Test Archive, para\\. p2-s1-2\\. ${base.replace(/[.]/g, '\\.')}/en/${report}/#p2-s1-2 \\(accessed [A-Z][a-z]+ \\d{1,2}, \\d{4}\\)\\.$`,
			),
		);
		await context.close();
	});

	it('sets each Chinese paragraph beside its English paragraph in parallel view, stacked on narrow screens', async () => {
		const { page, context } = await open(`/zh-Hans/${report}/parallel/`);
		const rows = await page.locator('[data-pair]').evaluateAll((pairs) =>
			pairs.map((pair) => {
				const [zh, en] = [pair.querySelector('.pair__cell--zh')!, pair.querySelector('.pair__cell--en')!].map((cell) =>
					cell.firstElementChild!.getBoundingClientRect(),
				);
				return {
					id: pair.id,
					zhTop: zh!.top,
					enTop: en!.top,
					zhRight: zh!.right,
					enLeft: en!.left,
					zhLang: pair.querySelector('.pair__cell--zh')!.getAttribute('lang'),
					en: pair.querySelector('.pair__cell--en')!.textContent,
				};
			}),
		);
		expect(rows.map((row) => row.id)).toEqual(['p0-1', 'p0-2', 'p1', 'p1-1', 'p1-2', 'p2', 'p2-s1', 'p2-s1-1', 'p2-s1-2']);
		for (const row of rows) {
			expect(Math.abs(row.zhTop - row.enTop), row.id).toBeLessThanOrEqual(2);
			expect(row.enLeft, row.id).toBeGreaterThan(row.zhRight);
			expect(row.zhLang).toBe('zh-Hans');
		}
		expect(rows.find((row) => row.id === 'p1-2')?.en).toContain('We signed 116 projects');
		expect(rows.find((row) => row.id === 'p1-1')?.en).toContain('Not yet translated');
		await page.setViewportSize({ width: 390, height: 844 });
		const stacked = await page.locator('#p1-2').evaluate((pair) => {
			const [zh, en] = [pair.querySelector('.pair__cell--zh')!, pair.querySelector('.pair__cell--en')!].map((cell) => cell.getBoundingClientRect());
			return { zhBottom: zh!.bottom, enTop: en!.top, width: document.documentElement.scrollWidth };
		});
		expect(stacked.enTop).toBeGreaterThanOrEqual(stacked.zhBottom);
		expect(stacked.width).toBeLessThanOrEqual(390);
		await context.close();
	});

	it('shows the original, marked, for an untranslated paragraph of a partial translation', async () => {
		const { page, context } = await open(`/en/${report}/`);
		const paragraph = page.locator('#p1-1');
		expect(await paragraph.getAttribute('lang')).toBe('zh-Hans');
		expect(await paragraph.textContent()).toBe('一年来，我们主要做了以下工作：');
		await expect.poll(() => page.locator('.untranslated-note').first().isVisible()).toBe(true);
		expect(await page.locator('.notice--partial').textContent()).toContain('partial');
		await context.close();
	});

	it('works without JavaScript: text, contents, citation text, paragraph language links', async () => {
		const { page, context } = await open(`/zh-Hans/${report}/#p1-2`, { javaScriptEnabled: false });
		expect(await page.locator('#p1-2 strong.lead').textContent()).toBe('一是稳住经济大盘。重大项目扎实推进。');
		expect(await page.locator('.toc--side').getByRole('link').count()).toBe(4);
		const block = page.locator('.block', { has: page.locator('#p1-2') });
		// The copy button needs JS and stays hidden; the citation itself is one click away.
		expect(await block.locator('button').isVisible()).toBe(false);
		await block.locator('summary').click();
		expect(await block.locator('.cite__text').isVisible()).toBe(true);
		expect(await block.locator('.cite__text').textContent()).toContain(`/zh-Hans/${report}/#p1-2`);
		// Opened via its permalink, the paragraph offers itself in the other editions.
		await block.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => page.url()).toBe(`${base}/en/${report}/#p1-2`);
		expect(await inViewport(page, '#p1-2')).toBe(true);
		await context.close();
	});

	it('renders every page type without JavaScript at 360 px: exact <html lang>, content, no horizontal scrolling', async () => {
		const { page, context } = await open('/', { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		for (const [path, lang] of pageTypes) {
			await page.goto(base + path, { waitUntil: 'domcontentloaded' });
			expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
			expect((await page.locator('main h1').innerText()).length, path).toBeGreaterThan(0);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
		}
		await context.close();
	});

	// One page of every type (light, wide), then the reading pages again dark and narrow.
	const axeRuns = [
		{
			colorScheme: 'light' as const,
			width: 1280,
			paths: [
				'/',
				'/zh-Hant/',
				`/zh-Hans/${report}/#p1-2`,
				`/zh-Hant/${report}/`,
				`/en/${report}/`,
				`/zh-Hans/${report}/parallel/`,
				`/en/${report}/parallel/`,
				'/zh-Hans/about/',
				'/en/colophon/',
			],
		},
		{ colorScheme: 'dark' as const, width: 390, paths: ['/en/', `/zh-Hans/${report}/#p1-2`, `/en/${report}/`, `/zh-Hant/${report}/parallel/`] },
	];
	for (const { colorScheme, width, paths } of axeRuns) {
		it(`passes axe-core with 0 serious or critical violations on every page type (${colorScheme}, ${width} px)`, async () => {
			const problems: string[] = [];
			const { page, context } = await open('/', { colorScheme, viewport: { width, height: 900 } });
			for (const path of paths) {
				await page.goto(base + path);
				// With a paragraph opened: its tools and the open citation are checked too.
				if (path.includes('#'))
					await page
						.locator('.block', { has: page.locator('#p1-2') })
						.locator('summary')
						.click();
				const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
				for (const violation of result.violations) {
					if (violation.impact === 'serious' || violation.impact === 'critical') {
						problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
					}
				}
			}
			await context.close();
			expect(problems).toEqual([]);
		}, 150_000);
	}
});
