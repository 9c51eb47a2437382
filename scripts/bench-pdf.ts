/**
 * `node scripts/bench-pdf.ts [<built site>] [--trials N] [--concurrency C] [--only <report>[/<edition>]] [--pool]`
 *
 * The PDF benchmark, like for like (a benchmark, not a test: it asserts nothing and writes only to a
 * temporary folder). Default site: dist/.
 *
 * Per document, paired: our renderer against plain Chromium printing of the same print page, both the
 * same kind of process — launch Chromium, open the page, make the PDF, write it, close Chromium — at the
 * same concurrency (C of one kind at once, then C of the other; default 1), alternating which kind goes
 * first from trial to trial (ABBA), so a change in the machine's load falls on both. The ratio is the
 * median of the per-trial ratios. Ours includes everything the build does to a document: the split
 * pass, Paged.js, the span and text checks (on the checking thread, as in the build) and the metadata;
 * the booklet is a second document and is timed on its own line. Then the profile: where our time
 * goes, step by step (medians).
 *
 * `--pool`: the whole site through the build's own code (plugins/integrations/pdf.ts, cache off): first
 * one document at a time (the single-document times), then the pool sized to the machine, then a pool of
 * one per core (what the build's one document more than the cores buys); the pool
 * should finish within 1.1 × (sum of single-document times ÷ cores). Since one document keeps more than one
 * core busy, the line also gives the CPU all processes used (Chromium's included) ÷ cores: the bound a pool meets
 * when the CPU is the limit.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultConcurrency, findPrintJobs, publishPdf, renderPrintEdition, type PrintJob } from '../plugins/integrations/pdf.ts';
import { launchBrowser, serveSite } from '../plugins/print/browser.ts';
import { Finisher } from '../plugins/print/finish.ts';
import { makeBooklet } from '../plugins/print/impose.ts';
import { finishPdf } from '../plugins/print/metadata.ts';
import { renderDocument, type DocumentMeta } from '../plugins/print/render.ts';
import { checkRendered, TextChecker } from '../plugins/print/verify.ts';
import { processesUnder } from './process-tree.ts';

const usage = 'usage: node scripts/bench-pdf.ts [<built site>] [--trials N] [--concurrency C] [--only <report>[/<edition>]] [--pool]';
const args = process.argv.slice(2);
const value = (flag: string) => {
	const index = args.indexOf(flag);
	if (index < 0) return undefined;
	const found = args[index + 1];
	if (!found || found.startsWith('--')) fail(`${flag} needs a value`);
	args.splice(index, 2);
	return found;
};
function fail(message: string): never {
	console.error(`bench-pdf: ${message}\n${usage}`);
	process.exit(2);
}
const trials = Number(value('--trials') ?? 3);
const concurrency = Number(value('--concurrency') ?? 1);
const only = value('--only');
const pool = args.includes('--pool');
const positional = args.filter((arg) => !arg.startsWith('--'));
if (
	!Number.isInteger(trials) ||
	trials < 1 ||
	!Number.isInteger(concurrency) ||
	concurrency < 1 ||
	positional.length > 1 ||
	args.some((arg) => arg.startsWith('--') && arg !== '--pool')
)
	fail('bad arguments');
const siteDir = resolve(positional[0] ?? resolve(import.meta.dirname, '..', 'dist'));
const jobs = findPrintJobs(siteDir).filter((job) => !only || `${job.report}/${job.edition}` === only || job.report === only);
if (jobs.length === 0) fail(`no print pages${only ? ` matching ${only}` : ''} in ${siteDir}/print — build the site first`);

const scratch = mkdtempSync(join(tmpdir(), 'rp-bench-pdf-'));
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const seconds = (value: number) => `${value.toFixed(2)} s`;

interface Run {
	/** Launch to close, the whole process. */
	total: number;
	/** From opening the page to the finished PDF in memory (what differs between the two kinds). */
	inPage: number;
	phases: Record<string, number>;
	pages: number;
	/** Ours: Chromium's PDF, for timing the booklet. */
	rendered?: { pdf: Uint8Array; meta: DocumentMeta };
}

