/**
 * `npm run pdf [-- <built site dir>] [--print-shop] [--no-cache] [--benchmark]`: render the print
 * edition's PDFs from an existing build (default dist/) into <dir>/pdf/, through the same code as the
 * build hook (plugins/integrations/pdf.ts), checks included, reusing unchanged renders from
 * .cache/print/ unless `--no-cache`. `--benchmark` runs the like-for-like PDF benchmark instead
 * (scripts/bench-pdf.ts, one paired trial per document; run that script for more trials).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printCacheDir, renderPrintEdition } from '../plugins/integrations/pdf.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, 'dist'));
if (!existsSync(resolve(dir, 'print'))) {
	console.error(`report-press pdf: no print pages in ${dir}/print — build the site first (npm run build).`);
	process.exit(1);
}
if (args.includes('--benchmark')) {
	const run = spawnSync(process.execPath, [join(root, 'scripts', 'bench-pdf.ts'), dir, '--trials', '1'], { stdio: 'inherit' });
	process.exit(run.status ?? 1);
}
const logger = { info: (message: string) => console.log(message), warn: (message: string) => console.warn(message) };
try {
	await renderPrintEdition({
		outDir: dir,
		options: { printShop: args.includes('--print-shop'), timeoutSeconds: 300 },
		logger,
		cacheDir: args.includes('--no-cache') ? undefined : printCacheDir(root),
	});
} catch (error) {
	console.error(`report-press pdf: ${(error as Error).message}`);
	process.exit(1);
}
