/**
 * Navigating a long report in a real browser (Debian's Chromium via playwright-core): the contents on
 * the parallel view, the contents highlight after jumps, the bottom bar on narrow screens (contents
 * dialog, back to top), one Tab stop per paragraph toolbar, ¶ copying its link, the text size control,
 * printing a reading page, and the site basics (404 page, robots.txt, favicon). Against the fixture
 * site built once with a real, long, bilingual report (Tianning 2025) and no site URL.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { robotsTxt } from '../../plugins/site/robots.ts';
import { serveFixtureSite, type ServedFixture } from '../helpers/fixture-site.ts';

const repo = new URL('../..', import.meta.url).pathname;
const report = '2025-changzhou-tianning';
const reading = `/zh-Hans/${report}/`;

let fixture: ServedFixture;
let browser: Browser;
let base: string;
let outDir: string;

beforeAll(async () => {
	fixture = await serveFixtureSite('nav-test', (content) => {
		mkdirSync(join(content, 'reports'));
		cpSync(join(repo, 'content/reports', report), join(content, 'reports', report), { recursive: true });
		cpSync(join(repo, 'content/glossary.tsv'), join(content, 'glossary.tsv'));
	});
	({ browser, base, outDir } = fixture);
}, 300_000);

afterAll(() => fixture?.close());

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
	const page = await context.newPage();
	await page.goto(base + path, { waitUntil: 'load' });
	return { page, context };
}

const narrow = { viewport: { width: 390, height: 844 } };
/** The ids of the contents entries marked as the place being read. */
const marked = (page: Page, toc = '.toc--side') =>
	page.locator(`${toc} [aria-current="location"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
/** The focused element: its id, a ¶'s target, or a tool's text. */
const focusedId = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement;
		return element?.id || (element?.matches('a.permalink') ? element.getAttribute('href') : element?.textContent?.trim());
	});

describe('contents', () => {
	it('the parallel view has the contents: a side column at 1280 px, a collapsible list at 390 px, in the page language', async () => {
		const readingEntries = await (
			await open(`/en/${report}/`)
		).page
			.locator('.toc--side a[data-toc-link]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));
		const { page, context } = await open(`/en/${report}/parallel/`);
		const side = page.locator('.toc--side');
		expect(await side.isVisible()).toBe(true);
		expect(await side.locator('a[data-toc-link]').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]))).toEqual(
			readingEntries,
		);
		await side.getByRole('link', { name: readingEntries[1]![1]! }).click();
		await expect.poll(() => new URL(page.url()).hash).toBe(readingEntries[1]![0]);
		expect(await page.locator(`${readingEntries[1]![0]}[data-pair]`).count()).toBe(1);
		await page.setViewportSize(narrow.viewport);
		expect(await side.isVisible()).toBe(false);
		await page.locator('.toc--inline summary').click();
		expect(await page.locator('.toc--inline a[data-toc-link]').count()).toBe(readingEntries.length);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});

	it('marks the entry of the place jumped to: page opened at #id, a contents click, a changed address, then scrolling', async () => {
		// A tall screen: a jump leaves the target low on it when the text after the target is shorter than the screen.
		const { page, context } = await open(reading, { viewport: { width: 1280, height: 2400 } });
		const entries = await page.locator('.toc--side a[data-toc-link]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		// The last entry's heading is near the end of the page: it never reaches the upper part of the screen.
		const last = entries.at(-1)!;
		await page.goto(`${base}${reading}${last}`, { waitUntil: 'load' });
		await expect.poll(() => marked(page)).toEqual([last]);
		const third = entries[2]!;
		await page.locator('.toc--side').locator(`a[href="${third}"]`).click();
		await expect.poll(() => marked(page)).toEqual([third]);
		// A paragraph inside a section marks its section.
		const paragraph = await page.locator(`.block:has(${entries[4]}) ~ .block--paragraph p[data-block]`).first().getAttribute('id');
		await page.evaluate((id) => (location.hash = `#${id}`), paragraph);
		await expect.poll(() => marked(page)).toEqual([entries[4]]);
		// Scrolling on, the mark follows the text.
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.locator(entries[6]!).evaluate((heading) => scrollTo(0, scrollY + heading.getBoundingClientRect().top - 10));
		await expect.poll(() => marked(page)).toEqual([entries[6]]);
		await context.close();
	});
});

