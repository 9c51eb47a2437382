import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { structureIds } from '../content/structure.ts';

const source = 'report-press:structure';

/** True when the file being rendered is a report edition (its frontmatter names a report). */
export function isReportFile(file: VFile): boolean {
	const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
	return typeof astro?.frontmatter?.report === 'string';
}

/**
 * Give every part, section and paragraph of a report its stable id (see `structureIds`) and mark lead
 * phrases (`**…**`, the only use of strong emphasis in a report) so they can be set as printed
 * editions set them. Other Markdown (about pages) passes through untouched.
 */
export default function remarkReportStructure() {
	return (tree: Root, file: VFile) => {
		if (!isReportFile(file)) return;
		const { blocks, problems } = structureIds(tree);
		for (const problem of problems) {
			file.message(problem.message, { place: problem.line ? { line: problem.line, column: 1 } : undefined, ruleId: problem.ruleId, source });
		}
		for (const block of blocks) {
			const data = (block.node.data ??= {});
			data.hProperties = { ...data.hProperties, id: block.id, 'data-block': block.kind };
			if (block.kind !== 'paragraph') continue;
			for (const child of block.node.children) {
				if (child.type === 'strong') {
					const childData = (child.data ??= {});
					childData.hProperties = { ...childData.hProperties, className: ['lead'] };
				}
			}
		}
		file.data.reportBlocks = blocks.map(({ id, kind }) => ({ id, kind }));
	};
}
