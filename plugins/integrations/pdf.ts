/**
 * The print edition at the end of the build (`astro:build:done`) and in `npm run pdf`: for every
 * report, the zh-Hans, en and bilingual PDFs from the built print pages, plus the A5 booklet (and, if
 * asked, the print-shop PDF). One browser, documents rendered concurrently (bounded by cores), a
 * progress line per document, a timeout per document, and the text check on every PDF: a paragraph
 * lost or repeated fails the build, naming the paragraph.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, serveSite, siteContext } from '../print/browser.ts';
import { makeBooklet, makePrintShop } from '../print/impose.ts';
import { finishPdf } from '../print/metadata.ts';
import { renderDocument } from '../print/render.ts';
import { checkText, readPdfText } from '../print/verify.ts';
import type { PdfSettings } from '../options.ts';
import { printEditions } from '../shared/languages.ts';

export interface PrintLogger {
	info(message: string): void;
	warn(message: string): void;
}

/** One PDF to make: the print page it comes from and the file it goes to. */
export interface PrintJob {
	report: string;
	edition: string;
	path: string;
	file: string;
}

/** Every print page in a built site: `<outDir>/print/<report>/<edition>/index.html`. */
export function findPrintJobs(outDir: string): PrintJob[] {
	const root = join(outDir, 'print');
	if (!existsSync(root)) return [];
	const jobs: PrintJob[] = [];
	for (const report of readdirSync(root).sort()) {
		for (const edition of printEditions) {
			if (existsSync(join(root, report, edition, 'index.html'))) jobs.push({ report, edition, path: `/print/${report}/${edition}/`, file: `${report}-${edition}.pdf` });
		}
	}
	return jobs;
}

export interface PrintEditionResult {
	report: string;
	edition: string;
	file: string;
	pages: number;
	seconds: number;
	splitParagraphs: number;
}

/** Render, check and write every PDF of the built site in `outDir`. Throws (failing the build) on any problem. */
export async function renderPrintEdition({ outDir, options: settings, logger }: { outDir: string; options: PdfSettings; logger: PrintLogger }): Promise<PrintEditionResult[]> {
	const jobs = findPrintJobs(outDir);
	if (jobs.length === 0) {
		logger.warn('print edition: no print pages found, no PDFs written.');
		return [];
	}
	const pdfDir = join(outDir, 'pdf');
	mkdirSync(pdfDir, { recursive: true });
	const concurrency = Math.max(1, settings.concurrency ?? Math.min(4, availableParallelism()));
	logger.info(`print edition: ${jobs.length} PDF(s), ${concurrency} at a time`);
	const started = performance.now();
	const site = await serveSite(outDir);
	const browser = new SharedBrowser(site.origin);
	const results: PrintEditionResult[] = [];
	const failures: string[] = [];
	try {
		let next = 0;
		// A document that fails (timeout, crashed renderer or browser) is tried once more; the others go on,
		// so one bad report never costs the rest their PDFs. The build still fails at the end.
		const worker = async () => {
			while (next < jobs.length) {
				const job = jobs[next++]!;
				for (let attempt = 1; ; attempt += 1) {
					try {
						results.push(await renderJob(await browser.context(), site.origin, job, pdfDir, settings, logger));
						break;
					} catch (error) {
						const message = `${job.report} ${job.edition}: ${(error as Error).message.split('\n')[0]}`;
						if (attempt < 2) {
							logger.warn(`  ${message} — retrying once`);
							continue;
						}
						failures.push(message);
						break;
					}
				}
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
	} finally {
		await browser.close();
		await site.close();
	}
	if (failures.length) throw new Error(`print edition failed for ${failures.length} of ${jobs.length} document(s) (each tried twice):\n  ${failures.join('\n  ')}`);
	logger.info(`print edition: ${results.length} PDF(s) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${pdfDir}`);
	return results;
}

async function renderJob(context: Awaited<ReturnType<typeof siteContext>>, origin: string, job: PrintJob, pdfDir: string, settings: PdfSettings, logger: PrintLogger): Promise<PrintEditionResult> {
	logger.info(`  ${job.report} ${job.edition}: paginating…`);
	const result = await renderDocument(context, origin + job.path, { timeoutMs: settings.timeoutSeconds * 1000 });
	if (result.maxPagesPerParagraph > 2) throw new Error(`a paragraph runs over ${result.maxPagesPerParagraph} pages; Paged.js 0.4.3 is only safe up to 2 (split not applied?)`);
	const pages = await readPdfText(result.pdf);
	const problem = checkText(pages, result.expected, result.firstBodyPage);
	if (problem) throw new Error(`text check failed: ${problem.message}`);
	const pdf = await finishPdf(result.pdf, result.meta);
	writeAtomically(join(pdfDir, job.file), pdf);
	if (job.edition === 'zh-Hans') {
		writeAtomically(join(pdfDir, `${job.report}-zh-Hans-booklet.pdf`), await makeBooklet(pdf, result.meta));
		if (settings.printShop) writeAtomically(join(pdfDir, `${job.report}-zh-Hans-print-shop.pdf`), await makePrintShop(pdf, result.meta));
	}
	const seconds = result.seconds;
	logger.info(`  ${job.report} ${job.edition}: ${result.pages} pages, ${seconds.toFixed(1)} s, text check passed (${result.expected.length} blocks, ${result.splitParagraphs} long paragraph(s) split, none over ${result.maxPagesPerParagraph} pages) → pdf/${job.file}`);
	return { report: job.report, edition: job.edition, file: job.file, pages: result.pages, seconds, splitParagraphs: result.splitParagraphs };
}

/** A PDF appears at its final path whole or not at all: written beside it, then renamed. */
function writeAtomically(path: string, bytes: Uint8Array): void {
	const temporary = `${path}.partial-${process.pid}`;
	try {
		writeFileSync(temporary, bytes);
		renameSync(temporary, path);
	} finally {
		rmSync(temporary, { force: true });
	}
}

/** One Chromium for all documents, launched again if it died (a crash must not take the other PDFs with it). */
class SharedBrowser {
	#origin: string;
	#current: Promise<{ browser: Browser; context: BrowserContext }> | undefined;

	constructor(origin: string) {
		this.#origin = origin;
	}

	#launched: Browser[] = [];

	async context(): Promise<BrowserContext> {
		const pending = this.#current;
		const current = pending && (await pending.catch(() => undefined));
		if (current?.browser.isConnected()) return current.context;
		// Another worker may have relaunched while this one waited: use its browser.
		if (this.#current === pending) {
			this.#current = launchBrowser().then(async (browser) => {
				this.#launched.push(browser);
				return { browser, context: await siteContext(browser, this.#origin) };
			});
		}
		return (await this.#current!).context;
	}

	async close(): Promise<void> {
		await this.#current?.catch(() => undefined);
		await Promise.all(this.#launched.map((browser) => browser.close().catch(() => {})));
	}
}
