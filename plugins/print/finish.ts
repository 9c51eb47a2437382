/**
 * What becomes of a checked PDF before it is published: metadata and the build's date (metadata.ts),
 * then, for zh-Hans, the booklet and, if asked, the print-shop PDF (impose.ts). pdf-lib parses and
 * writes every object of the PDF, a second or more for a long report, so the build runs this on worker
 * threads (finish-worker.ts, Finisher): documents finish side by side, cached ones too, and the main
 * thread stays free to drive Chromium and serve the fonts. The bytes are the same on any thread.
 */
import { Worker } from 'node:worker_threads';
import { makeBooklet, makePrintShop } from './impose.ts';
import { finishPdf } from './metadata.ts';
import type { DocumentMeta } from './render.ts';

export interface FinishRequest {
	rendered: Uint8Array;
	meta: DocumentMeta;
	report: string;
	edition: string;
	file: string;
	printShop: boolean;
	booklet: boolean;
}

export interface Finished {
	/** File name in the PDF folder, and its bytes. */
	files: [string, Uint8Array][];
	/** Seconds per step (finish, booklet, print-shop). */
	phases: Record<string, number>;
}

export async function finishFiles({ rendered, meta, report, edition, file, printShop, booklet }: FinishRequest): Promise<Finished> {
	const phases: Record<string, number> = {};
	let mark = performance.now();
	const phase = (step: string) => {
		const now = performance.now();
		phases[step] = (now - mark) / 1000;
		mark = now;
	};
	const pdf = await finishPdf(rendered, meta);
	const files: [string, Uint8Array][] = [[file, pdf]];
	phase('finish');
	if (edition === 'zh-Hans' && booklet) {
		files.push([`${report}-zh-Hans-booklet.pdf`, await makeBooklet(pdf, meta)]);
		phase('booklet');
	}
	if (edition === 'zh-Hans' && printShop) {
		files.push([`${report}-zh-Hans-print-shop.pdf`, await makePrintShop(pdf, meta)]);
		phase('print-shop');
	}
	return { files, phases };
}

type Waiting = { resolve: (finished: Finished) => void; reject: (error: Error) => void };

/** finishFiles on worker threads, each request to the least busy one. */
export class Finisher {
	#workers: { worker: Worker; pending: Map<number, Waiting> }[];
	#next = 0;

	constructor(threads = 1) {
		this.#workers = Array.from({ length: Math.max(1, threads) }, () => {
			const worker = new Worker(new URL('./finish-worker.ts', import.meta.url));
			const pending = new Map<number, Waiting>();
			worker.on('message', ({ id, finished, error }: { id: number; finished?: Finished; error?: string }) => {
				const waiting = pending.get(id);
				pending.delete(id);
				if (finished) waiting?.resolve(finished);
				else waiting?.reject(new Error(error ?? 'no answer'));
			});
			const fail = (error: Error) => {
				for (const waiting of pending.values()) waiting.reject(new Error(`finishing thread failed: ${error.message}`));
				pending.clear();
			};
			worker.on('error', fail);
			worker.on('exit', (code) => fail(new Error(`exited with code ${code}`)));
			return { worker, pending };
		});
	}

	finish(request: FinishRequest): Promise<Finished> {
		const slot = this.#workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			slot.pending.set(id, { resolve, reject });
			// A copy of Chromium's PDF: the caller may still store it in the cache.
			slot.worker.postMessage({ id, request: { ...request, rendered: new Uint8Array(request.rendered) } });
		});
	}

	async close(): Promise<void> {
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}
