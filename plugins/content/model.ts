/**
 * The text of one edition as data: every part, section and paragraph with its stable id, its plain
 * text, its lead phrases and its figures (plugins/figures). Pure: reads the edition's Markdown, so
 * exports, the targets table and the feed all see exactly what the reading page shows.
 */
import type { Paragraph, Heading, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody } from './editions.ts';
import { blockText, extractFigures, figureLanguageOf, isUntranslated, type Figure } from './figures/index.ts';
import { structureIds } from './structure.ts';

export interface ModelBlock {
	/** Stable id (`p2-s1-3`), the same in every edition. */
	id: string;
	kind: 'part' | 'section' | 'paragraph';
	/** Plain text, without Markdown; for an untranslated paragraph, undefined. */
	text: string | undefined;
	/** Lead phrases set in bold, in order. */
	leads: string[];
	/** Figures read from the text (none for an untranslated paragraph). */
	figures: Figure[];
}

/**
 * Parsed once per edition text and language: a report's three reading pages (figures table), its JSON and
 * its CSV export all ask for the same editions. Parsing each time cost five Markdown parses and figure
 * extractions per edition, and the garbage they left made every page slower as the archive grew.
 * Bounded, for the dev server, where edited texts come and go. Callers must not change the result.
 */
const parsed = new Map<string, Map<string, ModelBlock[]>>();
const parsedLimit = 2000;

/** Every block of an edition body (Markdown, with or without frontmatter), in order. */
export function editionBlocks(markdown: string, language: string): ModelBlock[] {
	let byText = parsed.get(language);
	if (!byText) parsed.set(language, (byText = new Map()));
	const known = byText.get(markdown);
	if (known) return known;
	if (byText.size >= parsedLimit) byText.clear();
	const blocks = parseEditionBlocks(markdown, language);
	byText.set(markdown, blocks);
	return blocks;
}

function parseEditionBlocks(markdown: string, language: string): ModelBlock[] {
	const tree = parseBody({ body: markdown, bodyStartLine: 1 });
	const figureLanguage = figureLanguageOf(language);
	return structureIds(tree).blocks.map((block) => {
		const text = blockText(block.node);
		if (isUntranslated(text)) return { id: block.id, kind: block.kind, text: undefined, leads: [], figures: [] };
		return { id: block.id, kind: block.kind, text, leads: leadsOf(block.node), figures: extractFigures(text, figureLanguage) };
	});
}

function leadsOf(node: Heading | Paragraph): string[] {
	return node.children.filter((child): child is Strong => child.type === 'strong').map((child) => toString(child));
}
