/**
 * The Chinese PDFs as printed reports, on a real build of the Tianning report (copied from content/):
 * the title block on the first body page without a running head, no lone last line of a paragraph,
 * full pages aligned at the bottom, page labels equal to the folios, the contents on one page with
 * right-aligned numbers, and the zh-Hant PDF in Traditional characters.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText } from '../../plugins/print/print-html.ts';
import { normalizeText, readPdfText, typeArea, type PdfPage } from '../../plugins/print/verify.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const root = new URL('../..', import.meta.url).pathname;
const site = join(root, 'tests/fixtures/site');
const report = '2025-changzhou-tianning';
const chinese = ['zh-Hans', 'zh-Hant'] as const;
const editions = [...chinese, 'en', 'bilingual'] as const;

let content = '';
let outDir = '';
let build: ReturnType<typeof astroBuild>;
const texts = new Map<string, PdfPage[]>();
const pdfPath = (name: string) => join(outDir, 'pdf', `${report}-${name}.pdf`);

/** Blocks the print page says the PDF must hold, in order, with the element's class. */
function blocks(edition: string) {
	const html = readFileSync(join(outDir, 'print', report, edition, 'index.html'), 'utf8');
	const main = html.slice(html.indexOf('<main'));
	return [...main.matchAll(/<(p|h2|h3|li)\b[^>]*?class="([^"]*)"[^>]*\bdata-text-id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => ({
		kind: match[2]!,
		id: match[3]!,
		text: normalizeText(blockText(match[4]!)),
	}));
}

/** Lines of a page: items grouped by baseline (within 1 mm), top to bottom, each left to right. */
function lines(page: PdfPage) {
	const rows: { y: number; items: PdfPage['items'] }[] = [];
	for (const item of [...page.items].sort((a, b) => a.y - b.y)) {
		const row = rows.find((candidate) => Math.abs(candidate.y - item.y) < 1);
		if (row) row.items.push(item);
		else rows.push({ y: item.y, items: [item] });
	}
	return rows.map(({ y, items }) => {
		const sorted = items.sort((a, b) => a.x - b.x);
		return {
			y,
			items: sorted,
			text: sorted.map((item) => item.str).join(''),
			left: sorted[0]!.x,
			right: Math.max(...sorted.map((item) => item.x + item.width)),
		};
	});
}
const bodyLines = (page: PdfPage) => lines(page).filter((line) => line.y > typeArea.top && line.y <= typeArea.bottom + 1);
const folioOf = (page: PdfPage) => {
	const line = lines(page).find((row) => row.y > typeArea.bottom + 5);
	const match = line && /^—\s*(\d+)\s*—$/.exec(line.text.trim());
	return match ? Number(match[1]) : undefined;
};
/** The body: pages from the one whose type area begins with the first block (the title block's title). */
function bodyPages(edition: string) {
	const pages = texts.get(edition)!;
	const first = blocks(edition)[0]!.text;
	const start = pages.findIndex((page) => normalizeText(bodyLines(page)[0]?.text ?? '').startsWith(first));
	return { start, pages: pages.slice(start) };
}

