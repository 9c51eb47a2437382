/**
 * English typography of the print editions, on the real PDFs of the Tianning report (a copy of
 * content/reports/2025-changzhou-tianning built with the fixture site): English leading, not the
 * Chinese 22-line grid; no hyphenation and no soft hyphens in the text layer (search and copy find
 * whole words); amounts and names never split at a line end; typographic quotes; and the PDF text check
 * refusing a soft hyphen in real Chromium output.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepTogetherRanges } from '../../plugins/content/keep-together.ts';
import { editionBlocks } from '../../plugins/content/model.ts';
import { checkText, readPdfText, typeArea, type PdfPage } from '../../plugins/print/verify.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/chromium.ts';

const repo = new URL('../..', import.meta.url).pathname;
const site = join(repo, 'tests/fixtures/site');
const report = '2025-changzhou-tianning';
// FIXTURE_CONTENT_DIR must lie inside the fixture site (the content layer stores paths relative to it).
const contentName = `.english-typography-${process.pid}`;
const outDir = mkdtempSync(join(tmpdir(), 'rp-english-typography-'));
const pdfPath = (edition: string) => join(outDir, 'pdf', `${report}-${edition}.pdf`);
const enSource = readFileSync(join(repo, 'content/reports', report, 'en.md'), 'utf8');
/** The English text of every block, as the PDF must show it. */
const enTexts = editionBlocks(enSource, 'en').map((block) => block.text ?? '');

let build: ReturnType<typeof astroBuild>;
const pdfs = new Map<string, PdfPage[]>();

interface Line {
	y: number;
	text: string;
	size: number;
}

