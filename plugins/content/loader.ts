import type { Loader, LoaderContext } from 'astro/loaders';
import { readArchive, type ArchiveEdition } from './archive.ts';
import type { ReportFrontmatter } from './schemas/report.ts';

export { deriveTraditional } from './archive.ts';

export interface ReportsLoaderOptions {
	/** Folder holding `reports/<report>/<language>.md` and `zh-hant-exceptions.txt`. */
	contentDir: string;
}

/**
 * Loads every edition of the archive (content/archive.ts: the stored files, and the zh-Hant edition
 * derived from each zh-Hans original with OpenCC, anew at every build) with its validated data and its
 * Markdown as `body`. The pages take their blocks from the block model (content/model.ts), not from
 * rendered HTML, so nothing is rendered here.
 */
export function reportsLoader(options: ReportsLoaderOptions): Loader {
	return {
		name: 'report-press-reports',
		load: async (context) => {
			context.store.clear();
			for (const edition of readArchive(options.contentDir, process.cwd()).editions) await storeEdition(context, edition);
		},
	};
}

async function storeEdition(context: LoaderContext, edition: ArchiveEdition): Promise<ReportFrontmatter> {
	const id = `${String(edition.frontmatter.report)}/${edition.language}`;
	const data = (await context.parseData({ id, data: edition.frontmatter, filePath: edition.file.path })) as ReportFrontmatter;
	context.store.set({ id, data, body: edition.raw, filePath: edition.file.displayPath, digest: context.generateDigest(edition.raw) });
	return data;
}
