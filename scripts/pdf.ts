/**
 * `npm run pdf [-- <built site dir>] [--print-shop] [--benchmark]`: render the print edition's PDFs
 * from an existing build (default dist/) into <dir>/pdf/, through the same code as the build hook
 * (plugins/integrations/pdf.ts), text check included. `--benchmark` also prints the same print pages
 * in the same Chromium without Paged.js and reports the time ratio (a benchmark, not a check).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPrintJobs, renderPrintEdition } from '../plugins/integrations/pdf.ts';
import { launchBrowser, serveSite, siteContext } from '../plugins/print/browser.ts';
import { renderDocument } from '../plugins/print/render.ts';

const args = process.argv.slice(2);
const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? resolve(import.meta.dirname, '..', 'dist'));
if (!existsSync(resolve(dir, 'print'))) {
	console.error(`report-press pdf: no print pages in ${dir}/print — build the site first (npm run build).`);
	process.exit(1);
}
const logger = { info: (message: string) => console.log(message), warn: (message: string) => console.warn(message) };
try {
	const results = await renderPrintEdition({ outDir: dir, options: { printShop: args.includes('--print-shop'), timeoutSeconds: 300 }, logger });
	if (args.includes('--benchmark')) {
		const site = await serveSite(dir);
		const browser = await launchBrowser();
		try {
			const context = await siteContext(browser, site.origin);
			for (const job of findPrintJobs(dir)) {
				const paged = results.find((result) => result.report === job.report && result.edition === job.edition);
				const plain = await renderDocument(context, site.origin + job.path, { timeoutMs: 300_000, plain: true });
				if (!paged) continue;
				console.log(`benchmark ${job.report} ${job.edition}: Paged.js ${paged.seconds.toFixed(2)} s (${paged.pages} pages, run concurrently), plain Chromium ${plain.seconds.toFixed(2)} s → ×${(paged.seconds / plain.seconds).toFixed(1)}`);
			}
		} finally {
			await browser.close();
			await site.close();
		}
	}
} catch (error) {
	console.error(`report-press pdf: ${(error as Error).message}`);
	process.exit(1);
}
