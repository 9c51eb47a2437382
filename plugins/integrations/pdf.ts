/**
 * The print edition at the end of the build (`astro:build:done`) and in `npm run pdf`: for every
 * report, the zh-Hans, zh-Hant, en and bilingual PDFs from the built print pages (printEditions), plus the A5 booklet (and, if
 * asked, the print-shop PDF). One browser, a pool of documents sized to the machine, longest first,
 * a progress line per document (`[12/58] 2026-jiangsu zh-Hans 31 pages 2.1 s`), a timeout per
 * document, and the span and text checks on every PDF rendered: a paragraph lost or repeated fails
 * the build, naming the paragraph. With a cache folder (`.cache/print/`, plugins/print/cache.ts) a
 * document whose print page, CSS, fonts and renderer are unchanged is not rendered again; its checked
 * PDF goes through the same steps after rendering as a fresh one. The text check (pdfjs) and the pdf-lib
 * steps run on worker threads, so the main thread only drives Chromium and serves the site to it.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, serveSite } from '../print/browser.ts';
import { PrintCache, rendererFingerprint, SiteFiles, writeAtomically, type CachedRecord } from '../print/cache.ts';
import { finishFiles, Finisher } from '../print/finish.ts';
import { renderDocument, type DocumentMeta } from '../print/render.ts';
import { checkRendered, TextChecker } from '../print/verify.ts';
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
	/** The print page's HTML file. */
	html: string;
}

/** Every print page in a built site: `<outDir>/print/<report>/<edition>/index.html`. */
export function findPrintJobs(outDir: string): PrintJob[] {
	const root = join(outDir, 'print');
	if (!existsSync(root)) return [];
	const jobs: PrintJob[] = [];
	for (const report of readdirSync(root).sort()) {
		for (const edition of printEditions) {
			const html = join(root, report, edition, 'index.html');
			if (existsSync(html)) jobs.push({ report, edition, path: `/print/${report}/${edition}/`, file: `${report}-${edition}.pdf`, html });
		}
	}
	return jobs;
}

export interface PrintEditionResult {
	report: string;
	edition: string;
	file: string;
	pages: number;
	/** Seconds the render took (when it was made, for a cached PDF). */
	seconds: number;
	/** Seconds this run spent on the document: render, checks, metadata, booklet, writing. */
	totalSeconds: number;
	splitParagraphs: number;
	/** Taken from the print cache, not rendered in this run. */
	cached: boolean;
}

/**
 * Documents at once: one more than the cores, and at most one per GiB (a long report's page holds a few
 * hundred MiB). One more, because a document leaves Chromium idle while its text check and finishing run
 * on their threads: on 2 cores a pool of 3 took 0.90× the time of a pool of 2 (a pool of 4 no less than 3).
 */
export function defaultConcurrency(): number {
	return Math.max(1, Math.min(availableParallelism() + 1, Math.floor(totalmem() / 2 ** 30)));
}

/**
 * The print cache folder of the project at `root`: `.cache/print/`, or `REPORT_PRESS_PDF_CACHE`
 * (a folder, relative to `root`; `off` renders everything).
 */
export function printCacheDir(root: string): string | undefined {
	const setting = process.env.REPORT_PRESS_PDF_CACHE?.trim();
	if (setting === 'off' || setting === '0') return undefined;
	return resolve(root, setting || join('.cache', 'print'));
}

/**
 * Render, check and write every PDF of the built site in `outDir` (into `pdfDir`, default
 * `<outDir>/pdf`). Throws (failing the build) on any problem. `cacheDir`: reuse and store checked
 * renders there (no cache when undefined).
 */
