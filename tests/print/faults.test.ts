/**
 * Faults in the print step: a document that hangs, and Chromium that cannot start. The failing report
 * is named, retried once, the other PDFs are still made, no partial file is left, and the step fails.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPrintEdition } from '../../plugins/integrations/pdf.ts';
import { astroBuild } from '../helpers/astro-build.ts';

const site = new URL('../fixtures/site', import.meta.url).pathname;
const report = '2024-testcity-demo';
const built = mkdtempSync(join(tmpdir(), 'rp-faults-built-'));

/** A copy of the built site without PDFs, its `edition` print page made to hang forever. */
function siteWithHangingPage(edition: string): string {
	const copy = mkdtempSync(join(tmpdir(), 'rp-faults-'));
	cpSync(built, copy, { recursive: true });
	rmSync(join(copy, 'pdf'), { recursive: true, force: true });
	const page = join(copy, 'print', report, edition, 'index.html');
	writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', '<script>for (;;) {}</script></head>'));
	return copy;
}

function recordingLogger() {
	const lines: string[] = [];
	return { lines, info: (message: string) => lines.push(message), warn: (message: string) => lines.push(`WARN ${message}`) };
}

describe('faults in the print step', () => {
	beforeAll(() => {
		const build = astroBuild(site, { FIXTURE_OUT_DIR: built, FIXTURE_PDF: '1', REPORT_PRESS_PDF_CACHE: 'off' });
		expect(build.status, build.output).toBe(0);
	});

	it('a hanging document: named, retried once, the others still made, no partial file, failure', async () => {
		const outDir = siteWithHangingPage('en');
		const logger = recordingLogger();
		const run = renderPrintEdition({ outDir, options: { printShop: false, timeoutSeconds: 20, concurrency: 2 }, logger });
		await expect(run).rejects.toThrow(`print edition failed for 1 of 4 document(s) (each tried twice):\n  ${report} en: timed out after 20 s rendering`);
		expect(logger.lines.filter((line) => line.startsWith(`WARN   ${report} en: timed out after 20 s`) && line.endsWith('— retrying once'))).toHaveLength(1);
		const files = readdirSync(join(outDir, 'pdf')).sort();
		expect(files).toEqual([`${report}-bilingual.pdf`, `${report}-zh-Hans-booklet.pdf`, `${report}-zh-Hans.pdf`, `${report}-zh-Hant.pdf`]);
		expect(files.every((name) => !name.includes('.partial-'))).toBe(true);
	}, 120_000);

	it('Chromium missing: every document names the fix, nothing is written', async () => {
		const outDir = siteWithHangingPage('en');
		const saved = process.env.REPORT_PRESS_CHROMIUM;
		process.env.REPORT_PRESS_CHROMIUM = '/nonexistent/chromium';
		try {
			const run = renderPrintEdition({ outDir, options: { printShop: false, timeoutSeconds: 6, concurrency: 2 }, logger: recordingLogger() });
			await expect(run).rejects.toThrow(`${report} zh-Hans: could not start Chromium at /nonexistent/chromium`);
			await expect(run).rejects.toThrow('set REPORT_PRESS_CHROMIUM to a Chrome/Chromium binary');
		} finally {
			if (saved === undefined) delete process.env.REPORT_PRESS_CHROMIUM;
			else process.env.REPORT_PRESS_CHROMIUM = saved;
		}
		expect(existsSync(join(outDir, 'pdf')) ? readdirSync(join(outDir, 'pdf')) : []).toEqual([]);
	}, 60_000);
});