/** One document as one process of the given kind: launch, render, (ours: check and finish), write, close. */
async function runOnce(origin: string, job: PrintJob, kind: 'ours' | 'plain', slot: number): Promise<Run> {
	const started = performance.now();
	const browser = await launchBrowser(origin);
	const phases: Record<string, number> = { launch: (performance.now() - started) / 1000 };
	try {
		const context = await browser.newContext();
		const opened = performance.now();
		const result = await renderDocument(context, origin + job.path, { timeoutMs: 600_000, plain: kind === 'plain' });
		Object.assign(phases, result.phases);
		if (kind === 'ours') {
			// As the build does it (publishPdf): checks on a checking thread while a finishing thread writes the metadata.
			Object.assign(
				phases,
				await publishPdf(result.pdf, result.meta, { ...job, file: `ours-${slot}-${job.file}` }, scratch, {
					printShop: false,
					booklet: false,
					checked: checkRendered(result, checker),
					finisher,
				}),
			);
			return { total: 0, inPage: (performance.now() - opened) / 1000, phases, pages: result.pages, rendered: { pdf: result.pdf, meta: result.meta } };
		}
		const mark = performance.now();
		writeFileSync(join(scratch, `plain-${slot}-${job.file}`), result.pdf);
		phases.write = (performance.now() - mark) / 1000;
		return { total: 0, inPage: (performance.now() - opened) / 1000, phases, pages: result.pages };
	} finally {
		await browser.close();
	}
}

async function batch(origin: string, job: PrintJob, kind: 'ours' | 'plain'): Promise<Run[]> {
	return Promise.all(
		Array.from({ length: concurrency }, async (_, slot) => {
			const started = performance.now();
			const run = await runOnce(origin, job, kind, slot);
			return { ...run, total: (performance.now() - started) / 1000 };
		}),
	);
}

/**
 * Wall seconds of `run`, and the CPU seconds spent meanwhile by this process (all its threads) and every process under it — Chromium's
 * browser, renderer, GPU and utility processes — read from /proc every 50 ms (Linux; NaN elsewhere). Chromium
 * reaps its renderers itself, so its children's times never reach this process's own counters; a process
 * that ends between two samples loses at most its last 50 ms.
 */
async function measured<T>(run: () => Promise<T>): Promise<{ result: T; wall: number; cpu: number }> {
	const seen = new Map<string, { base: number; last: number }>();
	let first = true;
	const sample = () => {
		if (!existsSync('/proc/self/stat')) return false;
		for (const { key, cpu } of processesUnder(process.pid)) {
			const known = seen.get(key);
			// A process already running at the first sample counts from there; one started later from zero.
			if (known) known.last = cpu;
			else seen.set(key, { base: first ? cpu : 0, last: cpu });
		}
		first = false;
		return true;
	};
	const started = performance.now();
	if (!sample()) return { result: await run(), wall: (performance.now() - started) / 1000, cpu: Number.NaN };
	const own = process.cpuUsage();
	const timer = setInterval(sample, 50);
	try {
		const result = await run();
		sample();
		const used = process.cpuUsage(own);
		let children = 0;
		for (const { base, last } of seen.values()) children += last - base;
		return { result, wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 + children };
	} finally {
		clearInterval(timer);
	}
}

const mean = (runs: Run[], field: 'total' | 'inPage') => runs.reduce((sum, run) => sum + run[field], 0) / runs.length;

