import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { runContentChecks } from './integrations/content-checks.ts';
import { parseOptions, type ReportPressUserOptions } from './options.ts';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkReportStructure from './remark-report-structure.ts';
import { routes, setupWebEdition } from './web.ts';
import { renderPrintEdition } from './integrations/pdf.ts';
import { fillPdfFacts } from './pdf/published.ts';
import { buildSearchIndex, setupSearch } from './integrations/search.ts';
import { finishBuild } from './integrations/after-build.ts';
import { setupArchive } from './archive/setup.ts';

export { reportsLoader } from './reports-loader.ts';
export { reportSchema } from './schemas/report.ts';
export type { ReportPressUserOptions } from './options.ts';

/** The report-press pipeline as one Astro integration: Markdown processing, checks, routes. */
export default function reportPress(userOptions?: ReportPressUserOptions): AstroIntegration {
	const options = parseOptions(userOptions);
	let searchRoot = process.cwd();
	return {
		name: 'report-press',
		hooks: {
			'astro:config:setup': (setupParams) => {
				const { config, command, updateConfig, logger } = setupParams;
				const root = fileURLToPath(config.root);
				searchRoot = root;
				if (command === 'build' || command === 'dev') {
					runContentChecks({ root, contentDir: resolve(root, options.contentDir), logger });
				}
				updateConfig({
					markdown: {
						// Report text is a record: no smart quotes, no autolinks, nothing the source did not say.
						// CommonMark cannot close `**` after 。 before a Han character; cjk-friendly lets lead phrases end in 。.
						processor: unified({ remarkPlugins: [remarkCjkFriendly, remarkReportStructure], gfm: false, smartypants: false }),
					},
				});
				// Web edition routes (home, archive, reading page, parallel view, about/colophon): plugins/web.ts.
				setupWebEdition(setupParams, options);
				// Print edition (plugins/routes/print.astro, PDFs in astro:build:done): plugins/integrations/pdf.ts.
				if (options.pdf !== false) setupParams.injectRoute({ pattern: '/print/[report]/[edition]', entrypoint: routes('print.astro') });
				// Search page; the Pagefind bundles are built in astro:build:done (plugins/integrations/search.ts).
				setupSearch(setupParams, options.search);
				// Data exports, feeds, sitemap and — after every other build step — the integrity manifest: plugins/archive/setup.ts.
				setupArchive(setupParams);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (options.search) await buildSearchIndex({ root: searchRoot, contentDir: resolve(searchRoot, options.contentDir), outDir: fileURLToPath(dir), logger });
				if (options.pdf !== false) {
					await renderPrintEdition({ outDir: fileURLToPath(dir), options: options.pdf, logger });
					// Pages were rendered before the PDFs existed: write their sizes and checksums in now.
					const filled = fillPdfFacts(fileURLToPath(dir));
					logger.info(`PDF sizes and checksums written into ${filled.files} file(s) for ${filled.pdfs} PDF(s)`);
				}
				// Security headers (_headers) and the check of every internal link and anchor: plugins/integrations/after-build.ts.
				finishBuild({ outDir: fileURLToPath(dir), root: process.cwd(), logger });
			},
		},
	};
}
