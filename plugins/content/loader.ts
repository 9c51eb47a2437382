import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listEditionFiles, readEdition, type EditionFile } from './editions.ts';
import type { ReportFrontmatter } from './schemas/report.ts';
import { readZhHantExceptions, toTraditional } from './zh-hant.ts';

export interface ReportsLoaderOptions {
	/** Folder holding `reports/<report>/<language>.md` and `zh-hant-exceptions.txt`. */
	contentDir: string;
}

/**
 * Loads every stored edition and derives the zh-Hant edition of each zh-Hans original with OpenCC,
 * anew at every build. Markdown is rendered through the site's configured processor, so the
 * report-press remark plugins give every block its id.
 */
export function reportsLoader(options: ReportsLoaderOptions): Loader {
	return {
		name: 'report-press-reports',
		load: async (context) => {
			context.store.clear();
			const exceptions = readZhHantExceptions(options.contentDir);
			for (const path of listEditionFiles(join(options.contentDir, 'reports'))) {
				const edition = readEdition(path, process.cwd());
				const data = await storeEdition(context, edition, edition.raw, edition.frontmatter ?? {});
				if (data.language === 'zh-Hans') {
					const hant = deriveTraditional(edition, exceptions);
					await storeEdition(context, edition, hant.raw, hant.frontmatter);
				}
			}
		},
	};
}

async function storeEdition(context: LoaderContext, edition: EditionFile, raw: string, frontmatter: Record<string, unknown>) {
	const language = String(frontmatter.language);
	const id = `${String(frontmatter.report)}/${language}`;
	const data = (await context.parseData({ id, data: frontmatter, filePath: edition.path })) as ReportFrontmatter;
	const rendered = await context.renderMarkdown(raw, { fileURL: pathToFileURL(edition.path) });
	context.store.set({ id, data, body: raw, rendered, filePath: edition.displayPath, digest: context.generateDigest(raw) });
	return data;
}

/** zh-Hant edition of a zh-Hans file: every Chinese string converted, ids and figures untouched. */
export function deriveTraditional(edition: EditionFile, exceptions: readonly string[]): { raw: string; frontmatter: Record<string, unknown> } {
	const convert = (value: unknown): unknown => {
		if (typeof value === 'string') return toTraditional(value, exceptions);
		if (Array.isArray(value)) return value.map(convert);
		if (value instanceof Date || value === null || typeof value !== 'object') return value;
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'en' || key === 'sha256' || key === 'file' || key === 'report' ? inner : convert(inner)]));
	};
	const frontmatter = { ...(convert(edition.frontmatter) as Record<string, unknown>), language: 'zh-Hant', derivedFrom: 'zh-Hans' };
	const body = toTraditional(edition.body, exceptions);
	// renderMarkdown reads frontmatter from the text, so the derived text carries the derived frontmatter.
	const raw = `---\n${JSON.stringify(frontmatter)}\n---\n${body}`;
	return { raw, frontmatter };
}
