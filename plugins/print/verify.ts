/**
 * The text check: read the PDF's own text layer (pdfjs) and prove that the body holds every block's
 * text exactly once, in order, with nothing between or after them. Normalised: Unicode NFKC,
 * whitespace, soft hyphens and hyphens removed (hyphenation and line breaks are not text changes).
 * Before that, on every page: no soft hyphen (U+00AD) at all, since a search does not find a word that
 * holds one and copied text carries it.
 */
import { Worker } from 'node:worker_threads';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExpectedBlock, RenderResult } from './render.ts';

const PT_TO_MM = 25.4 / 72;

export interface TextItem {
	str: string;
	/** Left edge, mm from the page's left edge. */
	x: number;
	/** Baseline, mm from the page's top edge. */
	y: number;
	/** Width, mm. */
	width: number;
	/** Font size in pt. */
	size: number;
}

export interface PdfPage {
	/** 1-based. */
	index: number;
	widthMm: number;
	heightMm: number;
	items: TextItem[];
	/**
	 * The page's ActualText replacements (`/Span <</ActualText …>> BDC`): the text extractors such as
	 * pdftotext copy and search instead of the glyphs they cover. Chromium writes a soft hyphen this way
	 * (over a space glyph), which pdfjs's text items do not show.
	 */
	actualText: string[];
}

/** Every page's text items with positions in mm. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPage[]> {
	const actualText = await actualTextOf(bytes);
	const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
	const document = await task.promise;
	try {
		// All pages asked for at once: pdfjs's in-thread worker then never waits between pages (a fifth faster);
		// each page's items keep their order, and the pages theirs.
		return await Promise.all(
			Array.from({ length: document.numPages }, async (_, offset): Promise<PdfPage> => {
				const index = offset + 1;
				const page = await document.getPage(index);
				const [x0, y0, x1, y1] = page.view as [number, number, number, number];
				const content = await page.getTextContent();
				const items: TextItem[] = [];
				for (const item of content.items) {
					if (!('str' in item) || item.str === '') continue;
					const [a, b, , , e, f] = item.transform as [number, number, number, number, number, number];
					items.push({ str: item.str, x: (e - x0) * PT_TO_MM, y: (y1 - f) * PT_TO_MM, width: item.width * PT_TO_MM, size: Math.hypot(a, b) });
				}
				page.cleanup();
				return { index, widthMm: (x1 - x0) * PT_TO_MM, heightMm: (y1 - y0) * PT_TO_MM, items, actualText: actualText[offset] ?? [] };
			}),
		);
	} finally {
		await task.destroy();
	}
}

/** Every page's ActualText strings, read from its content streams (pdfjs does not expose them). */
async function actualTextOf(bytes: Uint8Array): Promise<string[][]> {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
	const decoder = new TextDecoder('latin1');
	return pdf.getPages().map((page) => {
		const contents = page.node.Contents();
		const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref) as PDFStream) : contents ? [contents] : [];
		const operators = streams
			.map((stream) => decoder.decode(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()))
			.join('\n');
		return [...operators.matchAll(/\/ActualText\s*(?:<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))/g)].map(([, hex, literal]) =>
			hex !== undefined ? utf16Hex(hex) : literal!,
		);
	});
}

/** A PDF hex string as text: UTF-16BE after a byte-order mark, else one byte a character. */
function utf16Hex(hex: string): string {
	const bytes = (hex.replace(/\s/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16));
	if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return String.fromCharCode(...bytes);
	let text = '';
	for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
	return text;
}

/** The type area of the print pages, mm from the top: 37 mm margin, 225 mm tall. */
export const typeArea = { top: 37, bottom: 37 + 225 };

/** Text inside the type area (running heads above it and folios below it left out). */
export function typeAreaText(page: PdfPage): string {
	return page.items
		.filter((item) => item.y > typeArea.top && item.y <= typeArea.bottom + 1)
		.map((item) => item.str)
		.join('');
}

export function normalizeText(text: string): string {
	return text.normalize('NFKC').replace(/[\s\u00AD\u2010\u2011\u200B-]+/g, '');
}

export interface TextProblem {
	/** The block whose text is not where it must be (for soft hyphens the block that holds one, else `page <n>`). */
	id: string;
	message: string;
}

/**
 * Compare the body text of the PDF with the expected blocks: contiguous from the first block, in
 * order, exactly once, nothing left after the last. Returns the first problem (naming the block), or
 * undefined when the PDF holds the text exactly.
 */