describe('the bottom bar on a narrow screen', () => {
	it('appears once the text is reached, opens the contents in a dialog (Escape, focus), goes to the entry chosen', async () => {
		const { page, context } = await open(`/en/${report}/`, narrow);
		const bar = page.locator('.toc-float');
		const button = bar.getByRole('button', { name: 'Contents' });
		expect(await bar.isVisible()).toBe(false);
		await page.locator('[data-report-body]').evaluate((body) => scrollTo(0, body.getBoundingClientRect().top + scrollY + 400));
		await expect.poll(() => bar.isVisible()).toBe(true);
		expect(await bar.getByRole('link', { name: 'Back to top' }).isVisible()).toBe(true);
		// Held at the bottom of the screen.
		const box = (await bar.boundingBox())!;
		expect(Math.round(box.y + box.height)).toBe(844);

		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Contents' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-toc-open'))).toBe(true);

		await button.click();
		const entry = dialog.locator('a[data-toc-link]').nth(3);
		const href = (await entry.getAttribute('href'))!;
		await entry.click();
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await expect.poll(() => new URL(page.url()).hash).toBe(href);
		expect(await focusedId(page)).toBe(href.slice(1));
		expect(await marked(page, '.toc--float')).toEqual([href]);

		await bar.getByRole('link', { name: 'Back to top' }).click();
		await expect.poll(() => page.evaluate(() => document.querySelector('#top')!.getBoundingClientRect().top >= 0)).toBe(true);
		await expect.poll(() => bar.isVisible()).toBe(false);
		await context.close();
	});

	it('is labelled in the page language, on the parallel view too, and never covers the footer', async () => {
		const { page, context } = await open(`/zh-Hans/${report}/parallel/`, { ...narrow, colorScheme: 'dark' });
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		const bar = page.locator('.toc-float');
		await expect.poll(() => bar.isVisible()).toBe(true);
		expect(await bar.getByRole('button', { name: '目录' }).isVisible()).toBe(true);
		expect(await bar.getByRole('link', { name: '回到顶部' }).isVisible()).toBe(true);
		const [barBox, footer] = [(await bar.boundingBox())!, (await page.locator('.site-footer').boundingBox())!];
		expect(barBox.y + barBox.height).toBeLessThanOrEqual(footer.y);
		await context.close();
	});

	it('is not shown where the side contents are (1280 px)', async () => {
		const { page, context } = await open(`${reading}#p2-s3`);
		await page.evaluate(() => scrollBy(0, 600));
		expect(await page.locator('.toc-float').isVisible()).toBe(false);
		await context.close();
	});
});

