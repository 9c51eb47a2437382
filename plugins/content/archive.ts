/**
 * The archive as read from disk: every stored edition file (`<contentDir>/reports/<report>/<language>.md`)
 * read once, and the zh-Hant edition of each zh-Hans original derived once (OpenCC, content/zh-hant.ts).
 * The content checks, the content loader and the search index all start here; their blocks come from
 * the block model (model.ts), which parses each edition text once per build.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { listEditionFiles, readEdition, type EditionFile } from './editions.ts';
import { editionBlocks, type ModelBlock } from './model.ts';
import { readZhHantExceptions, toTraditional } from './zh-hant.ts';

/** One language edition: a stored file, or the zh-Hant edition derived from a zh-Hans file. */
export interface ArchiveEdition {
	/** The file it comes from (for a derived edition, the zh-Hans original's). */
	file: EditionFile;
	/** The edition's Markdown with its frontmatter: as stored, or as derived. */
	raw: string;
	/** Its frontmatter, not yet validated (empty when the file has none). */
	frontmatter: Record<string, unknown>;
	/** The language the frontmatter claims. */
	language: string;
	/** Derived at build time (zh-Hant), never stored. */
	derived: boolean;
}

export interface Archive {
	/** Every stored file, as read, in a stable order (the checks read these). */
	files: EditionFile[];
	/** Every edition, stored and derived: each stored file followed by the zh-Hant edition derived from it. */
	editions: ArchiveEdition[];
}

/** Read every edition under `<contentDir>/reports`; `root` is what display paths are relative to. */
export function readArchive(contentDir: string, root: string): Archive {
	const exceptions = readZhHantExceptions(contentDir);
	const files = listEditionFiles(join(contentDir, 'reports')).map((path) => readEdition(path, root));
	const editions = files.flatMap((file): ArchiveEdition[] => {
		const frontmatter = file.frontmatter ?? {};
		const stored: ArchiveEdition = { file, raw: file.raw, frontmatter, language: String(frontmatter.language), derived: false };
		if (stored.language !== 'zh-Hans') return [stored];
		const hant = deriveTraditional(file, exceptions);
		return [stored, { file, raw: hant.raw, frontmatter: hant.frontmatter, language: 'zh-Hant', derived: true }];
	});
	return { files, editions };
}

/** The blocks of an archive edition (parsed once per build, see model.ts). */
export const blocksOfEdition = (edition: Pick<ArchiveEdition, 'raw' | 'language'>): ModelBlock[] => editionBlocks(edition.raw, edition.language);

/**
 * Derived editions by zh-Hans text and exceptions, for the whole build (the loader and the search
 * index both ask; OpenCC over a whole report is the slowest step of reading it). On `globalThis` for
 * the reason model.ts gives; bounded for the dev server.
 */
const derivedKey = Symbol.for('report-press:zh-hant-editions');
const derived = ((globalThis as Record<symbol, unknown>)[derivedKey] ??= new Map<string, { raw: string; frontmatter: Record<string, unknown> }>()) as Map<string, { raw: string; frontmatter: Record<string, unknown> }>;

/** zh-Hant edition of a zh-Hans file: every Chinese string converted, ids and figures untouched. */
export function deriveTraditional(edition: EditionFile, exceptions: readonly string[]): { raw: string; frontmatter: Record<string, unknown> } {
	const key = createHash('sha256').update(exceptions.join('\n')).update('\0').update(edition.raw).digest('base64');
	const known = derived.get(key);
	if (known) return { raw: known.raw, frontmatter: structuredClone(known.frontmatter) };
	const convert = (value: unknown): unknown => {
		if (typeof value === 'string') return toTraditional(value, exceptions);
		if (Array.isArray(value)) return value.map(convert);
		if (value instanceof Date || value === null || typeof value !== 'object') return value;
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'en' || key === 'sha256' || key === 'file' || key === 'report' ? inner : convert(inner)]));
	};
	const frontmatter = { ...(convert(edition.frontmatter) as Record<string, unknown>), language: 'zh-Hant', derivedFrom: 'zh-Hans' };
	const body = toTraditional(edition.body, exceptions);
	// The derived text carries the derived frontmatter, so it reads as a stored edition does.
	const raw = `---\n${JSON.stringify(frontmatter)}\n---\n${body}`;
	if (derived.size >= 5_000) derived.delete(derived.keys().next().value!);
	derived.set(key, { raw, frontmatter });
	return { raw, frontmatter: structuredClone(frontmatter) };
}
