/**
 * The print edition, checked on the real PDFs of a real build of the fixture site (with a content
 * folder holding paragraphs of 1,400 and 2,700 characters, so paragraphs run over several pages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite } from '../../plugins/print/browser.ts';
import { bookletOrder } from '../../plugins/print/impose.ts';
import { blockText } from '../../plugins/print/print-html.ts';
import { renderDocument } from '../../plugins/print/render.ts';
import { checkRendered, checkText, normalizeText, readPdfText, TextChecker, typeArea, typeAreaText, type PdfPage } from '../../plugins/print/verify.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const site = new URL('../fixtures/site', import.meta.url).pathname;
const report = '2024-testcity-demo';
const editions = ['zh-Hans', 'en', 'bilingual'] as const;
/** Page-count ranges for the fixture (cover, TOC, blanks for right-hand starts, body). */
// English on its own leading (34 lines a page), not the 22-line grid: fewer pages than the Chinese edition.
const pageRanges = { 'zh-Hans': [10, 16], en: [10, 18], bilingual: [18, 32] } as const;

const outDir = mkdtempSync(join(tmpdir(), 'rp-print-dist-'));
const pdfPath = (name: string) => join(outDir, 'pdf', `${report}-${name}.pdf`);
let build: ReturnType<typeof astroBuild>;
const texts = new Map<string, PdfPage[]>();