async function pageLabels(bytes: Uint8Array) {
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	try {
		const document = await task.promise;
		return { labels: await document.getPageLabels(), count: document.numPages };
	} finally {
		await task.destroy();
	}
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

describe('the Chinese print editions of the Tianning report', () => {
	beforeAll(async () => {
		content = mkdtempSync(join(site, '.page-one-content-'));
		cpSync(join(root, 'content/reports', report), join(content, 'reports', report), { recursive: true });
		cpSync(join(root, 'content/glossary.tsv'), join(content, 'glossary.tsv'));
		cpSync(join(root, 'content/zh-hant-exceptions.txt'), join(content, 'zh-hant-exceptions.txt'));
		outDir = mkdtempSync(join(tmpdir(), 'rp-page-one-'));
		build = astroBuild(site, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: content, FIXTURE_PDF: '1', REPORT_PRESS_PDF_CACHE: 'off' });
		if (build.status !== 0) return;
		for (const edition of editions) texts.set(edition, await readPdfText(readFileSync(pdfPath(edition))));
	}, 300_000);
	afterAll(() => {
		if (content) rmSync(content, { recursive: true, force: true });
		if (outDir) rmSync(outDir, { recursive: true, force: true });
	});

	it('makes a zh-Hant PDF in Traditional characters, text-checked, listed in the integrity manifest', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toMatch(new RegExp(`${report} zh-Hant \\d+ pages [\\d.]+ s, text check passed`));
		const hant = normalizeText(
			texts
				.get('zh-Hant')!
				.flatMap(bodyLines)
				.map((line) => line.text)
				.join(''),
		);
		const hans = normalizeText(
			texts
				.get('zh-Hans')!
				.flatMap(bodyLines)
				.map((line) => line.text)
				.join(''),
		);
		expect(hant).toContain('政府工作報告');
		expect(hant).toContain('區委書記、區長');
		expect(hant).not.toContain('报告');
		expect(hans).toContain('政府工作报告');
		const manifest = readFileSync(join(outDir, 'integrity', 'manifest.json'), 'utf8');
		expect(manifest).toContain(`/pdf/${report}-zh-Hant.pdf`);
	});

	it('opens the body with the title block, centred, and no running head above it; later pages have one', () => {
		for (const edition of chinese) {
			const { pages } = bodyPages(edition);
			const [title, meeting, speaker] = blocks(edition);
			const first = bodyLines(pages[0]!);
			expect(normalizeText(first[0]!.text), edition).toBe(title!.text);
			expect(normalizeText(first[1]!.text), edition).toBe(meeting!.text);
			expect(normalizeText(first[2]!.text), edition).toBe(speaker!.text);
			expect(first[0]!.items[0]!.size, `${edition} title size`).toBeCloseTo(22, 0);
			// Centred on the type area of a right-hand page (28 to 184 mm).
			for (const line of first.slice(0, 3)) expect(Math.abs((line.left + line.right) / 2 - 106), `${edition} "${line.text}"`).toBeLessThan(2);
			expect(normalizeText(first[3]!.text), edition).toMatch(/^各位代表/);
			const head = (page: PdfPage) => lines(page).filter((line) => line.y < typeArea.top - 2);
			expect(head(pages[0]!), `${edition} running head on the first body page`).toEqual([]);
			expect(head(pages[1]!).length, `${edition} running head on the second body page`).toBeGreaterThan(0);
			expect(head(pages[2]!).length, `${edition} running head on the third body page`).toBeGreaterThan(0);
		}
	});

	it('ends no paragraph on a line of one or two characters', () => {
		for (const edition of chinese) {
			const body = bodyPages(edition).pages.flatMap(bodyLines);
			const all = body.map((line) => normalizeText(line.text));
			let cursor = 0;
			let line = 0;
			let consumed = 0;
			const text = all.join('');
			for (const block of blocks(edition)) {
				const at = text.indexOf(block.text, cursor);
				expect(at, `${edition} ${block.id}`).toBeGreaterThanOrEqual(0);
				cursor = at + block.text.length;
				// The line holding the block's last character.
				while (consumed + all[line]!.length < cursor) consumed += all[line++]!.length;
				if (/\bpara\b/.test(block.kind)) {
					expect(consumed + all[line]!.length, `${edition} ${block.id} ends its line`).toBe(cursor);
					const letters = all[line]!.replace(PUNCTUATION, '').length;
					expect(letters, `${edition} ${block.id} last line "${all[line]}"`).toBeGreaterThanOrEqual(3);
				}
			}
		}
	});

	it('fills every body page to its last grid line, except before a heading, so facing pages align', () => {
		for (const edition of chinese) {
			const { pages } = bodyPages(edition);
			const headings = new Set(
				blocks(edition)
					.filter((block) => /\b(part|section)\b/.test(block.kind))
					.map((block) => block.text),
			);
			const bottoms = pages.map((page) => Math.max(...bodyLines(page).map((line) => line.y)));
			const full = Math.max(...bottoms);
			const short = pages.slice(0, -1).flatMap((page, i) => {
				if (full - bottoms[i]! < 1) return [];
				const next = normalizeText(bodyLines(pages[i + 1]!)[0]!.text);
				return headings.has(next) ? [] : [`page ${folioOf(page)} ends ${(full - bottoms[i]!).toFixed(1)} mm short`];
			});
			expect(short, edition).toEqual([]);
		}
	});

	it('labels the pages as they are numbered: front matter roman, the body 1, 2, 3 as its folios (the print-shop PDF too)', async () => {
		for (const edition of editions) {
			const { labels, count } = await pageLabels(readFileSync(pdfPath(edition)));
			const { start, pages } = bodyPages(edition);
			expect(labels, edition).not.toBeNull();
			expect(labels!.length).toBe(count);
			for (const [i, page] of pages.entries()) {
				const folio = folioOf(page);
				if (folio !== undefined) expect(labels![start + i], `${edition} page ${start + i + 1}`).toBe(String(folio));
			}
			expect(labels!.slice(0, start), edition).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi'].slice(0, start));
		}
		const shop = await pageLabels(readFileSync(pdfPath('zh-Hans-print-shop')));
		expect(shop.labels).toEqual((await pageLabels(readFileSync(pdfPath('zh-Hans')))).labels);
	});

	it('sets the contents on one page, every entry with its number right-aligned at the measure', () => {
		for (const edition of editions) {
			const html = readFileSync(join(outDir, 'print', report, edition, 'index.html'), 'utf8');
			const entries = html.match(/class="toc-page"/g)!.length;
			const { start } = bodyPages(edition);
			// The pages between the cover (whose meeting line may end in a year) and the body.
			const front = texts.get(edition)!.slice(1, start);
			// A numbered line ends in its page number at the measure (an English line of the bilingual contents may end in a year, short of it).
			const numbered = front.map((page) => bodyLines(page).filter((line) => /\d+$/.test(line.items.at(-1)!.str.trim()) && Math.abs(line.right - 184) < 5));
			const tocPages = numbered.filter((rows) => rows.length > 0);
			expect(tocPages.length, `${edition} contents pages`).toBe(1);
			expect(tocPages[0]!.length, `${edition} numbered lines`).toBe(entries);
			// A right-hand page: the measure ends at 28 + 156 mm.
			for (const row of tocPages[0]!) expect(Math.abs(row.right - 184), `${edition} "${row.text}"`).toBeLessThan(0.8);
		}
	});
});