export function checkText(pages: PdfPage[], expected: ExpectedBlock[], firstBodyPage?: number): TextProblem | undefined {
	const softHyphens = softHyphenProblem(pages, expected);
	if (softHyphens) return softHyphens;
	if (expected.length === 0) return undefined;
	const blocks = expected.map((block) => ({ id: block.id, text: normalizeText(block.text) }));
	const bodyPages = firstBodyPage ? pages.filter((page) => page.index >= firstBodyPage) : pages;
	const actual = normalizeText(bodyPages.map(typeAreaText).join(''));
	const [first, second] = blocks;
	if (!first) return undefined;
	const opening = first.text + (second?.text ?? '');
	let cursor = actual.indexOf(opening);
	if (cursor < 0) cursor = actual.indexOf(first.text);
	if (cursor < 0) return { id: first.id, message: `the first block's text is not in the PDF: "${first.text.slice(0, 40)}…"` };
	const bodyStart = cursor;
	for (const block of blocks) {
		if (actual.startsWith(block.text, cursor)) {
			cursor += block.text.length;
			continue;
		}
		let same = 0;
		while (same < block.text.length && actual[cursor + same] === block.text[same]) same += 1;
		const near = actual.slice(cursor + Math.max(0, same - 10), cursor + same + 20);
		const later = actual.indexOf(block.text, cursor);
		const what =
			later > cursor
				? `extra text before it ("${actual.slice(cursor, Math.min(later, cursor + 40))}")`
				: `differs after ${same} of ${block.text.length} characters: expected "${block.text.slice(Math.max(0, same - 10), same + 20)}", PDF has "${near}"`;
		return { id: block.id, message: `paragraph ${block.id}: text lost or repeated at a page break — ${what}` };
	}
	if (cursor !== actual.length) {
		const last = blocks.at(-1)!;
		return { id: last.id, message: `text after the last block ${last.id}: "${actual.slice(cursor, cursor + 40)}"` };
	}
	// Exactly once: no block's text (long enough to be unique) appears a second time anywhere in the body.
	for (const block of blocks) {
		if (block.text.length < 24) continue;
		const first = actual.indexOf(block.text, bodyStart);
		if (actual.indexOf(block.text, first + 1) >= 0) return { id: block.id, message: `paragraph ${block.id} appears more than once in the PDF` };
	}
	return undefined;
}

const SOFT_HYPHEN = '\u00AD';

/** Soft hyphens anywhere in the text layer (cover, contents, body; glyphs or ActualText), named by page and, when a block's text holds one, that block. */
function softHyphenProblem(pages: PdfPage[], expected: ExpectedBlock[]): TextProblem | undefined {
	const count = (texts: string[]) => texts.reduce((sum, text) => sum + text.split(SOFT_HYPHEN).length - 1, 0);
	const counts = pages.map((page) => count(page.items.map((item) => item.str)) + count(page.actualText));
	const total = counts.reduce((sum, n) => sum + n, 0);
	if (total === 0) return undefined;
	const page = pages[counts.findIndex((n) => n > 0)]!;
	const block = expected.find((candidate) => candidate.text.includes(SOFT_HYPHEN));
	return {
		id: block?.id ?? `page ${page.index}`,
		message: `the PDF's text layer holds ${total} soft hyphen${total === 1 ? '' : 's'} (U+00AD), the first on page ${page.index}${block ? ` (block ${block.id} holds one)` : ''}: a search for a word that holds one does not find it, and copied text carries them. Remove soft hyphens from the print HTML; the English edition is not hyphenated (styles/print/print.css says why).`,
	};
}

/**
 * The checks every PDF passes before it is published or cached, in this order: the span check (no
 * paragraph on more than two pages, where Paged.js 0.4.3 is safe) and the text check on the PDF's own
 * text layer. Throws, naming the paragraph.
 */
export async function checkRendered(
	result: Pick<RenderResult, 'pdf' | 'expected' | 'firstBodyPage' | 'maxPagesPerParagraph'>,
	checker?: TextChecker,
): Promise<void> {
	if (result.maxPagesPerParagraph > 2)
		throw new Error(`a paragraph runs over ${result.maxPagesPerParagraph} pages; Paged.js 0.4.3 is only safe up to 2 (split not applied?)`);
	const problem = checker
		? await checker.check(result.pdf, result.expected, result.firstBodyPage)
		: checkText(await readPdfText(result.pdf), result.expected, result.firstBodyPage);
	if (problem) throw new Error(`text check failed: ${problem.message}`);
}

/**
 * The text check on worker threads (check-worker.ts): the same readPdfText and checkText, off the
 * main thread, so a build checks one PDF while it finishes another and keeps Chromium busy.
 */
export class TextChecker {
	#workers: { worker: Worker; pending: Map<number, { resolve: (problem: TextProblem | undefined) => void; reject: (error: Error) => void }> }[];
	#next = 0;

	constructor(threads = 1) {
		this.#workers = Array.from({ length: Math.max(1, threads) }, () => {
			const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
			const pending = new Map<number, { resolve: (problem: TextProblem | undefined) => void; reject: (error: Error) => void }>();
			worker.on('message', ({ id, problem, error }: { id: number; problem?: TextProblem | null; error?: string }) => {
				const waiting = pending.get(id);
				pending.delete(id);
				if (error !== undefined) waiting?.reject(new Error(error));
				else waiting?.resolve(problem ?? undefined);
			});
			// A dead worker fails what it was checking (the document is retried); it is never read as a pass.
			const fail = (error: Error) => {
				for (const waiting of pending.values()) waiting.reject(new Error(`text check worker failed: ${error.message}`));
				pending.clear();
			};
			worker.on('error', fail);
			worker.on('exit', (code) => fail(new Error(`exited with code ${code}`)));
			return { worker, pending };
		});
	}

	/** The first problem of the PDF's text against the expected blocks, or undefined when it holds them exactly. */
	check(pdf: Uint8Array, expected: ExpectedBlock[], firstBodyPage?: number): Promise<TextProblem | undefined> {
		const slot = this.#workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			slot.pending.set(id, { resolve, reject });
			// A copy: the caller keeps its bytes (they are published once the check passed).
			slot.worker.postMessage({ id, pdf: new Uint8Array(pdf), expected, firstBodyPage });
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}
