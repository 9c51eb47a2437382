/**
 * Page labels (/PageLabels, ISO 32000 12.4.2), so a viewer's page number is the printed folio: the
 * cover, the contents and the blank pages before the body count i, ii, iii…; the body counts 1, 2, 3…
 * from its first page on, as its folios `— 1 —` do (render.ts sets the folio counter the same way).
 */
import { PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';

/** Label the pages of `document` (modified in place); `firstBodyPage` is the 1-based page that prints `— 1 —`. */
export function setPageLabels(document: PDFDocument, firstBodyPage: number): void {
	const pages = document.getPageCount();
	if (!Number.isInteger(firstBodyPage) || firstBodyPage < 1 || firstBodyPage > pages)
		throw new Error(`page labels: the first body page ${firstBodyPage} is not a page of this ${pages}-page PDF`);
	const { context } = document;
	const nums = context.obj([]);
	const range = (from: number, style: 'r' | 'D') => {
		nums.push(PDFNumber.of(from));
		nums.push(context.obj(style === 'D' ? { S: PDFName.of(style), St: 1 } : { S: PDFName.of(style) }));
	};
	if (firstBodyPage > 1) range(0, 'r');
	range(firstBodyPage - 1, 'D');
	document.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: nums }));
}
