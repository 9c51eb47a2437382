/**
 * The PDF of one print edition as pages and exports announce it (link, size, SHA-256 — the value the
 * integrity manifest lists), or undefined when this site makes no PDFs. The values are placeholders
 * that plugins/pdf/published.ts fills in once the print step has made the files.
 */
import { pdf as pdfEnabled } from 'virtual:report-press/config';
import { plannedPdf, type PdfFacts } from '../print/published.ts';

export function publishedPdf(report: string, edition: string): PdfFacts | undefined {
	return pdfEnabled ? plannedPdf(report, edition) : undefined;
}
