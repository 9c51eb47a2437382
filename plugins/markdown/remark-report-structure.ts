import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { annotateBlock, structureIds } from '../content/structure.ts';

const source = 'report-press:structure';

/** True when the file being rendered is a report edition (its frontmatter names a report). */
export function isReportFile(file: VFile): boolean {
	const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
	return typeof astro?.frontmatter?.report === 'string';
}

/**
 * For a report edition rendered through the site's Markdown processor: give every block its stable id
 * (see `structureIds`) and mark lead phrases, exactly as the block model (content/model.ts) writes
 * them for the pages. Other Markdown (about pages) passes through untouched.
 */
export default function remarkReportStructure() {
	return (tree: Root, file: VFile) => {
		if (!isReportFile(file)) return;
		const { blocks, problems } = structureIds(tree);
		for (const problem of problems) {
			file.message(problem.message, { place: problem.line ? { line: problem.line, column: 1 } : undefined, ruleId: problem.ruleId, source });
		}
		for (const block of blocks) annotateBlock(block);
	};
}
