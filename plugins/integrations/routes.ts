/**
 * Every URL the archive publishes, declared once: the pattern, the file that renders it, and the
 * option that turns it on. The README's URL table lists the same rows in the same order.
 */
import { fileURLToPath } from 'node:url';
import type { InjectedRoute } from 'astro';
import type { ReportPressOptions } from '../options.ts';

export interface RouteRow {
	pattern: string;
	/** Path from `plugins/`. */
	entrypoint: string;
	/** Published only when this returns true for the options; always when absent. */
	when?: (options: ReportPressOptions) => boolean;
}

export const routeTable: readonly RouteRow[] = [
	{ pattern: '/', entrypoint: 'site/pages/home.astro' },
	{ pattern: '/[lang]', entrypoint: 'site/pages/archive.astro' },
	{ pattern: '/[lang]/[report]', entrypoint: 'site/pages/report.astro' },
	{ pattern: '/[lang]/[report]/parallel', entrypoint: 'site/pages/parallel.astro' },
	// What the edition changed in its source copy: the editor's reconstructions and the mechanical changes by kind (publish/ledger.ts).
	{ pattern: '/[lang]/[report]/corrections', entrypoint: 'site/pages/corrections.astro' },
	// One page per region with reports (or regions below it with reports), at its chain of region slugs.
	{ pattern: '/[lang]/region/[...region]', entrypoint: 'site/pages/region.astro' },
	// The targets of one year and government level side by side (plugins/site/compare.ts), one page per pair with targets.
	{ pattern: '/[lang]/compare/[year]/[level]', entrypoint: 'site/pages/compare.astro' },
	// Text in MDX (site/texts/<page>.<lang>.mdx), framed by these pages.
	{ pattern: '/[lang]/about', entrypoint: 'site/pages/about.astro' },
	{ pattern: '/[lang]/colophon', entrypoint: 'site/pages/colophon.astro' },
	{ pattern: '/[lang]/search', entrypoint: 'site/pages/search.astro', when: (options) => options.search },
	// A term across the archive: paragraphs per report containing a query, on the same Pagefind bundles (plugins/search/term-page.ts).
	{ pattern: '/[lang]/terms', entrypoint: 'site/pages/terms.astro', when: (options) => options.search },
	// The HTML the PDFs are typeset from (plugins/integrations/pdf.ts renders them in astro:build:done).
	{ pattern: '/print/[report]/[edition]', entrypoint: 'site/pages/print.astro', when: (options) => options.pdf !== false },
	{ pattern: '/api/index.json', entrypoint: 'publish/endpoints/api-index.json.ts' },
	{ pattern: '/api/reports/[report].json', entrypoint: 'publish/endpoints/api-report.json.ts' },
	{ pattern: '/api/reports/[report]-figures.csv', entrypoint: 'publish/endpoints/api-figures.csv.ts' },
	{ pattern: '/api/reports/[report]-ledger.yaml', entrypoint: 'publish/endpoints/api-ledger.yaml.ts' },
	// Citation records for reference managers (publish/citation-export.ts); built in site/ for the citation's names.
	{ pattern: '/api/reports/[report].bib', entrypoint: 'site/pages/citation-bib.ts' },
	{ pattern: '/api/reports/[report].ris', entrypoint: 'site/pages/citation-ris.ts' },
	{ pattern: '/api/reports/[report].csl.json', entrypoint: 'site/pages/citation-csl-json.ts' },
	{ pattern: '/api/schema/report.schema.json', entrypoint: 'publish/endpoints/api-schema.json.ts' },
	// The targets and achieved values of every report (plugins/publish/targets.ts), with their own schema.
	{ pattern: '/api/targets.json', entrypoint: 'publish/endpoints/api-targets.json.ts' },
	{ pattern: '/api/targets.csv', entrypoint: 'publish/endpoints/api-targets.csv.ts' },
	{ pattern: '/api/schema/targets.schema.json', entrypoint: 'publish/endpoints/api-targets-schema.json.ts' },
	{ pattern: '/[lang]/feed.xml', entrypoint: 'site/pages/feed.xml.ts' },
	// Served by static hosts for an address they do not have (written as /404.html).
	{ pattern: '/404', entrypoint: 'site/pages/404.astro' },
	{ pattern: '/robots.txt', entrypoint: 'site/pages/robots.txt.ts' },
	{ pattern: '/favicon.svg', entrypoint: 'site/pages/favicon.svg.ts' },
];

/** The routes to inject for these options, with absolute entrypoints. */
export function injectedRoutes(options: ReportPressOptions): InjectedRoute[] {
	return routeTable
		.filter((row) => row.when?.(options) ?? true)
		.map((row) => ({ pattern: row.pattern, entrypoint: fileURLToPath(new URL(`../${row.entrypoint}`, import.meta.url)) }));
}
