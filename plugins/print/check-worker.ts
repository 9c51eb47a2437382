/**
 * The text check in a worker thread (plugins/print/verify.ts, TextChecker): pdfjs parses the PDF on
 * the thread that calls it, so here it runs beside the build's main thread, which meanwhile writes the
 * metadata and imposes the booklet and keeps driving Chromium. The check itself is verify.ts's, unchanged.
 */
import { parentPort } from 'node:worker_threads';
import { checkText, readPdfText } from './verify.ts';
import type { ExpectedBlock } from './render.ts';

interface Request {
	id: number;
	pdf: Uint8Array;
	expected: ExpectedBlock[];
	firstBodyPage?: number;
}

parentPort!.on('message', async ({ id, pdf, expected, firstBodyPage }: Request) => {
	try {
		parentPort!.postMessage({ id, problem: checkText(await readPdfText(pdf), expected, firstBodyPage) ?? null });
	} catch (error) {
		parentPort!.postMessage({ id, error: (error as Error).message });
	}
});
