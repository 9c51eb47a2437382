import type { Heading, Paragraph, Root, RootContent } from 'mdast';

/** One addressable block of a report: a part, a section or a paragraph. */
export interface StructureBlock {
	/** Stable id derived from position in the structure only, e.g. `p2-s1-3`. */
	id: string;
	kind: 'part' | 'section' | 'paragraph';
	/** 1-based source line, for messages. */
	line: number | undefined;
	node: Heading | Paragraph;
}

/** A block that has no place in a report body (a list, a table, a `#` heading…). */
export interface StructureProblem {
	message: string;
	line: number | undefined;
	ruleId: 'unexpected-block' | 'section-outside-part';
}

/**
 * Derive ids from structure alone: parts are `##` headings (`p1`…), sections `###` headings inside a
 * part (`p1-s2`), paragraphs are numbered within their container (`p0-1` before the first part,
 * `p1-3` in a part outside sections, `p1-s2-3` in a section). Text never enters an id, so correcting a
 * word never moves one, and every language edition with the same structure gets the same ids.
 */
export function structureIds(tree: Root): { blocks: StructureBlock[]; problems: StructureProblem[] } {
	const blocks: StructureBlock[] = [];
	const problems: StructureProblem[] = [];
	let part = 0;
	let section = 0;
	let paragraph = 0;
	for (const node of tree.children as RootContent[]) {
		const line = node.position?.start.line;
		if (node.type === 'heading' && node.depth === 2) {
			part += 1;
			section = 0;
			paragraph = 0;
			blocks.push({ id: `p${part}`, kind: 'part', line, node });
		} else if (node.type === 'heading' && node.depth === 3) {
			if (part === 0) {
				problems.push({ line, ruleId: 'section-outside-part', message: 'A section heading (###) comes before the first part heading (##); put it inside a part.' });
				continue;
			}
			section += 1;
			paragraph = 0;
			blocks.push({ id: `p${part}-s${section}`, kind: 'section', line, node });
		} else if (node.type === 'paragraph') {
			paragraph += 1;
			const container = section > 0 ? `p${part}-s${section}` : `p${part}`;
			blocks.push({ id: `${container}-${paragraph}`, kind: 'paragraph', line, node });
		} else if (node.type !== 'yaml' && node.type !== 'html' && node.type !== 'definition') {
			problems.push({
				line,
				ruleId: 'unexpected-block',
				message: `A report body holds only parts (##), sections (###) and paragraphs; found a ${describe(node)}. Rewrite it as a paragraph.`,
			});
		}
	}
	return { blocks, problems };
}

function describe(node: RootContent): string {
	return node.type === 'heading' ? `level-${node.depth} heading` : node.type;
}
