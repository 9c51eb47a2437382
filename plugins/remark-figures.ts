import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, extractFigures, figureLanguageOf, isUntranslated, type ExtractOptions, type Figure } from './figures/index.ts';
import { isReportFile } from './remark-report-structure.ts';
import { structureIds } from './structure-ids.ts';

declare module 'vfile' {
	interface DataMap {
		/** Figures of each part, section and paragraph of a report, by stable id (blocks without figures omitted). */
		figures: Record<string, Figure[]>;
	}
}

/**
 * Attach the figures of every block of a report edition to `file.data.figures`, keyed by the block's
 * stable id, so pages can build tables and exports from them. Reads the edition language from the
 * frontmatter; other Markdown passes through untouched.
 */
export default function remarkFigures(options: ExtractOptions = {}) {
	return (tree: Root, file: VFile) => {
		if (!isReportFile(file)) return;
		const frontmatter = (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
		const language = figureLanguageOf(String(frontmatter.language ?? 'zh-Hans'));
		const figures: Record<string, Figure[]> = {};
		for (const block of structureIds(tree).blocks) {
			const text = blockText(block.node);
			if (isUntranslated(text)) continue;
			const found = extractFigures(text, language, options);
			if (found.length > 0) figures[block.id] = found;
		}
		file.data.figures = figures;
	};
}