describe('paragraph tools', () => {
	it('are one Tab stop per paragraph: Tab goes from ¶ to the next paragraph, the arrow keys reach Cite and the other editions', async () => {
		const { page, context } = await open(reading);
		// Every block, heading or paragraph, in the order of the text.
		const ids = await page.locator('[data-report-body] [data-block]').evaluateAll((blocks) => blocks.slice(0, 8).map((block) => block.id));
		await page.locator(`a.permalink[href="#${ids[0]}"]`).focus();
		for (const id of ids.slice(1)) {
			await page.keyboard.press('Tab');
			expect(await focusedId(page)).toBe(`#${id}`);
		}
		// Every tool of every paragraph but one per block is out of the Tab order (a closed citation's Copy button is not rendered).
		const stops = await page
			.locator('[data-report-body]')
			.evaluate(
				(body) =>
					[...body.querySelectorAll<HTMLElement>('a[href], summary, button')].filter((element) => element.tabIndex >= 0 && element.checkVisibility()).length,
			);
		expect(stops).toBe(await page.locator('[data-report-body] .block').count());

		const last = ids.at(-1)!;
		const block = page.locator('.block', { has: page.locator(`#${last}`) });
		expect(await block.getAttribute('class')).toContain('block--paragraph');
		await page.keyboard.press('ArrowRight');
		expect(await focusedId(page)).toBe('引用');
		expect(await block.locator('summary').isVisible()).toBe(true);
		await page.keyboard.press('ArrowRight');
		expect(await focusedId(page)).toBe('繁體中文');
		await page.keyboard.press('End');
		expect(await focusedId(page)).toBe('对照');
		await page.keyboard.press('ArrowRight');
		expect(await focusedId(page)).toBe(`#${last}`);
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		expect(await block.locator('.cite').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
		expect(await block.getByRole('button', { name: '复制引用' }).isVisible()).toBe(true);
		await context.close();
	});

	it('show Cite on hover at 1280 px without reflowing the text, and on a tap on a touch screen', async () => {
		const { page, context } = await open(reading);
		const block = page.locator('.block--paragraph').nth(3);
		const cite = block.locator('summary', { hasText: '引用' });
		expect(await cite.isVisible()).toBe(false);
		const nextTop = () =>
			page
				.locator('.block--paragraph')
				.nth(4)
				.evaluate((next) => next.getBoundingClientRect().top + scrollY);
		const before = await nextTop();
		await block.locator('p[data-block]').hover();
		await expect.poll(() => cite.isVisible()).toBe(true);
		expect(await nextTop()).toBe(before);
		await cite.click();
		expect(await block.getByRole('button', { name: '复制引用' }).isVisible()).toBe(true);
		await context.close();

		const touch = await open(reading, { ...narrow, hasTouch: true, isMobile: true });
		const tapped = touch.page.locator('.block--paragraph').nth(3);
		expect(await tapped.locator('summary').isVisible()).toBe(false);
		await tapped.locator('p[data-block]').tap();
		await expect.poll(() => tapped.locator('summary', { hasText: '引用' }).isVisible()).toBe(true);
		await touch.context.close();
	});

	it('¶ is a link to the paragraph and copies its absolute address, with a status message', async () => {
		const { page, context } = await open(`/en/${report}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
		const id = await page.locator('.block--paragraph p[data-block]').nth(5).getAttribute('id');
		await page.locator(`#${id}`).hover();
		await page.locator(`a.permalink[href="#${id}"]`).click();
		await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link to this paragraph copied' }).count()).toBe(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/en/${report}/#${id}`);
		// On the parallel view too.
		await page.goto(`${base}/en/${report}/parallel/`, { waitUntil: 'load' });
		await page.locator(`#${id}`).hover();
		await page.locator(`#${id} > a.permalink`).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/en/${report}/parallel/#${id}`);
		await context.close();
	});
});

describe('text size', () => {
	const textSize = (page: Page, selector = '.report-body p[data-block]') =>
		page
			.locator(selector)
			.first()
			.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

	it('A+ enlarges the report text; the size is kept on other pages and later visits, applied before the page script runs', async () => {
		const { page, context } = await open(reading);
		const normal = await textSize(page);
		const group = page.getByRole('group', { name: '字号' });
		await group.getByRole('button', { name: '放大字号' }).click();
		const larger = await textSize(page);
		expect(larger).toBeGreaterThan(normal);
		expect(await group.getByRole('button', { name: '默认字号' }).getAttribute('aria-pressed')).toBe('false');
		// Another page, with the page scripts (Astro's bundles) blocked: only the early script in <head> can set it.
		await page.route('**/_astro/*.js', (route) => (route.request().url().includes('text-size-early') ? route.continue() : route.abort()));
		await page.goto(`${base}/en/${report}/parallel/`, { waitUntil: 'load' });
		expect(await page.getByRole('group', { name: 'Text size' }).isVisible()).toBe(false);
		const parallelLarger = await textSize(page, '.pair__cell--en p');
		await page.unroute('**/_astro/*.js');
		await page.goto(`${base}/en/${report}/parallel/`, { waitUntil: 'load' });
		const en = page.getByRole('group', { name: 'Text size' });
		await en.getByRole('button', { name: 'Default text size' }).click();
		expect(await textSize(page, '.pair__cell--en p')).toBeLessThan(parallelLarger);
		expect(await en.getByRole('button', { name: 'Default text size' }).getAttribute('aria-pressed')).toBe('true');
		await en.getByRole('button', { name: 'Smaller text' }).click();
		// At the smallest size A− is marked unavailable (and keeps its focus).
		expect(await en.getByRole('button', { name: 'Smaller text' }).getAttribute('aria-disabled')).toBe('true');
		expect(await focusedId(page)).toContain('Smaller text');
		const storageState = await context.storageState();
		await context.close();
		// A new visit with the same browser storage keeps the last choice.
		const later = await open(reading, { storageState });
		expect(await textSize(later.page)).toBeLessThan(normal);
		await later.context.close();
	});
});

describe('printing a reading page', () => {
	it('prints the report text and headings only: no header, tools, contents or buttons; no link addresses', async () => {
		const { page, context } = await open(`${reading}#p1-1`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'.site-header',
			'.breadcrumb',
			'.doc-tools',
			'.toc--side',
			'.toc--inline',
			'.permalink',
			'.para-tools',
			'.site-footer',
			'.figures-table',
		]) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('#p1-1').isVisible()).toBe(true);
		// Black on white, the opened paragraph not highlighted.
		expect(await page.locator('#p1-1').evaluate((p) => getComputedStyle(p).backgroundColor)).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
		const pdf = join(outDir, 'printed.pdf');
		await page.pdf({ path: pdf, format: 'A4' });
		const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
		rmSync(pdf);
		const first = (await page.locator('#p1-1').textContent())!.slice(0, 12);
		expect(text.replace(/\s+/g, '')).toContain(first.replace(/\s+/g, ''));
		for (const furniture of ['跳到正文', '报告档案', '目录', '引用', '本段其他版本', '¶', 'http://', '#p']) expect(text, furniture).not.toContain(furniture);
		await context.close();
	});
});

