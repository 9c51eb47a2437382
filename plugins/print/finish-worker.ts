/** A finishing thread (finish.ts, Finisher): metadata, booklet and print-shop PDF off the build's main thread. */
import { parentPort } from 'node:worker_threads';
import { finishFiles, type FinishRequest } from './finish.ts';

parentPort!.on('message', async ({ id, request }: { id: number; request: FinishRequest }) => {
	try {
		const finished = await finishFiles(request);
		// Handed over, not copied: the bytes are only written from here on.
		parentPort!.postMessage(
			{ id, finished },
			finished.files.map(([, bytes]) => bytes.buffer as ArrayBuffer),
		);
	} catch (error) {
		parentPort!.postMessage({ id, error: (error as Error).message });
	}
});
