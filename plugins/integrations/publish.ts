/**
 * The sitemap and the integrity manifest of every published file, in an integration of its own that
 * reportPress() appends after every other one, so that it runs after the PDFs and the search index
 * are written. (The data exports and feeds are ordinary routes: integrations/routes.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { uiLanguages } from '../site/i18n.ts';
import { buildDate } from '../shared/build-date.ts';
import { manifestPath, sumsPath, writeManifest } from '../publish/manifest.ts';
import { sitePaths } from '../shared/files.ts';
import { sitemapXml } from '../publish/sitemap.ts';

export const integrityIntegrationName = 'report-press:integrity';

/** Runs after every other integration's astro:build:done: sitemap, then the manifest (last file written). */
export function integrityIntegration(): AstroIntegration {
	let site: URL | undefined;
	let root = process.cwd();
	return {
		name: integrityIntegrationName,
		hooks: {
			'astro:config:done': ({ config, logger }) => {
				site = config.site ? new URL(config.site) : undefined;
				root = fileURLToPath(config.root);
				const names = config.integrations.map((integration) => integration.name);
				const after = names.slice(names.indexOf(integrityIntegrationName) + 1);
				if (after.length > 0)
					logger.warn(`integrations after ${integrityIntegrationName} (${after.join(', ')}) may write files the integrity manifest does not list.`);
			},
			// Written as soon as the pages exist, so that the post-build link check (in report-press's own
			// astro:build:done) finds the sitemap and the manifest the colophon links to; the manifest is
			// replaced by the real one at the very end.
			'astro:build:generated': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				if (site) {
					const xml = sitemapXml(htmlPagePaths(outDir), {
						site,
						languages: uiLanguages,
						defaultLanguage: 'zh-Hans',
						exclude: (path) => path.startsWith('/print/') || /^\/[^/]+\/search\/$/.test(path),
					});
					writeFileSync(join(outDir, 'sitemap.xml'), xml);
				} else {
					logger.warn(
						"no site address configured, so every URL is root-relative (citations are made absolute in the reader's browser) and sitemap.xml, which needs absolute URLs, was not written. Set REPORT_PRESS_SITE=https://<host>/ (or `site` in astro.config.mjs) to publish absolute URLs and the sitemap.",
					);
				}
				writePlaceholder(outDir);
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const manifest = writeManifest(outDir, buildDate(root));
				logger.info(`integrity manifest: ${manifest.fileCount} files, ${manifest.totalBytes} bytes → /integrity/manifest.json`);
			},
		},
	};
}

/** Site paths of the built HTML pages (`/zh-Hans/<report>/`), from the files on disk. */
export function htmlPagePaths(outDir: string): string[] {
	return sitePaths(outDir)
		.filter((path) => path.endsWith('/index.html') || path === '/index.html')
		.map((path) => path.slice(0, -'index.html'.length));
}

function writePlaceholder(outDir: string): void {
	mkdirSync(join(outDir, 'integrity'), { recursive: true });
	writeFileSync(join(outDir, manifestPath), '{}\n');
	writeFileSync(join(outDir, sumsPath), '');
}