console.log(
	`PDF benchmark: ${jobs.length} document(s) of ${siteDir}, ${trials} paired trial(s) each, ${concurrency} at a time for both kinds, ${availableParallelism()} core(s)`,
);
const site = await serveSite(siteDir);
// Long-lived, as in a build: the checking and finishing threads (one each per document in flight).
const checker = new TextChecker(concurrency);
const finisher = new Finisher(concurrency);
const ratios: number[] = [];
try {
	for (const job of jobs) {
		const ours: Run[][] = [];
		const plain: Run[][] = [];
		const perTrial: { total: number; inPage: number }[] = [];
		for (let trial = 0; trial < trials; trial += 1) {
			// ABBA: even trials ours first, odd trials plain first.
			const order: ('ours' | 'plain')[] = trial % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
			const got: Record<string, Run[]> = {};
			for (const kind of order) got[kind] = await batch(site.origin, job, kind);
			ours.push(got.ours!);
			plain.push(got.plain!);
			perTrial.push({ total: mean(got.ours!, 'total') / mean(got.plain!, 'total'), inPage: mean(got.ours!, 'inPage') / mean(got.plain!, 'inPage') });
		}
		const ratio = median(perTrial.map((trial) => trial.total));
		ratios.push(ratio);
		const oursTotal = median(ours.map((runs) => mean(runs, 'total')));
		const plainTotal = median(plain.map((runs) => mean(runs, 'total')));
		console.log(
			`\n${job.report} ${job.edition} (${ours[0]![0]!.pages} pages): ours ${seconds(oursTotal)}, plain Chromium ${seconds(plainTotal)} → ×${ratio.toFixed(2)} (in the page, launch and close left out: ×${median(perTrial.map((trial) => trial.inPage)).toFixed(2)}); per trial ${perTrial.map((trial) => `×${trial.total.toFixed(2)}`).join(' ')}`,
		);
		// The render alone (page open to Chromium's PDF), checks and metadata left out: where Paged.js itself stands.
		const renderSteps = ['load', 'prepare', 'paged-script', 'paginate', 'layout', 'pdf'];
		const renderTime = (runs: Run[]) =>
			runs.reduce((sum, run) => sum + renderSteps.reduce((total, step) => total + (run.phases[step] ?? 0), 0), 0) / runs.length;
		const renderRatio = median(ours.map((runs, trial) => renderTime(runs) / renderTime(plain[trial]!)));
		console.log(
			`  render alone (no checks, no metadata): ours ${seconds(median(ours.map(renderTime)))}, plain ${seconds(median(plain.map(renderTime)))} → ×${renderRatio.toFixed(2)}`,
		);
		const steps = [...new Set(ours.flat().flatMap((run) => Object.keys(run.phases)))];
		const profile = (runs: Run[][]) => steps.map((step) => [step, median(runs.flat().map((run) => run.phases[step] ?? 0))] as const);
		const plainSteps = new Map(profile(plain));
		console.log(`  step           ours     plain`);
		for (const [step, time] of profile(ours))
			console.log(
				`  ${step.padEnd(13)} ${time.toFixed(3).padStart(6)} s ${plainSteps.get(step) ? `${plainSteps.get(step)!.toFixed(3).padStart(6)} s` : '      —'}`,
			);
		const rendered = ours[0]![0]!.rendered;
		if (job.edition === 'zh-Hans' && rendered) {
			// The booklet is made from the finished zh-Hans PDF; a second document, timed apart from the ratio.
			const finished = await finishPdf(rendered.pdf, rendered.meta);
			const started = performance.now();
			await makeBooklet(finished, rendered.meta);
			console.log(`  booklet (a second document, not in the ratio): ${seconds((performance.now() - started) / 1000)}`);
		}
	}
} finally {
	await checker.close();
	await finisher.close();
	await site.close();
}
if (ratios.length > 1) console.log(`\nall documents: median ×${median(ratios).toFixed(2)}, worst ×${Math.max(...ratios).toFixed(2)} (target ≤ ×1.15)`);

if (pool) {
	const logger = { info: () => {}, warn: (message: string) => console.warn(message) };
	const cores = availableParallelism();
	const settings = { printShop: false, timeoutSeconds: 600 };
	console.log(`\npool: every document of the site through renderPrintEdition, cache off`);
	const single = await measured(() =>
		renderPrintEdition({ outDir: siteDir, pdfDir: join(scratch, 'single'), options: { ...settings, concurrency: 1 }, logger }),
	);
	const sum = single.result.reduce((total, result) => total + result.totalSeconds, 0);
	const pooled = await measured(() =>
		renderPrintEdition({ outDir: siteDir, pdfDir: join(scratch, 'pool'), options: { ...settings, concurrency: defaultConcurrency() }, logger }),
	);
	// The build's pool has one document more than the cores; this is what that one more buys.
	const perCore = await measured(() =>
		renderPrintEdition({ outDir: siteDir, pdfDir: join(scratch, 'per-core'), options: { ...settings, concurrency: cores }, logger }),
	);
	const ideal = sum / cores;
	// One document keeps more than one core busy (Paged.js in the renderer, Chromium's browser, GPU and print
	// processes, the checking thread), so the CPU it takes, not its wall time, bounds what a pool can gain.
	console.log(
		`  one at a time: ${seconds(single.wall)} (sum of single-document times ${seconds(sum)}), CPU ${seconds(single.cpu)} = ${(single.cpu / single.wall).toFixed(2)} cores busy`,
	);
	console.log(
		`  pool of ${defaultConcurrency()} on ${cores} core(s): ${seconds(pooled.wall)} for ${pooled.result.length} PDF(s) = ${(pooled.wall / ideal).toFixed(2)} × (sum ÷ cores = ${seconds(ideal)}) (target ≤ 1.10); CPU ${seconds(pooled.cpu)} = ${(pooled.cpu / pooled.wall).toFixed(2)} of ${cores} cores busy, ${(pooled.wall / (pooled.cpu / cores)).toFixed(2)} × (CPU ÷ cores = ${seconds(pooled.cpu / cores)})`,
	);
	console.log(`  pool of ${cores} (one per core): ${seconds(perCore.wall)}; the build's pool takes ${(pooled.wall / perCore.wall).toFixed(2)}× its time`);
	console.log(`  longest single document ${seconds(Math.max(...single.result.map((result) => result.totalSeconds)))} (no pool finishes before it)`);
}
rmSync(scratch, { recursive: true, force: true });
