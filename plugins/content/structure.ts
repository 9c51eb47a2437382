import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * What a block is. The report proper: `part` (##), `section` (###), `paragraph`. Back matter, after the
 * closing paragraph, each block opened by a `#` heading: an `annex` heading (附件1…, 名词解释) whose
 * paragraphs are plain `paragraph`s numbered within it, or the `notes` heading (注释) whose paragraphs
 * are `note`s. Annex paragraphs stay `paragraph`: they read, cite, search and print as paragraphs do;
 * their container is in their id (`a1-3`).
 */
export type BlockKind = 'part' | 'section' | 'paragraph' | 'annex' | 'notes' | 'note';

/** One addressable block of a report: a part, a section, a paragraph, an annex or notes heading, a note. */
export interface StructureBlock {
	/** Stable id derived from position in the structure only, e.g. `p2-s1-3`, `a1-2`, `n3`. */
	id: string;
	kind: BlockKind;
	/** 1-based source line, for messages. */
	line: number | undefined;
	node: Heading | Paragraph;
}

/** A block that has no place in a report body (a list, a table, a `####` heading…). */
export interface StructureProblem {
	message: string;
	line: number | undefined;
	ruleId: 'unexpected-block' | 'section-outside-part' | 'back-matter' | 'note-number' | 'note-reference';
}

/**
 * A note's marker at the start of its paragraph: `［1］` (zh, full width) or `[1]` (en). In the body, the
 * same marker after a term (`“五社联动”［25］`) refers to note 25.
 */
export const noteMarker = /^(?:［(\d+)］|\[(\d+)\])/;
/** Every note reference in a text, number in group 1 or 2. */
export const noteReference = /［(\d+)］|\[(\d+)\]/g;

/** The note number a paragraph opens with, if it opens with a marker. */
export function noteNumberOf(text: string): number | undefined {
	const match = noteMarker.exec(text);
	return match ? Number(match[1] ?? match[2]) : undefined;
}

/**
 * Derive ids from structure alone: parts are `##` headings (`p1`…), sections `###` headings inside a
 * part (`p1-s2`), paragraphs are numbered within their container (`p0-1` before the first part,
 * `p1-3` in a part outside sections, `p1-s2-3` in a section). Back matter: each `#` heading opens an
 * annex (`a1`, `a2`…, paragraphs `a1-1`…) or, when every paragraph under it opens with a note marker,
 * the notes (`notes`, each note `n<N>` from its marker, markers running 1..N). Text never enters an id
 * but for the note number, which the notes carry as their own label; correcting a word never moves an
 * id, and every language edition with the same structure gets the same ids.
 */
export function structureIds(tree: Root): { blocks: StructureBlock[]; problems: StructureProblem[] } {
	const blocks: StructureBlock[] = [];
	const problems: StructureProblem[] = [];
	let part = 0;
	let section = 0;
	let paragraph = 0;
	let annex = 0;
	/** The back-matter block being read: its heading and its paragraphs, classified when it ends. */
	let back: { heading: Heading; line: number | undefined; paragraphs: Paragraph[] } | undefined;
	let notesSeen = false;
	const closeBack = () => {
		if (!back) return;
		const numbers = back.paragraphs.map((node) => noteNumberOf(toString(node)));
		const marked = numbers.filter((number) => number !== undefined).length;
		if (marked > 0 && marked === numbers.length && !notesSeen) {
			notesSeen = true;
			blocks.push({ id: 'notes', kind: 'notes', line: back.line, node: back.heading });
			back.paragraphs.forEach((node, index) => {
				const line = node.position?.start.line;
				if (numbers[index] !== index + 1) {
					problems.push({ line, ruleId: 'note-number', message: `Note ${index + 1} of the notes is numbered ${numbers[index]}; the markers must run 1, 2, 3… in order. Renumber the notes (and the references to them in the text).` });
				}
				blocks.push({ id: `n${numbers[index]}`, kind: 'note', line, node });
			});
		} else {
			if (marked > 0) {
				problems.push({
					line: back.line,
					ruleId: 'back-matter',
					message: notesSeen
						? 'A second notes block: a report has one, under one `#` heading. Merge the notes into it.'
						: `Under this \`#\` heading ${marked} of ${numbers.length} paragraphs open with a note marker (［1］); notes must all open with one, an annex with none. Mark every note, or remove the markers from the annex.`,
				});
			}
			annex += 1;
			blocks.push({ id: `a${annex}`, kind: 'annex', line: back.line, node: back.heading });
			back.paragraphs.forEach((node, index) => blocks.push({ id: `a${annex}-${index + 1}`, kind: 'paragraph', line: node.position?.start.line, node }));
		}
		back = undefined;
	};
	for (const node of tree.children as RootContent[]) {
		const line = node.position?.start.line;
		if (node.type === 'heading' && node.depth === 1) {
			closeBack();
			back = { heading: node, line, paragraphs: [] };
		} else if (back && node.type === 'paragraph') {
			back.paragraphs.push(node);
		} else if (back && node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
			problems.push({ line, ruleId: 'back-matter', message: `A level-${node.depth} heading after the back matter began (the first \`#\` heading): annexes and notes hold only paragraphs. Move the part or section before the annexes, or make it a \`#\` heading of its own.` });
		} else if (node.type === 'heading' && node.depth === 2) {
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
	closeBack();
	return { blocks, problems };
}

/** Kinds that hold running text (cited, searched, set as paragraphs), as opposed to headings. */
export const isTextKind = (kind: BlockKind): boolean => kind === 'paragraph' || kind === 'note';

/** How messages name a block of this kind. */
export const blockLabel = (kind: BlockKind): string => (kind === 'paragraph' ? 'Paragraph' : kind === 'note' ? 'Note' : 'Heading');

/**
 * Mark a block for HTML: its id and kind as attributes (`id`, `data-block`), and lead phrases (`**…**`,
 * the only use of strong emphasis in a report) as `<strong class="lead">`, so they can be set as printed
 * editions set them. Shared by the remark plugin and the block model, so both write the same HTML.
 */
export function annotateBlock(block: Pick<StructureBlock, 'id' | 'kind' | 'node'>): void {
	const data = (block.node.data ??= {});
	data.hProperties = { ...data.hProperties, id: block.id, 'data-block': block.kind };
	if (!isTextKind(block.kind)) return;
	for (const child of block.node.children) {
		if (child.type === 'strong') {
			const childData = (child.data ??= {});
			childData.hProperties = { ...childData.hProperties, className: ['lead'] };
		}
	}
}

function describe(node: RootContent): string {
	return node.type === 'heading' ? `level-${node.depth} heading` : node.type;
}