describe('site basics', () => {
	it('serves a bilingual 404 page linking home, to the archives and to search', async () => {
		expect(existsSync(join(outDir, '404.html'))).toBe(true);
		const { page, context } = await open('/404.html', { colorScheme: 'dark' });
		expect(await page.locator('h1').innerText()).toMatch(/找不到此页[\s\S]*Page not found/);
		const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(links).toEqual(expect.arrayContaining(['/', '/zh-Hans/', '/en/', '/zh-Hans/search/', '/en/search/']));
		await context.close();
	});

	it('robots.txt allows everything and names no sitemap without a site URL; with one, names its absolute address', () => {
		const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n$/);
		expect(existsSync(join(outDir, 'sitemap.xml'))).toBe(false);
		expect(robotsTxt(new URL('https://archive.example.gov.cn/'))).toContain('\nSitemap: https://archive.example.gov.cn/sitemap.xml\n');
	});

	it('links the SVG favicon from every page, served from the site itself', async () => {
		const pages: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (entry.isDirectory()) walk(join(dir, entry.name));
				else if (entry.name.endsWith('.html') && !dir.includes('/print/')) pages.push(join(dir, entry.name));
			}
		};
		walk(outDir);
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) expect(readFileSync(file, 'utf8'), file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
		const response = await fetch(`${base}/favicon.svg`);
		expect(response.status).toBe(200);
		expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	});
});
