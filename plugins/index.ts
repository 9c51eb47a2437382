import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { runContentChecks } from './integrations/content-checks.ts';
import { printCacheDir, renderPrintEdition } from './integrations/pdf.ts';
import { finishBuild } from './integrations/after-build.ts';
import { integrityIntegration } from './integrations/publish.ts';
import { injectedRoutes } from './integrations/routes.ts';
import { buildSearchIndex, searchCacheDir } from './integrations/search.ts';
import { setupSite } from './integrations/site.ts';
import remarkReportStructure from './markdown/remark-report-structure.ts';
import { parseOptions, type ReportPressUserOptions } from './options.ts';
import { fillPdfFacts } from './print/published.ts';

export { reportsLoader } from './content/loader.ts';
export { reportSchema } from './content/schemas/report.ts';
export type { ReportPressUserOptions } from './options.ts';

/** The report-press pipeline as one Astro integration: Markdown processing, checks, routes, search, print. */
export default function reportPress(userOptions?: ReportPressUserOptions): AstroIntegration {
	const options = parseOptions(userOptions);
	let root = process.cwd();
	return {
		name: 'report-press',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, injectRoute, logger }) => {
				root = fileURLToPath(config.root);
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
				setupSite({ config, updateConfig }, options);
				for (const route of injectedRoutes(options)) injectRoute(route);
				// Sitemap and integrity manifest run after every other integration's build step.
				updateConfig({ integrations: [integrityIntegration()] });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				if (options.search) await buildSearchIndex({ root, contentDir: resolve(root, options.contentDir), outDir, logger, cacheDir: searchCacheDir(root) });
				if (options.pdf !== false) {
					// Checked renders are reused from .cache/print/ when nothing they are made from changed.
					await renderPrintEdition({ outDir, options: options.pdf, logger, cacheDir: printCacheDir(root) });
					// Pages were rendered before the PDFs existed: write their sizes and checksums in now.
					const filled = fillPdfFacts(outDir);
					logger.info(`PDF sizes and checksums written into ${filled.files} file(s) for ${filled.pdfs} PDF(s)`);
				}
				// Security headers (_headers) and the check of every internal link and anchor.
				finishBuild({ outDir, root: process.cwd(), logger });
			},
		},
	};
}
