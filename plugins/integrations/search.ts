import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathBytes } from '../shared/files.ts';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { blocksOfEdition, readArchive, type ArchiveEdition } from '../content/archive.ts';
import { reportSchema, type ReportFrontmatter } from '../content/schemas/report.ts';
import { toTraditional } from '../content/zh-hant.ts';
import { packageVersion } from '../shared/package-version.ts';
import { pagefindRecord, searchTerms } from '../search/index-terms.ts';
import { bundlePath, shardListPath, WORD_LIST } from '../search/pagefind-bundle.ts';
import { editionRecords, searchLanguages, searchShard, type EditionText, type SearchLanguage, type SearchRecord } from '../search/records.ts';

export interface SearchIndexSummary {
	shards: { language: SearchLanguage; shard: string; records: number; paragraphs: number; bytes: number; indexBytes: number; cached: boolean }[];
	/** The Pagefind executable the service ran (read from /proc where available, else resolved as Pagefind resolves it); empty when every bundle came from the cache. */
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
 * Full-text search, run in `astro:build:done`: per language edition, one Pagefind bundle per shard (a
 * year: records.ts searchShard) at `<outDir>/pagefind/<lang>/<shard>/`, the list of shards beside them
 * and a bundle of each shard's words (`…/words/`); the browser merges them (pagefind-bundle.ts). Built
 * with Pagefind's Node API from custom records — one per paragraph, heading and edition
 * (plugins/search/records.ts), as index-terms.ts gives them to Pagefind — so every hit is a paragraph and
 * links to it. The text comes from the content files (zh-Hant derived as the
 * loader derives it); each record's target must exist in the built page. One shard is indexed at a
 * time, so Pagefind's memory is bounded by the largest shard. With a cache folder (`.cache/search/`)
 * a shard whose records, Pagefind and settings are unchanged is copied from there instead of being
 * indexed again. Every Pagefind error fails the build.
 */
export async function buildSearchIndex(options: {
	root: string;
	contentDir: string;
	outDir: string;
	logger: AstroIntegrationLogger;
	cacheDir?: string | undefined;
	/** The shard of an edition; the archive's is its year (records.ts). */
	shardOf?: (data: ReportFrontmatter) => string;
}): Promise<SearchIndexSummary> {
	const { outDir, logger, cacheDir, shardOf = searchShard } = options;
	const editions = publishedEditions(options.contentDir, options.root);
	const summary: SearchIndexSummary = { shards: [], binary: '' };
	const keyBase = JSON.stringify({ format: SEARCH_CACHE_FORMAT, pagefind: packageVersion('pagefind'), binary: resolvePagefindBinary(), unusedBundleFiles });

	/** Index one bundle of a language (a shard, or the word list), or copy it from the cache, and note what it holds. */
	async function indexShard(language: SearchLanguage, shard: string, records: readonly SearchRecord[]): Promise<void> {
		const path = bundlePath(language, shard);
		const outputPath = join(outDir, path);
		const given = records.map(pagefindRecord);
		// The key: what Pagefind is given and which Pagefind; the output is a function of these alone.
		const hash = createHash('sha256').update(keyBase);
		for (const record of given) hash.update(JSON.stringify(record));
		const cached = cacheDir ? join(cacheDir, path, hash.digest('hex')) : undefined;
		const hit = cached !== undefined && existsSync(join(cached, 'pagefind-entry.json')) && restoreBundle(cached, outputPath);
		if (!hit) {
			const created = await pagefind.createIndex({ keepIndexUrl: false });
			failOn(created.errors, `creating the ${path} index`);
			const index = created.index!;
			if (!summary.binary) summary.binary = runningPagefindBinary();
			await addInOrder(index, given);
			const written = await index.writeFiles({ outputPath });
			failOn(written.errors, `writing ${outputPath}`);
			// The search page runs on pagefind.js; Pagefind's own UIs and highlighter are not served.
			for (const file of unusedBundleFiles) rmSync(join(outputPath, file), { force: true });
			await index.deleteIndex();
			if (cached) storeBundle(outputPath, cached);
		}
		summary.shards.push({
			language,
			shard,
			records: records.length,
			paragraphs: records.filter((record) => record.meta.kind === 'paragraph').length,
			bytes: pathBytes(outputPath),
			indexBytes: ['index', 'fragment', 'filter'].reduce((sum, folder) => sum + pathBytes(join(outputPath, folder)), 0),
			cached: hit,
		});
	}

	try {
		for (const language of searchLanguages) {
			const shards = Map.groupBy(
				editions.filter((edition) => edition.data.language === language),
				(edition) => shardOf(edition.data),
			);
			if (shards.has(WORD_LIST)) throw new Error(`search: "${WORD_LIST}" cannot name a shard: it is the word list's folder.`);
			// Newest first: the order the browser opens them in.
			const ids = [...shards.keys()].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
			const wordLists: SearchRecord[] = [];
			for (const shard of ids) {
				// One shard's records at a time: only they are held while Pagefind indexes them.
				const records = shardRecords(shards.get(shard)!, language, shard, outDir, logger);
				await indexShard(language, shard, records);
				wordLists.push(wordListRecord(language, shard, records));
			}
			await indexShard(language, WORD_LIST, wordLists);
			writeFileSync(join(outDir, shardListPath(language)), `${JSON.stringify({ shards: ids })}\n`);
		}
	} finally {
		await pagefind.close();
	}
	for (const entry of summary.shards) {
		logger.info(
			`search: ${entry.language}/${entry.shard}: ${entry.records} records (${entry.paragraphs} paragraphs), bundle ${kb(entry.bytes)} of which index ${kb(entry.indexBytes)}${entry.cached ? ' (from the cache: records unchanged)' : ''} → /${bundlePath(entry.language, entry.shard)}/`,
		);
	}
	logger.info(`search: Pagefind binary ${summary.binary || 'not started (every bundle from the cache)'}`);
	return summary;
}

/**
 * Add the records with up to `window` of them on their way at once. Pagefind's service handles its
 * messages one after another in the order they arrive, so the index is the same as adding them one by
 * one; it only no longer waits for Node between two records, nor Node for it.
 */
async function addInOrder(index: pagefind.PagefindIndex, records: readonly SearchRecord[], window = 64): Promise<void> {
	let failure: Error | undefined;
	const pending: Promise<void>[] = [];
	for (const record of records) {
		const added = index.addCustomRecord(record).then((result) => failOn(result.errors, `indexing ${record.url}`));
		// Kept, not thrown, until its turn: a rejection nobody awaits yet would end the process.
		pending.push(added.catch((error: Error) => void (failure ??= error)));
		if (pending.length >= window) await pending.shift();
		if (failure) throw failure;
	}
	await Promise.all(pending);
	if (failure) throw failure;
}

/** Bump when what a cached bundle holds or how its key is made changes. */
const SEARCH_CACHE_FORMAT = 3;

/**
 * Keep a written bundle under its key, whole or not at all (copied beside it, then renamed), with the
 * two most recent other keys of the same language (undoing an edit is then free); older ones go. The
 * cache only saves time: a store that fails (another build storing the same key) is no error.
 */
function storeBundle(outputPath: string, cached: string): void {
	const parent = dirname(cached);
	const partial = `${cached}.partial-${process.pid}`;
	try {
		mkdirSync(parent, { recursive: true });
		cpSync(outputPath, partial, { recursive: true });
		renameSync(partial, cached);
	} catch {
		rmSync(partial, { recursive: true, force: true });
	}
	const others = readdirSync(parent, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && join(parent, entry.name) !== cached && /^[0-9a-f]{64}$/.test(entry.name))
		.map((entry) => ({ dir: join(parent, entry.name), time: statSync(join(parent, entry.name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
		.sort((a, b) => b.time - a.time);
	for (const { dir } of others.slice(2)) rmSync(dir, { recursive: true, force: true });
}

/** Copy a cached bundle into the site; false (and nothing left behind) when it went away meanwhile (pruned by another build). */
function restoreBundle(cached: string, outputPath: string): boolean {
	try {
		cpSync(cached, outputPath, { recursive: true });
		return true;
	} catch {
		rmSync(outputPath, { recursive: true, force: true });
		return false;
	}
}

/**
 * The search cache folder of the project at `root`: `.cache/search/`, or `REPORT_PRESS_SEARCH_CACHE`
 * (a folder, relative to `root`; `off` indexes everything).
 */
export function searchCacheDir(root: string): string | undefined {
	const setting = process.env.REPORT_PRESS_SEARCH_CACHE?.trim();
	if (setting === 'off' || setting === '0') return undefined;
	return resolve(root, setting || join('.cache', 'search'));
}

function failOn(errors: string[] | undefined, doing: string): void {
	if (errors && errors.length > 0) throw new Error(`search: Pagefind failed ${doing}:\n  ${errors.join('\n  ')}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

type PublishedEdition = ArchiveEdition & { data: ReportFrontmatter };

/** Every published edition of the archive (drafts have no page), zh-Hant derived once. */
function publishedEditions(contentDir: string, root: string): PublishedEdition[] {
	return readArchive(contentDir, root).editions.flatMap((edition): PublishedEdition[] => {
		const parsed = reportSchema.safeParse(edition.frontmatter);
		// A file that fails its checks stops the build before this runs; nothing to index here.
		return parsed.success && parsed.data.status !== 'draft' ? [{ ...edition, data: parsed.data }] : [];
	});
}

/** The plain block text of an edition, from its block model. */
const editionText = (edition: PublishedEdition): EditionText => ({
	language: edition.data.language,
	data: edition.data,
	blocks: blocksOfEdition(edition).map((block) => ({
		id: block.id,
		kind: block.kind,
		text: (block.text ?? '').replace(/\s+/g, ' ').trim(),
		untranslated: block.untranslated,
	})),
});

/** Every published edition with its plain block text. */
export const readEditions = (contentDir: string, root: string): EditionText[] => publishedEditions(contentDir, root).map(editionText);

/**
 * A shard's words as one record of the word-list bundle: each word of the shard's records once, as
 * Pagefind is asked for them (index-terms.ts). Searched with a query, that bundle answers which shards
 * hold its words by Pagefind's own rules applied to all shards at once, as one index of the whole
 * archive would: the browser then searches only those shards (pagefind-bundle.ts).
 */
function wordListRecord(language: SearchLanguage, shard: string, records: readonly SearchRecord[]): SearchRecord {
	const words = new Set(records.flatMap((record) => searchTerms(record.content)));
	return {
		url: `/${bundlePath(language, WORD_LIST)}/#${shard}`,
		content: [...words].sort().join(' '),
		language,
		meta: {},
		filters: { [WORD_LIST]: [shard] },
		sort: {},
	};
}

/** The records of one shard of a language's editions; each record's target must be an element of its built page. */
function shardRecords(
	editions: readonly PublishedEdition[],
	language: SearchLanguage,
	shard: string,
	outDir: string,
	logger: AstroIntegrationLogger,
): SearchRecord[] {
	return editions.flatMap((edition) => {
		const page = join(outDir, language, edition.data.report, 'index.html');
		if (!existsSync(page)) {
			logger.warn(`search: no page ${relative(outDir, page)} for ${edition.data.report} (${language}); not indexed.`);
			return [];
		}
		const ids = new Set([...readFileSync(page, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
		const records = editionRecords(editionText(edition), recordLabels[language], shard);
		const missing = records.filter((record) => record.meta.id && !ids.has(record.meta.id!));
		if (missing.length > 0) {
			throw new Error(
				`search: ${missing.length} block(s) of ${edition.data.report} (${language}) have no element with their id in ${relative(outDir, page)}: ${missing
					.slice(0, 5)
					.map((record) => record.meta.id)
					.join(', ')}. A hit would link nowhere.`,
			);
		}
		return records;
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
