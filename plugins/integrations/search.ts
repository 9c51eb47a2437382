import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { pathBytes } from '../shared/files.ts';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { blocksOfEdition, readArchive } from '../content/archive.ts';
import { reportSchema } from '../content/schemas/report.ts';
import { toTraditional } from '../content/zh-hant.ts';
import { editionRecords, searchLanguages, type EditionText, type SearchLanguage, type SearchRecord } from '../search/records.ts';

/** Where each language's Pagefind bundle is written, relative to the site root: `/pagefind/<lang>/pagefind.js`. */
export const bundlePath = (language: SearchLanguage) => `pagefind/${language}`;

export interface SearchIndexSummary {
	languages: { language: SearchLanguage; records: number; paragraphs: number; bytes: number; indexBytes: number }[];
	/** The Pagefind executable the service ran (read from /proc where available, else resolved as Pagefind resolves it). */
	binary: string;
}

const unusedBundleFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

const recordLabels: Record<SearchLanguage, { opening: string; edition: string }> = {
	'zh-Hans': { opening: '开头', edition: '简体中文' },
	'zh-Hant': { opening: toTraditional('开头'), edition: '繁體中文' },
	en: { opening: 'Opening', edition: 'English' },
};

/**
 * Full-text search, run in `astro:build:done`: one Pagefind bundle per language edition
 * (`<outDir>/pagefind/zh-Hans/`, `…/zh-Hant/`, `…/en/`), built with Pagefind's Node API from custom
 * records — one per paragraph, heading and edition (plugins/search/records.ts) — so every hit is a
 * paragraph and links to it. The text comes from the content files (zh-Hant derived as the loader
 * derives it); each record's target must exist in the built page. Every Pagefind error fails the build.
 */
export async function buildSearchIndex(options: {
	root: string;
	contentDir: string;
	outDir: string;
	logger: AstroIntegrationLogger;
}): Promise<SearchIndexSummary> {
	const { outDir, logger } = options;
	const editions = readEditions(options.contentDir, options.root);
	const byLanguage = new Map<SearchLanguage, SearchRecord[]>(searchLanguages.map((language) => [language, []]));
	for (const edition of editions) {
		const page = join(outDir, edition.language, edition.data.report, 'index.html');
		if (!existsSync(page)) {
			logger.warn(`search: no page ${relative(outDir, page)} for ${edition.data.report} (${edition.language}); not indexed.`);
			continue;
		}
		const ids = new Set([...readFileSync(page, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
		const records = editionRecords(edition, recordLabels[edition.language]);
		const missing = records.filter((record) => record.meta.id && !ids.has(record.meta.id!));
		if (missing.length > 0) {
			throw new Error(
				`search: ${missing.length} block(s) of ${edition.data.report} (${edition.language}) have no element with their id in ${relative(outDir, page)}: ${missing
					.slice(0, 5)
					.map((record) => record.meta.id)
					.join(', ')}. A hit would link nowhere.`,
			);
		}
		byLanguage.get(edition.language)!.push(...records);
	}

	const summary: SearchIndexSummary = { languages: [], binary: '' };
	try {
		for (const [language, records] of byLanguage) {
			const created = await pagefind.createIndex({ keepIndexUrl: false });
			failOn(created.errors, `creating the ${language} index`);
			const index = created.index!;
			if (!summary.binary) summary.binary = runningPagefindBinary();
			for (const record of records) {
				const added = await index.addCustomRecord(record);
				failOn(added.errors, `indexing ${record.url}`);
			}
			const outputPath = join(outDir, bundlePath(language));
			const written = await index.writeFiles({ outputPath });
			failOn(written.errors, `writing ${outputPath}`);
			// The search page runs on pagefind.js; Pagefind's own UIs and highlighter are not served.
			for (const file of unusedBundleFiles) rmSync(join(outputPath, file), { force: true });
			summary.languages.push({
				language,
				records: records.length,
				paragraphs: records.filter((record) => record.meta.kind === 'paragraph').length,
				bytes: pathBytes(outputPath),
				indexBytes: ['index', 'fragment', 'filter'].reduce((sum, folder) => sum + pathBytes(join(outputPath, folder)), 0),
			});
			await index.deleteIndex();
		}
	} finally {
		await pagefind.close();
	}
	for (const entry of summary.languages) {
		logger.info(
			`search: ${entry.language}: ${entry.records} records (${entry.paragraphs} paragraphs), bundle ${kb(entry.bytes)} of which index ${kb(entry.indexBytes)} → /${bundlePath(entry.language)}/`,
		);
	}
	logger.info(`search: Pagefind binary ${summary.binary}`);
	return summary;
}

function failOn(errors: string[] | undefined, doing: string): void {
	if (errors && errors.length > 0) throw new Error(`search: Pagefind failed ${doing}:\n  ${errors.join('\n  ')}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every published edition (drafts have no page) with its plain block text, from the archive (zh-Hant derived once) and its block model. */
export function readEditions(contentDir: string, root: string): EditionText[] {
	return readArchive(contentDir, root).editions.flatMap((edition): EditionText[] => {
		const parsed = reportSchema.safeParse(edition.frontmatter);
		// A file that fails its checks stops the build before this runs; nothing to index here.
		if (!parsed.success || parsed.data.status === 'draft') return [];
		const blocks = blocksOfEdition(edition).map((block) => ({
			id: block.id,
			kind: block.kind,
			text: (block.text ?? '').replace(/\s+/g, ' ').trim(),
			untranslated: block.untranslated,
		}));
		return [{ language: parsed.data.language, data: parsed.data, blocks }];
	});
}

/**
 * The Pagefind executable. The npm package's service spawns the first of `pagefind_extended`,
 * `pagefind` it finds in `@pagefind/<platform>-<arch>/bin/` (or `PAGEFIND_EXTENDED_BINARY_PATH` /
 * `PAGEFIND_BINARY_PATH`); only the extended build segments Chinese. Resolved the same way here.
 */
export function resolvePagefindBinary(): string {
	for (const name of ['pagefind_extended', 'pagefind']) {
		const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
		if (fromEnv) return fromEnv;
	}
	const require = createRequire(import.meta.resolve('pagefind'));
	const platform = process.platform === 'win32' ? 'windows' : process.platform;
	const arch = process.env.npm_config_arch || process.arch;
	for (const name of ['pagefind_extended', 'pagefind']) {
		try {
			return require.resolve(`@pagefind/${platform}-${arch}/bin/${platform === 'windows' ? `${name}.exe` : name}`);
		} catch {
			// try the next name
		}
	}
	return 'pagefind (not found)';
}

/** The executable of the running Pagefind service, read from /proc (Linux); falls back to resolvePagefindBinary(). */
export function runningPagefindBinary(): string {
	try {
		for (const task of readdirSync('/proc/self/task')) {
			const children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
			for (const child of children) {
				const exe = readlinkSync(`/proc/${child}/exe`);
				if (/pagefind/.test(exe)) return `${exe} (running, pid ${child})`;
			}
		}
	} catch {
		// not Linux, or /proc not readable
	}
	return `${resolvePagefindBinary()} (resolved)`;
}