/** Blocks the print page says the PDF must hold (`data-text-id`), in order. */
function expectedBlocks(edition: string) {
	const html = readFileSync(join(outDir, 'print', report, edition, 'index.html'), 'utf8');
	return [...html.matchAll(/<(p|h2|h3)\b[^>]*\bdata-text-id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => ({ id: match[2]!, text: blockText(match[3]!) }));
}

/** Lines of a page: items grouped by baseline, left to right. */
function lines(page: PdfPage) {
	const rows = new Map<number, { x: number; str: string }[]>();
	for (const item of page.items) {
		const key = Math.round(item.y * 2) / 2;
		rows.set(key, [...(rows.get(key) ?? []), item]);
	}
	return [...rows.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([y, items]) => ({
			y,
			text: items
				.sort((a, b) => a.x - b.x)
				.map((item) => item.str)
				.join(''),
			/** The rightmost item: a contents entry's page number. */
			last: items.at(-1)!.str,
		}));
}

const folioOf = (page: PdfPage) => {
	const line = lines(page).find((row) => row.y > typeArea.bottom + 5);
	return line && /^—\s*(\d+)\s*—$/.test(line.text.trim()) ? Number(/(\d+)/.exec(line.text)![1]) : undefined;
};
const firstBodyPage = (pages: PdfPage[], edition: string) => {
	const first = normalizeText(expectedBlocks(edition)[0]!.text);
	return pages.find((page) => normalizeText(typeAreaText(page)).startsWith(first))!.index;
};

describe('print edition of the fixture site', () => {
	beforeAll(async () => {
		// Cache off: these tests are about what the renderer does (tests/print/cache.test.ts covers the cache).
		build = astroBuild(site, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: 'print-content', FIXTURE_PDF: '1', REPORT_PRESS_PDF_CACHE: 'off' });
		if (build.status !== 0) return;
		for (const edition of editions) texts.set(edition, await readPdfText(readFileSync(pdfPath(edition))));
	});

	it('builds all four editions, the booklet and the print-shop PDF, with progress lines', () => {
		expect(build.status, build.output).toBe(0);
		for (const name of [...editions, 'zh-Hant', 'zh-Hans-booklet', 'zh-Hans-print-shop']) expect(existsSync(pdfPath(name)), name).toBe(true);
		// `[2/3] 2024-testcity-demo en 18 pages 2.1 s, text check passed (…) → pdf/…`, one line per document as it finishes.
		for (const edition of [...editions, 'zh-Hant'])
			expect(build.output).toMatch(new RegExp(`\\[[1-4]/4\\] ${report} ${edition} \\d+ pages [\\d.]+ s, text check passed \\(\\d+ blocks`));
	});

	it('has a page count in the expected range', () => {
		for (const edition of editions) {
			const count = texts.get(edition)!.length;
			expect(count, edition).toBeGreaterThanOrEqual(pageRanges[edition][0]);
			expect(count, edition).toBeLessThanOrEqual(pageRanges[edition][1]);
		}
	});

	it('holds every paragraph exactly once, in order, nothing lost or repeated at page breaks', () => {
		for (const edition of editions) {
			const pages = texts.get(edition)!;
			const expected = expectedBlocks(edition);
			expect(expected.length).toBeGreaterThan(15);
			// From the first body page, as the build checks: the cover repeats the title block's lines.
			expect(checkText(pages, expected, firstBodyPage(pages, edition)), edition).toBeUndefined();
			const body = normalizeText(
				pages
					.filter((page) => page.index >= firstBodyPage(pages, edition))
					.map(typeAreaText)
					.join(''),
			);
			for (const block of expected) {
				const text = normalizeText(block.text);
				if (text.length > 20) expect(body.split(text).length - 1, `${edition} ${block.id}`).toBe(1);
				else expect(body.includes(text), `${edition} ${block.id}`).toBe(true);
			}
		}
	});

	it('names the paragraph when text is lost', async () => {
		const pages = texts.get('zh-Hans')!;
		const first = firstBodyPage(pages, 'zh-Hans');
		const expected = expectedBlocks('zh-Hans').map((block) =>
			block.id === 'p1-s1-2' ? { ...block, text: block.text.replace('新增就业岗位', '新增岗位') } : block,
		);
		expect(checkText(pages, expected, first)?.id).toBe('p1-s1-2');
		const dropped = expectedBlocks('zh-Hans').filter((block) => block.id !== 'p1-3');
		// The text of the missing block is in the PDF but not expected: reported at the next block, p1-s1.
		expect(checkText(pages, dropped, first)).toMatchObject({ id: 'p1-s1', message: expect.stringMatching(/extra text before it/) });
		// The build checks on a worker thread (TextChecker): the same verdicts, and a failure is an error, never a pass.
		const checker = new TextChecker();
		try {
			const bytes = readFileSync(pdfPath('zh-Hans'));
			expect(await checker.check(bytes, expected, first)).toEqual(checkText(pages, expected, first));
			expect(await checker.check(bytes, dropped, first)).toEqual(checkText(pages, dropped, first));
			expect(await checker.check(bytes, expectedBlocks('zh-Hans'), first)).toBeUndefined();
			await expect(checkRendered({ pdf: bytes, expected, firstBodyPage: first, maxPagesPerParagraph: 2 }, checker)).rejects.toThrow(
				/^text check failed: paragraph p1-s1-2: text lost or repeated/,
			);
		} finally {
			await checker.close();
		}
	});

	it('has TOC numbers equal to the folios of the pages where the headings fall', () => {
		for (const edition of ['zh-Hans', 'en'] as const) {
			const pages = texts.get(edition)!;
			const bodyStart = firstBodyPage(pages, edition);
			const headings = expectedBlocks(edition).filter((block) => !block.id.includes('-') || /^p\d+-s\d+$/.test(block.id));
			expect(headings.length).toBe(6);
			const tocLines = pages.filter((page) => page.index < bodyStart).flatMap(lines);
			for (const heading of headings) {
				const want = normalizeText(heading.text);
				const tocLine = tocLines.find((line) => normalizeText(line.text).startsWith(want));
				expect(tocLine, `${edition} TOC entry ${heading.id}`).toBeDefined();
				const tocNumber = Number(/(\d+)\s*$/.exec(tocLine!.last)![1]);
				const page = pages.find(
					(candidate) => candidate.index >= bodyStart && lines(candidate).some((line) => line.y > typeArea.top && normalizeText(line.text) === want),
				);
				expect(page, `${edition} heading ${heading.id} in the body`).toBeDefined();
				expect(tocNumber, `${edition} ${heading.id}`).toBe(folioOf(page!));
			}
		}
	});

	it('has folios — n — in sequence on the outer side, 7 mm below the type area, and no text outside the type area', () => {
		for (const edition of editions) {
			const pages = texts.get(edition)!;
			const body = pages.filter((page) => page.index >= firstBodyPage(pages, edition));
			expect(body.map(folioOf)).toEqual(body.map((_, i) => i + 1));
			for (const [i, page] of body.entries()) {
				const odd = (i + 1) % 2 === 1;
				const folio = page.items.filter((item) => item.y > typeArea.bottom + 5);
				const left = Math.min(...folio.map((item) => item.x));
				const right = Math.max(...folio.map((item) => item.x + item.width));
				// Odd pages: right side, inner margin 28 mm, type area to 184 mm; even pages: left side from 26 mm.
				if (odd) {
					expect(right, `${edition} folio ${i + 1}`).toBeGreaterThan(184 - 10);
					expect(right).toBeLessThan(184);
				} else {
					expect(left, `${edition} folio ${i + 1}`).toBeLessThan(26 + 10);
					expect(left).toBeGreaterThan(26);
				}
				const baseline = Math.max(...folio.map((item) => item.y));
				expect(baseline).toBeGreaterThan(typeArea.bottom + 7);
				expect(baseline).toBeLessThan(typeArea.bottom + 7 + 7);
				const inner = odd ? 28 : 26;
				for (const item of page.items.filter((it) => it.y > typeArea.top && it.y <= typeArea.bottom + 1)) {
					expect(item.x, `${edition} p${page.index} "${item.str}"`).toBeGreaterThan(inner - 0.5);
					expect(item.x + item.width, `${edition} p${page.index} "${item.str}"`).toBeLessThan(inner + 156 + 0.8);
				}
			}
		}
	});

	it('embeds only our faces, as CID TrueType, never Type 3', () => {
		for (const name of [...editions, 'zh-Hant', 'zh-Hans-booklet']) {
			const output = execFileSync('pdffonts', [pdfPath(name)], { encoding: 'utf8' });
			const fonts = output.split('\n').slice(2).filter(Boolean);
			expect(fonts.length).toBeGreaterThan(0);
			expect(output).not.toMatch(/Type 3/);
			for (const font of fonts)
				expect(font, name).toMatch(
					/^\S+\+(NotoSerifSC|NotoSansSC|NotoSerifHK|NotoSansHK|LXGWWenKai|NotoSerif|DejaVuSerif)\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/,
				);
		}
	});

	it('carries document info, XMP, language, tags and an outline of parts and sections', async () => {
		for (const edition of editions) {
			const bytes = readFileSync(pdfPath(edition));
			const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
			expect(pdf.getTitle()).toMatch(/政府工作报告|Report on the Work of the Government/);
			expect(pdf.getAuthor()).toBeTruthy();
			expect(pdf.getSubject()).toBeTruthy();
			expect(pdf.getKeywords()).toBeTruthy();
			// Fixed dates (plugins/archive/build-date.ts: SOURCE_DATE_EPOCH, else the last commit): never the time of the build.
			const metadata = pdf.catalog.lookup(PDFName.of('Metadata'), PDFStream);
			const xmp = Buffer.from((metadata as unknown as { getContents(): Uint8Array }).getContents()).toString('utf8');
			expect(xmp).toContain('<dc:title>');
			const created = pdf.getCreationDate()!;
			expect(pdf.getModificationDate()?.getTime()).toBe(created.getTime());
			expect(xmp).toContain(`<xmp:CreateDate>${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}</xmp:CreateDate>`);
			expect(xmp).toContain(pdf.getTitle()!);
			expect(String(pdf.catalog.get(PDFName.of('Lang')))).toContain(edition === 'en' ? 'en' : 'zh-Hans');
			expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
			expect(String(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
			const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
			const outline = (await (await task.promise).getOutline()) ?? [];
			const titles = JSON.stringify(
				outline.map(function flat(item): unknown {
					return [item.title, item.items.map(flat)];
				}),
			);
			await task.destroy();
			if (edition === 'en') expect(titles).toContain('I. Review of Our Work in 2023');
			else expect(titles).toContain('一、2023年工作回顾');
			expect(titles).toContain(edition === 'en' ? '(1) Urban Development' : '（一）城市建设');
		}
	});

	it('imposes the A5 booklet in saddle-stitch order on A4 landscape', async () => {
		const source = texts.get('zh-Hans')!;
		const booklet = await readPdfText(readFileSync(pdfPath('zh-Hans-booklet')));
		const sides = bookletOrder(source.length);
		expect(booklet.length).toBe(sides.length);
		expect(booklet.length % 2).toBe(0);
		const signature = (items: { str: string }[]) => normalizeText(items.map((item) => item.str).join('')).slice(0, 30);
		for (const [i, side] of booklet.entries()) {
			expect(Math.round(side.widthMm)).toBe(297);
			expect(Math.round(side.heightMm)).toBe(210);
			const halves = [side.items.filter((item) => item.x < 148.5), side.items.filter((item) => item.x >= 148.5)];
			for (const [slot, page] of sides[i]!.entries()) {
				expect(signature(halves[slot]!), `booklet side ${i + 1} slot ${slot}`).toBe(page === null ? '' : signature(source[page]!.items));
			}
		}
		// Order itself: 8 pages → sheet 1 outside (8,1), inside (2,7); sheet 2 outside (6,3), inside (4,5).
		expect(bookletOrder(8)).toEqual([
			[7, 0],
			[1, 6],
			[5, 2],
			[3, 4],
		]);
		expect(bookletOrder(6)).toEqual([
			[7 > 5 ? null : 7, 0],
			[1, null],
			[5, 2],
			[3, 4],
		]);
	});

	it('gives the print-shop PDF a TrimBox of the A4 page and a BleedBox 3 mm larger, content in place', async () => {
		const pdf = await PDFDocument.load(readFileSync(pdfPath('zh-Hans-print-shop')));
		const mm = 72 / 25.4;
		for (const page of pdf.getPages()) {
			const trim = page.getTrimBox();
			const bleed = page.getBleedBox();
			const media = page.getMediaBox();
			expect(trim.width).toBeCloseTo(210 * mm, 0);
			expect(trim.height).toBeCloseTo(297 * mm, 0);
			expect(bleed.x).toBeCloseTo(trim.x - 3 * mm, 2);
			expect(bleed.y).toBeCloseTo(trim.y - 3 * mm, 2);
			expect(bleed.width).toBeCloseTo(trim.width + 6 * mm, 2);
			expect(bleed.height).toBeCloseTo(trim.height + 6 * mm, 2);
			expect(media.x).toBeLessThanOrEqual(bleed.x);
			expect(media.width).toBeGreaterThan(bleed.width + 10 * mm);
		}
		// Text sits where it sits on the A4 page, relative to the trim.
		const shop = await readPdfText(readFileSync(pdfPath('zh-Hans-print-shop')));
		const source = texts.get('zh-Hans')!;
		const offset = 15;
		const a = source[4]!.items[0]!;
		const b = shop[4]!.items[0]!;
		expect(b.str).toBe(a.str);
		expect(b.x - offset).toBeCloseTo(a.x, 1);
		expect(b.y - offset).toBeCloseTo(a.y, 1);
	});

	it('splits long paragraphs so none runs over more than two pages (where Paged.js 0.4.3 loses or repeats lines)', async () => {
		expect(build.output).toMatch(/none over [12] pages/);
		const server = await serveSite(outDir);
		const browser = await launchBrowser(server.origin);
		try {
			const context = await browser.newContext();
			const split = await renderDocument(context, `${server.origin}/print/${report}/zh-Hans/`, { timeoutMs: 120_000 });
			expect(split.splitParagraphs).toBeGreaterThan(0);
			expect(split.maxPagesPerParagraph).toBeLessThanOrEqual(2);
			// Without the split the 2,700-character paragraph runs over three pages or more.
			const unsplit = await renderDocument(context, `${server.origin}/print/${report}/zh-Hans/`, { timeoutMs: 120_000, splitAboveLines: 10_000 });
			expect(unsplit.splitParagraphs).toBe(0);
			expect(unsplit.maxPagesPerParagraph).toBeGreaterThanOrEqual(3);
		} finally {
			await browser.close();
			await server.close();
		}
	}, 120_000);
});
