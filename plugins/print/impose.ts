/**
 * Imposition with pdf-lib: the A5 saddle-stitch handout booklet (A4 pages scaled to A5, two-up on A4
 * landscape, booklet order, padded with blanks to a multiple of 4), and the print-shop variant
 * (3 mm bleed, crop marks, TrimBox = the A4 page, BleedBox = TrimBox + 3 mm).
 */
import { PDFDocument, rgb } from 'pdf-lib';
import { setPageLabels } from './page-labels.ts';
import { applyMetadata } from './metadata.ts';
import type { DocumentMeta } from './render.ts';

const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };

/**
 * Sheet sides of a saddle-stitched booklet of `pages` pages (0-based page numbers, null = blank):
 * side 2k is the outside of sheet k, side 2k+1 its inside; each side is [left, right].
 */
export function bookletOrder(pages: number): [number | null, number | null][] {
	const total = Math.max(4, Math.ceil(pages / 4) * 4);
	const page = (n: number) => (n < pages ? n : null);
	const sides: [number | null, number | null][] = [];
	for (let sheet = 0; sheet < total / 4; sheet++) {
		sides.push([page(total - 1 - 2 * sheet), page(2 * sheet)]);
		sides.push([page(2 * sheet + 1), page(total - 2 - 2 * sheet)]);
	}
	return sides;
}

/** The booklet: each side an A4 landscape sheet holding two A5 pages. */
export async function makeBooklet(source: Uint8Array, meta: DocumentMeta): Promise<Uint8Array> {
	const input = await PDFDocument.load(source);
	const output = await PDFDocument.create({ updateMetadata: false });
	const embedded = await output.embedPages(input.getPages());
	const half = { width: A4.height / 2, height: A4.width };
	for (const [left, right] of bookletOrder(embedded.length)) {
		const sheet = output.addPage([A4.height, A4.width]);
		for (const [slot, index] of [
			[0, left],
			[1, right],
		] as const) {
			if (index === null) continue;
			const page = embedded[index];
			if (!page) throw new Error(`booklet: no page ${index + 1} in a ${embedded.length}-page document`);
			const scale = Math.min(half.width / page.width, half.height / page.height);
			const width = page.width * scale;
			const height = page.height * scale;
			sheet.drawPage(page, { x: slot * half.width + (half.width - width) / 2, y: (half.height - height) / 2, width, height });
		}
	}
	applyMetadata(output, { ...meta, title: `${meta.title} (A5 booklet)`, edition: `${meta.edition}-booklet` });
	return output.save({ useObjectStreams: false });
}

export const BLEED_MM = 3;
/** Room around the bleed for crop marks. */
const SLUG_MM = 12;

/** The print-shop PDF: each A4 page centred on a larger sheet, TrimBox = A4, BleedBox = A4 + 3 mm, crop marks outside the bleed. */
export async function makePrintShop(source: Uint8Array, meta: DocumentMeta): Promise<Uint8Array> {
	const input = await PDFDocument.load(source);
	const output = await PDFDocument.create({ updateMetadata: false });
	const embedded = await output.embedPages(input.getPages());
	const offset = (BLEED_MM + SLUG_MM) * MM;
	const bleed = BLEED_MM * MM;
	for (const page of embedded) {
		const sheet = output.addPage([page.width + 2 * offset, page.height + 2 * offset]);
		sheet.drawPage(page, { x: offset, y: offset });
		sheet.setTrimBox(offset, offset, page.width, page.height);
		sheet.setBleedBox(offset - bleed, offset - bleed, page.width + 2 * bleed, page.height + 2 * bleed);
		// Crop marks: lines on the trim edges, from 3 mm outside the bleed to the sheet edge area (8 mm long).
		const start = bleed + 3 * MM;
		const length = 8 * MM;
		const mark = (x1: number, y1: number, x2: number, y2: number) =>
			sheet.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: rgb(0, 0, 0) });
		const xs = [offset, offset + page.width];
		const ys = [offset, offset + page.height];
		for (const x of xs) {
			mark(x, offset - start, x, offset - start - length);
			mark(x, offset + page.height + start, x, offset + page.height + start + length);
		}
		for (const y of ys) {
			mark(offset - start, y, offset - start - length, y);
			mark(offset + page.width + start, y, offset + page.width + start + length, y);
		}
	}
	applyMetadata(output, { ...meta, title: `${meta.title} (print shop: 3 mm bleed, crop marks)`, edition: `${meta.edition}-print-shop` });
	// Sheet for sheet the A4 pages: the same labels (a booklet side holds two pages, so it has none).
	setPageLabels(output, meta.firstBodyPage);
	return output.save({ useObjectStreams: false });
}