/** The lines of a page's type area: items grouped by baseline, left to right (running heads and folios left out). */
function lines(page: PdfPage): Line[] {
	const rows = new Map<number, PdfPage['items']>();
	for (const item of page.items.filter((it) => it.y > typeArea.top && it.y <= typeArea.bottom + 1 && it.str.trim() !== '')) {
		const key = Math.round(item.y * 2) / 2;
		rows.set(key, [...(rows.get(key) ?? []), item]);
	}
	return [...rows.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([y, items]) => {
			const sorted = items.sort((a, b) => a.x - b.x);
			return { y, text: sorted.map((item) => item.str).join(''), size: Math.max(...sorted.map((item) => item.size)) };
		});
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const isEnglish = (line: Line) => /[A-Za-z]{3}/.test(line.text) && !/[\u3400-\u9fff]/.test(line.text);
/** Body pages: from the first page that opens with the salutation. */
const bodyPages = (pages: PdfPage[]) => pages.slice(pages.findIndex((page) => lines(page).some((line) => line.text.startsWith('Fellow Deputies'))));
/** The English lines of the body, page by page, in reading order. */
const englishLines = (edition: string) => bodyPages(pdfs.get(edition)!).map((page) => lines(page).filter(isEnglish));

describe('English and bilingual PDFs of the Tianning report', () => {
	beforeAll(() => {
		const content = join(site, contentName);
		cpSync(join(repo, 'content/reports', report), join(content, 'reports', report), { recursive: true });
		cpSync(join(repo, 'content/glossary.tsv'), join(content, 'glossary.tsv'));
		build = astroBuild(site, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: contentName, FIXTURE_PDF: '1', REPORT_PRESS_PDF_CACHE: 'off' });
	}, 300_000);
	beforeAll(async () => {
		for (const edition of ['en', 'bilingual']) if (existsSync(pdfPath(edition))) pdfs.set(edition, await readPdfText(readFileSync(pdfPath(edition))));
	});
	afterAll(() => rmSync(join(site, contentName), { recursive: true, force: true }));

	it('builds both editions, their text check passed', () => {
		expect(build.status, build.output).toBe(0);
		for (const edition of ['en', 'bilingual']) expect(build.output).toMatch(new RegExp(`${report} ${edition} \\d+ pages [\\d.]+ s, text check passed`));
	});

	it('holds no soft hyphen in the text layer, so search and copy find whole words', () => {
		for (const edition of ['en', 'bilingual']) {
			const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath(edition), '-'], { encoding: 'utf8' });
			expect(text.split('\u00AD').length - 1, edition).toBe(0);
			for (const word of ['modernization', 'Changzhou’s', 'consumption']) expect(text, `${edition} ${word}`).toContain(word);
		}
	});

	it('sets English on its own leading, not the 22-line Chinese grid', () => {
		const gridPitch = 225 / 22;
		for (const edition of ['en', 'bilingual']) {
			const pitches = englishLines(edition).flatMap((page) => page.slice(1).map((line, i) => line.y - page[i]!.y));
			// The commonest distance between English baselines (within a paragraph) is well under the grid's 10.2 mm.
			const counts = Map.groupBy(pitches, (pitch) => Math.round(pitch * 2) / 2);
			const [common] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
			expect(common, edition).toBeLessThan(gridPitch * 0.7);
		}
		// A full page of the English edition holds more than 30 lines; most pages are full.
		const perPage = englishLines('en').map((page) => page.length);
		expect(Math.max(...perPage)).toBeGreaterThan(30);
		expect(perPage.filter((count) => count > 30).length).toBeGreaterThan(perPage.length / 2);
	});

	it('hyphenates no word: every line that ends in a hyphen ends inside a compound the translation writes with one', () => {
		const source = enTexts.map(squeeze);
		for (const edition of ['en', 'bilingual']) {
			const all = englishLines(edition).flat();
			for (const [i, line] of all.entries()) {
				const next = all[i + 1];
				if (!line.text.trimEnd().endsWith('-') || !next) continue;
				// The last word of the line with the first of the next (pdfjs may join words of a line without their space).
				const joined = squeeze(`${/\S+$/.exec(line.text.trimEnd())![0]}${/^\S+/.exec(next.text.trimStart())![0]}`);
				expect(
					source.some((text) => text.includes(joined)),
					`${edition}: "${line.text}" / "${next.text}"`,
				).toBe(true);
			}
		}
	});

	it('never ends a line inside an amount or a name (RMB 48 billion, 7,000 people, Zhang Kaiqi)', () => {
		const runs = enTexts.flatMap((text) => keepTogetherRanges(text).map(([start, end]) => text.slice(start, end)));
		expect(runs).toEqual(expect.arrayContaining(['RMB 4.8 billion', 'RMB 200 million', 'Xi Jinping', 'Deng Zixin', '30.7 percent']));
		for (const edition of ['en', 'bilingual']) {
			const all = englishLines(edition).flat();
			for (const [i, line] of all.entries()) {
				expect(line.text.trimEnd(), edition).not.toMatch(/\b(?:RMB|No\.)$/);
				const next = all[i + 1];
				if (!next) continue;
				const [end, start] = [squeeze(line.text), squeeze(next.text)];
				// A break inside a run: the line ends with its first part and the next line starts with the rest.
				const broken = runs.find((run) => {
					const whole = squeeze(run);
					return [...whole].some((_, k) => k > 0 && end.endsWith(whole.slice(0, k)) && start.startsWith(whole.slice(k)));
				});
				expect(broken, `${edition}: "${line.text}" / "${next.text}"`).toBeUndefined();
			}
		}
		// The cover keeps the speaker's name on one line.
		for (const edition of ['en', 'bilingual']) {
			const cover = pdfs.get(edition)![0]!;
			const coverLines = [...Map.groupBy(cover.items, (item) => Math.round(item.y)).values()].map((items) => items.map((item) => item.str).join(''));
			expect(
				coverLines.some((line) => line.includes('Zhang Kaiqi')),
				`${edition} cover: ${coverLines.join(' | ')}`,
			).toBe(true);
		}
	});

	it('prints typographic quotes and apostrophes, never straight ones', () => {
		for (const edition of ['en', 'bilingual']) {
			const text = englishLines(edition)
				.flat()
				.map((line) => line.text)
				.join('\n');
			expect(text).toContain('Changzhou’s drive to “set out anew');
			expect(text).not.toMatch(/['"]/);
		}
	});
});

describe('the PDF text check', () => {
	it('refuses a soft hyphen in the text layer Chromium writes, naming the page and block', async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			// Not at a line end: Chromium writes the soft hyphen as ActualText over a space glyph, which pdfjs's text items do not show.
			await page.setContent('<p>Chinese moder\u00ADnization</p>');
			const pages = await readPdfText(await page.pdf({ format: 'A4' }));
			const expected = [{ id: 'p1', text: 'Chinese moder\u00ADnization' }];
			expect(checkText(pages, expected)).toEqual({
				id: 'p1',
				message:
					"the PDF's text layer holds 1 soft hyphen (U+00AD), the first on page 1 (block p1 holds one): a search for a word that holds one does not find it, and copied text carries them. Remove soft hyphens from the print HTML; the English edition is not hyphenated (styles/print/print.css says why).",
			});
			// The same words without it pass.
			await page.setContent('<p>Chinese modernization</p>');
			const clean = await readPdfText(await page.pdf({ format: 'A4' }));
			expect(checkText(clean, [])).toBeUndefined();
		} finally {
			await browser.close();
		}
	}, 60_000);
});