export async function renderPrintEdition({
	outDir,
	options: settings,
	logger,
	cacheDir,
	pdfDir = join(outDir, 'pdf'),
}: {
	outDir: string;
	options: PdfSettings;
	logger: PrintLogger;
	cacheDir?: string | undefined;
	pdfDir?: string;
}): Promise<PrintEditionResult[]> {
	const jobs = findPrintJobs(outDir);
	if (jobs.length === 0) {
		logger.warn('print edition: no print pages found, no PDFs written.');
		return [];
	}
	mkdirSync(pdfDir, { recursive: true });
	const concurrency = Math.max(1, settings.concurrency ?? defaultConcurrency());
	logger.info(`print edition: ${jobs.length} PDF(s), ${concurrency} at a time${cacheDir ? `, cache ${displayPath(cacheDir)}` : ''}`);
	const started = performance.now();
	const cache = cacheDir ? new PrintCache(cacheDir, await rendererFingerprint(), new SiteFiles(outDir)) : undefined;
	// Longest first (the print page's size stands for its time), so no long document starts last and runs alone.
	const queue = [...jobs].sort((a, b) => statSync(b.html).size - statSync(a.html).size || a.file.localeCompare(b.file));
	const site = await serveSite(outDir);
	const browser = new SharedBrowser(site.origin);
	// One checking thread per two documents in flight: a check takes a fraction of a render.
	const checker = new TextChecker(Math.ceil(concurrency / 2));
	// One finishing thread per document in flight: cached documents are finished side by side too.
	const finisher = new Finisher(Math.min(concurrency, jobs.length));
	const results: PrintEditionResult[] = [];
	const failures: string[] = [];
	const used = new Map<string, string>();
	let next = 0;
	let done = 0;
	try {
		// A document that fails (timeout, crashed renderer or browser) is tried once more; the others go on,
		// so one bad report never costs the rest their PDFs. The build still fails at the end.
		const worker = async () => {
			while (next < queue.length) {
				const job = queue[next++]!;
				for (let attempt = 1; ; attempt += 1) {
					try {
						const result = await makeJob(job, { browser, checker, finisher, origin: site.origin, pdfDir, settings, logger, cache, used });
						done += 1;
						logger.info(progressLine(done, jobs.length, result));
						results.push(result);
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
		await checker.close();
		await finisher.close();
		await browser.close();
		await site.close();
	}
	if (failures.length)
		throw new Error(`print edition failed for ${failures.length} of ${jobs.length} document(s) (each tried twice):\n  ${failures.join('\n  ')}`);
	cache?.prune(used);
	const rendered = results.filter((result) => !result.cached).length;
	const cachedNote = cache ? `: ${rendered} rendered, ${results.length - rendered} from the cache` : '';
	logger.info(`print edition: ${results.length} PDF(s) in ${((performance.now() - started) / 1000).toFixed(1)} s${cachedNote} → ${pdfDir}`);
	return results.sort((a, b) => a.file.localeCompare(b.file));
}

const displayPath = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.');

function progressLine(done: number, total: number, result: PrintEditionResult & { record: Pick<CachedRecord, 'blocks' | 'maxPagesPerParagraph'> }): string {
	const head = `[${done}/${total}] ${result.report} ${result.edition} ${result.pages} pages ${result.totalSeconds.toFixed(1)} s`;
	const how = result.cached
		? 'cached (rendered and checked before, unchanged since)'
		: `text check passed (${result.record.blocks} blocks, ${result.splitParagraphs} long paragraph(s) split, none over ${result.record.maxPagesPerParagraph} pages)`;
	return `${head}, ${how} → pdf/${result.file}`;
}

interface JobContext {
	browser: SharedBrowser;
	checker: TextChecker;
	finisher: Finisher;
	origin: string;
	pdfDir: string;
	settings: PdfSettings;
	logger: PrintLogger;
	cache: PrintCache | undefined;
	/** Cache key each document used in this run (what pruning keeps). */
	used: Map<string, string>;
}

async function makeJob(
	job: PrintJob,
	{ browser, checker, finisher, origin, pdfDir, settings, logger, cache, used }: JobContext,
): Promise<PrintEditionResult & { record: CachedRecord | Omit<CachedRecord, 'format' | 'key' | 'sha256'> }> {
	const started = performance.now();
	const name = `${job.report}-${job.edition}`;
	const entry = cache?.key(job.path);
	if (entry) used.set(name, entry.key);
	const hit = entry && cache!.read(name, entry.key);
	let pdf: Uint8Array;
	let record: CachedRecord | Omit<CachedRecord, 'format' | 'key' | 'sha256'>;
	if (hit) {
		({ pdf, record } = hit);
		await publishPdf(pdf, record.meta, job, pdfDir, { printShop: settings.printShop, finisher });
	} else {
		const context = await browser.context();
		const result = await renderDocument(context, origin + job.path, { timeoutMs: settings.timeoutSeconds * 1000 });
		pdf = result.pdf;
		record = {
			pages: result.pages,
			blocks: result.expected.length,
			splitParagraphs: result.splitParagraphs,
			maxPagesPerParagraph: result.maxPagesPerParagraph,
			firstBodyPage: result.firstBodyPage,
			meta: result.meta,
			seconds: result.seconds,
		};
		// Checked on a checking thread while a finishing thread makes the files; nothing is written or cached unless it passes.
		await publishPdf(pdf, record.meta, job, pdfDir, { printShop: settings.printShop, checked: checkRendered(result, checker), finisher });
		if (cache && entry) {
			// Stored only when the key covered everything the page loaded, and the Chromium that rendered is the one the key names.
			const uncovered = result.loaded.filter((path) => !entry.inputs.has(path));
			if (uncovered.length > 0)
				logger.warn(`  ${job.report} ${job.edition}: not cached — the page loaded ${uncovered.slice(0, 3).join(', ')}, which the cache key does not cover`);
			else if (!browser.matches(cache.chromium))
				logger.warn(`  ${job.report} ${job.edition}: not cached — Chromium ${browser.version} is not the ${cache.chromium} the key names`);
			else {
				// The PDF is published already; a cache that cannot be written costs the next build a render, not this one its PDF.
				try {
					cache.write(name, entry.key, pdf, record);
				} catch (error) {
					logger.warn(`  ${job.report} ${job.edition}: not cached — ${(error as Error).message.split('\n')[0]}`);
				}
			}
		}
	}
	return {
		report: job.report,
		edition: job.edition,
		file: job.file,
		pages: record.pages,
		seconds: record.seconds,
		totalSeconds: (performance.now() - started) / 1000,
		splitParagraphs: record.splitParagraphs,
		cached: Boolean(hit),
		record,
	};
}

/**
 * What the build does with a checked PDF, rendered now or taken from the cache (plugins/print/finish.ts):
 * metadata and the build's date, the booklet (and print-shop PDF) from the finished zh-Hans PDF, on a
 * finishing thread when given one. `checked`: the checks of a fresh render, running meanwhile; the files
 * are made in memory and written (each atomically) only once it resolved, so a PDF that fails its checks
 * leaves nothing behind. Returns seconds per step.
 */
export async function publishPdf(
	rendered: Uint8Array,
	meta: DocumentMeta,
	job: Pick<PrintJob, 'report' | 'edition' | 'file'>,
	pdfDir: string,
	{ printShop, booklet = true, checked, finisher }: { printShop: boolean; booklet?: boolean; checked?: Promise<void>; finisher?: Finisher },
): Promise<Record<string, number>> {
	// A failed check must not surface as an unhandled rejection while the files are still being made.
	checked?.catch(() => {});
	const started = performance.now();
	const request = { rendered, meta, report: job.report, edition: job.edition, file: job.file, printShop, booklet };
	const { files, phases } = finisher ? await finisher.finish(request) : await finishFiles(request);
	phases.finished = (performance.now() - started) / 1000;
	let mark = performance.now();
	await checked;
	phases['check-wait'] = (performance.now() - mark) / 1000;
	mark = performance.now();
	for (const [file, bytes] of files) writeAtomically(join(pdfDir, file), bytes);
	phases.write = (performance.now() - mark) / 1000;
	return phases;
}

/** One Chromium for all documents, launched again if it died (a crash must not take the other PDFs with it). */
class SharedBrowser {
	#origin: string;
	#current: Promise<{ browser: Browser; context: BrowserContext }> | undefined;

	constructor(origin: string) {
		this.#origin = origin;
	}

	#launched: Browser[] = [];
	/** Version of the Chromium last launched (e.g. `156.0.8078.114`), once one is. */
	version = '';

	/** True when the running Chromium is the one `--version` named (a wrapper could start another). */
	matches(named: string): boolean {
		return this.version !== '' && named.includes(this.version);
	}

	async context(): Promise<BrowserContext> {
		const pending = this.#current;
		const current = pending && (await pending.catch(() => undefined));
		if (current?.browser.isConnected()) return current.context;
		// Another worker may have relaunched while this one waited: use its browser.
		if (this.#current === pending) {
			this.#current = launchBrowser(this.#origin).then(async (browser) => {
				this.#launched.push(browser);
				this.version = browser.version();
				return { browser, context: await browser.newContext() };
			});
		}
		return (await this.#current!).context;
	}

	async close(): Promise<void> {
		await this.#current?.catch(() => undefined);
		await Promise.all(this.#launched.map((browser) => browser.close().catch(() => {})));
	}
}
