/**
 * Back matter on the built site (issue 12): a throwaway site holding tests/fixtures/back-matter (two
 * annexes, notes referred to from the text, numbered opening sentences), built as an adopter builds it
 * (PDFs off: the print edition of back matter is checked by its PDF text check in a full build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { buildScript, makeSite, removeSites } from '../reliability/site.ts';

const fixture = new URL('../fixtures/back-matter/content', import.meta.url).pathname;
let dist = '';
const page = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
	const site = makeSite(fixture, 'rp-back-matter-');
	const built = buildScript(['--root', site]);
	expect(built.status, built.output).toBe(0);
	dist = join(site, 'dist');
}, 300_000);
afterAll(removeSites);

describe('back matter on the web', () => {
	it('reading page: annexes and notes after the report, each with its id and kind', () => {
		const html = page('zh-Hans/2024-testcity-annex/index.html');
		expect(html).toContain('<h2 id="a1" data-block="annex">附件1　2024年区十件民生实事</h2>');
		expect(html).toContain('<p id="a1-2" data-block="paragraph">新建口袋公园。</p>');
		expect(html).toContain('<h2 id="notes" data-block="notes">注释</h2>');
		expect(html).toContain('<p id="n2" data-block="note">［2］一降三减：全年火灾总量下降，亡人、伤人、损失减少。</p>');
		expect(html.indexOf('id="p2-2"')).toBeLessThan(html.indexOf('id="a1"'));
	});

	it('a note marker links to its note, with the note as its title (works without script)', () => {
		expect(page('zh-Hans/2024-testcity-annex/index.html')).toContain(
			'“五社联动”<a href="#n1" class="note-ref" title="［1］五社联动：社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动。">［1］</a>机制全面推开。',
		);
		expect(page('en/2024-testcity-annex/index.html')).toContain('“five-society linkage”<a href="#n1" class="note-ref" title="[1] Five-society linkage:');
	});

	it('contents list numbered items under their part, then the annexes and the notes', () => {
		const html = page('zh-Hans/2024-testcity-annex/index.html');
		const links = [...html.slice(0, html.indexOf('data-report-body')).matchAll(/data-toc-link="([^"]+)"/g)].map((match) => match[1]);
		expect(links.slice(0, links.length / 2)).toEqual(['p1', 'p1-1', 'p1-2', 'p2', 'a1', 'a2', 'notes']);
		expect(html).toContain('<a href="#p1-1" data-toc-link="p1-1">（一）坚持稳中求进</a>');
	});

	it('parallel view: one row per block of the back matter too', () => {
		const html = page('en/2024-testcity-annex/parallel/index.html');
		for (const id of ['a1', 'a1-1', 'a2-1', 'notes', 'n1', 'n2']) expect(html).toContain(`id="${id}" data-pair`);
		expect(html).toContain('<p>[2] Fire-safety reduction: fewer fires in the year, and fewer deaths, injuries and losses.</p>');
	});

	it('JSON export: annexes and notes in the structure', () => {
		const data = JSON.parse(page('api/reports/2024-testcity-annex.json')) as { structure: { id: string; kind: string; parent?: string }[] };
		expect(data.structure.filter((block) => block.kind === 'annex' || block.kind === 'notes' || block.kind === 'note').map((block) => block.id)).toEqual([
			'a1',
			'a2',
			'notes',
			'n1',
			'n2',
		]);
		expect(data.structure.find((block) => block.id === 'a2-1')?.parent).toBe('a2');
	});

	it("with script, following a note reference shows the note in place (reading page and parallel view, in the reference's language)", async () => {
		const server = await serveStatic(dist);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
			const popover = () =>
				page.evaluate(() => {
					const box = document.querySelector<HTMLElement>('.note-popover');
					return { open: box?.matches(':popover-open') ?? false, text: box?.querySelector('p')?.textContent ?? '', hash: location.hash };
				});
			await page.goto(`${server.url}/zh-Hans/2024-testcity-annex/`);
			await page.click('a.note-ref[href="#n1"]');
			expect(await popover()).toEqual({ open: true, text: '［1］五社联动：社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动。', hash: '' });
			await page.keyboard.press('Escape');
			expect((await popover()).open).toBe(false);
			await page.goto(`${server.url}/en/2024-testcity-annex/parallel/`);
			await page.click('.pair__cell--en a.note-ref[href="#n2"]');
			expect(await popover()).toMatchObject({ open: true, text: '[2] Fire-safety reduction: fewer fires in the year, and fewer deaths, injuries and losses.' });
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
