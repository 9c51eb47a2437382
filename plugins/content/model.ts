/**
 * The block model: the text of one edition as data, the one reading of an edition's Markdown that
 * every stage uses. Each part, section, paragraph, annex, note with its stable id, plain text, inline
 * HTML, lead phrases, figures (plugins/content/figures) and untranslated flag. Checks, reading,
 * parallel and print pages, search records, exports and the figures table all take their blocks from
 * here, so they all see exactly the same text; no stage parses rendered HTML back into blocks.
 */
import { createHash } from 'node:crypto';
import type { Element, Root as HastRoot, ElementContent } from 'hast';
import type { Heading, Paragraph, Root, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { extractFigures, figureLanguageOf, type Figure } from './figures/index.ts';
import { keepTogetherRanges } from './keep-together.ts';
import { annotateBlock, blockLabel, isTextKind, noteReference, structureIds, type BlockKind, type StructureProblem } from './structure.ts';

export type { BlockKind } from './structure.ts';

export interface ModelBlock {
	/** Stable id (`p2-s1-3`, `a1-2`, `n3`), the same in every edition. */
	id: string;
	kind: BlockKind;
	/** 1-based line in the Markdown it was read from (for messages). */
	line: number | undefined;
	/** Plain text, without Markdown; for an untranslated paragraph, undefined. */
	text: string | undefined;
	/**
	 * Inline HTML as the site's Markdown processor renders it (lead phrases as `<strong class="lead">`),
	 * note markers as text: what print sets. For an untranslated paragraph, the marker as rendered.
	 */
	html: string;
	/** Inline HTML for the web: like `html`, each note marker (`［25］`) a link to its note. Absent when the same as `html`. */
	linkedHtml?: string;
	/** Lead phrases set in bold, in order. */
	leads: string[];
	/** Figures read from the text (none for an untranslated paragraph). */
	figures: Figure[];
	/** A paragraph a partial translation holds as `[[untranslated]]`. */
	untranslated: boolean;
	/**
	 * A paragraph that opens with a numbered lead phrase (`**（一）坚持稳中求进。**`, `**(1) …**`): a section
	 * written as the opening sentence of a paragraph. Its title for the tables of contents.
	 */
	item?: string;
}

/** The model of one edition: its blocks, and what in its structure has no place in a report. */
export interface EditionModel {
	blocks: ModelBlock[];
	problems: StructureProblem[];
}

const untranslatedMarker = '[[untranslated]]';

/** The paragraph a partial translation has not translated yet: the one test of the marker. */
export const isUntranslated = (text: string | undefined): boolean => text?.trim() === untranslatedMarker;

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkCjkFriendly);

// The inline HTML of a block through the same remark-rehype and rehype-stringify (with the options Astro's
// unified processor gives them), so the pages keep the HTML the site's Markdown processor writes.
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true, passThrough: [] });
const toHtml = unified().use(rehypeStringify, { allowDangerousHtml: true });

/**
 * Parse an edition (Markdown, with or without frontmatter) into its syntax tree and its model. Lines
 * are counted from `startLine` (the line the Markdown starts on in its file). Uncached: the checks
 * need the tree; every other stage asks `editionBlocks`.
 */
export function parseEdition(markdown: string, language: string, startLine = 1): { tree: Root; model: EditionModel } {
	const tree = parser.parse(markdown) as Root;
	if (startLine !== 1) shiftLines(tree, startLine - 1);
	const { blocks, problems } = structureIds(tree);
	const figureLanguage = figureLanguageOf(language);
	const notes = new Map(blocks.filter((block) => block.kind === 'note').map((block) => [block.id, toString(block.node)]));
	const model = blocks.map((block): ModelBlock => {
		annotateBlock(block);
		const text = toString(block.node);
		const inline = language === 'en' ? keepTogether(inlineHast(block.node)) : inlineHast(block.node);
		const html = toHtml.stringify(inline);
		if (isUntranslated(text)) return { id: block.id, kind: block.kind, line: block.line, text: undefined, html, leads: [], figures: [], untranslated: true };
		const leads = leadsOf(block.node);
		const linked = block.kind === 'note' || notes.size === 0 ? undefined : linkNotes(inline, notes);
		const item = block.node.type === 'paragraph' && block.kind === 'paragraph' ? itemOf(block.node) : undefined;
		return {
			id: block.id,
			kind: block.kind,
			line: block.line,
			text,
			html,
			...(linked ? { linkedHtml: toHtml.stringify(linked) } : {}),
			leads,
			figures: extractFigures(notes.size > 0 ? blankNoteMarkers(text, notes) : text, figureLanguage),
			untranslated: false,
			...(item ? { item } : {}),
		};
	});
	// A reference to a note the notes lack would link nowhere: the marker or the note was lost.
	if (notes.size > 0) {
		for (const block of model) {
			if (block.kind === 'note' || !block.text) continue;
			for (const match of block.text.matchAll(noteReference)) {
				if (notes.has(`n${match[1] ?? match[2]}`)) continue;
				problems.push({ line: block.line, ruleId: 'note-reference', message: `${blockLabel(block.kind)} ${block.id} refers to note ${match[0]}, which the notes do not have. Restore the note, or correct the marker to the note it means.` });
			}
		}
	}
	return { tree, model: { blocks: model, problems } };
}

/**
 * Parsed once per edition text and language, for the whole build: checks, content loader, pages,
 * exports and search all ask for the same editions. Held on `globalThis` because Astro runs the
 * integration hooks and the prerendered pages from separate module instances in one process. Keyed by
 * a digest of the text, not the text: a key of its own would hold every edition's Markdown once more.
 * Bounded for the dev server, where edited texts come and go, far above what one build asks for (an
 * archive of 3,000 reports in three languages): a bound a build could reach would have every stage
 * after it parse every edition again. Callers must not change the result.
 */
const cacheKey = Symbol.for('report-press:edition-models');
const cache = ((globalThis as Record<symbol, unknown>)[cacheKey] ??= new Map<string, EditionModel>()) as Map<string, EditionModel>;
const cacheLimit = 10_000;
const keyOf = (markdown: string, language: string): string => `${language}:${createHash('sha256').update(markdown).digest('base64')}`;

/** The model of an edition's Markdown (with or without frontmatter; lines counted from its first line). */
export function editionModel(markdown: string, language: string): EditionModel {
	const key = keyOf(markdown, language);
	return cache.get(key) ?? keep(key, parseEdition(markdown, language).model);
}

/** Every block of an edition, in order. */
export const editionBlocks = (markdown: string, language: string): ModelBlock[] => editionModel(markdown, language).blocks;

/** Keep a model read elsewhere (the checks parse each stored file for its tree) for the stages after. */
export const remember = (markdown: string, language: string, model: EditionModel): EditionModel => keep(keyOf(markdown, language), model);

function keep(key: string, model: EditionModel): EditionModel {
	// The oldest entry goes first (a Map keeps insertion order): the dev server's superseded texts.
	if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
	// A copy that owns its strings: the texts, leads and figures are slices of the Markdown they were
	// read from, and a slice keeps the whole of that Markdown alive, one more copy of every edition.
	const owned = structuredClone(model);
	cache.set(key, owned);
	return owned;
}

/** One block of the original with its counterpart in the translation (same id), if it has one. */
export interface AlignedBlock<B> {
	original: B;
	translation: B | undefined;
}

/**
 * Pair a translation with its original by id, in the original's order: for every cross-edition check
 * (alignment, lead phrases, figures, glossary), the parallel view and the bilingual print edition.
 * `extra` holds the translation's blocks the original does not have.
 */
export function alignedBlocks<B extends { id: string }>(original: readonly B[], translation: readonly B[]): { pairs: AlignedBlock<B>[]; extra: B[] } {
	const byId = new Map(translation.map((block) => [block.id, block]));
	const ids = new Set(original.map((block) => block.id));
	return {
		pairs: original.map((block) => ({ original: block, translation: byId.get(block.id) })),
		extra: translation.filter((block) => !ids.has(block.id)),
	};
}

function leadsOf(node: Heading | Paragraph): string[] {
	return node.children.filter((child): child is Strong => child.type === 'strong').map((child) => toString(child));
}

/** A section number opening a lead phrase: （一） in Chinese, (1) in English. */
const itemNumber = /^(?:（[一二三四五六七八九十]+）|\(\d+\))/;

/** The TOC title of a numbered item: its first lead phrase up to the first full stop, without the stop. */
function itemOf(node: Paragraph): string | undefined {
	const first = node.children[0];
	if (first?.type !== 'strong') return undefined;
	const lead = toString(first);
	if (!itemNumber.test(lead)) return undefined;
	const sentence = /^.+?(?:[。！？]|\.(?=\s|$))/u.exec(lead)?.[0] ?? lead;
	return sentence.replace(/[。！？.]$/u, '').trim();
}

/**
 * The text with each note marker (`［25］`, a label, not a figure) blanked to spaces of its length, so
 * figures keep their offsets in the text. Only markers of notes the edition has.
 */
const blankNoteMarkers = (text: string, notes: ReadonlyMap<string, string>): string =>
	text.replace(noteReference, (marker, zh?: string, en?: string) => (notes.has(`n${zh ?? en}`) ? ' '.repeat(marker.length) : marker));

/** The inline content of a block as hast, through the same mdast→hast step as the pages' processor. */
function inlineHast(node: Heading | Paragraph): HastRoot {
	const hast = toHast.runSync({ type: 'root', children: [node] } as Root) as HastRoot;
	const element = hast.children.find((child): child is Element => child.type === 'element');
	return { type: 'root', children: element?.children ?? [] };
}

/**
 * English inline content with each run that must not break at a line end (keep-together.ts:
 * `RMB 48 billion`, `Zhang Kaiqi`) inside `<span class="nobr">`, once here for web and print alike.
 * Only elements are added; the text is the same.
 */
function keepTogether(root: HastRoot): HastRoot {
	const visit = (children: ElementContent[]): ElementContent[] =>
		children.flatMap((child): ElementContent[] => {
			if (child.type === 'element') return [{ ...child, children: visit(child.children) }];
			if (child.type !== 'text') return [child];
			const ranges = keepTogetherRanges(child.value);
			if (ranges.length === 0) return [child];
			const out: ElementContent[] = [];
			let last = 0;
			for (const [start, end] of ranges) {
				if (start > last) out.push({ type: 'text', value: child.value.slice(last, start) });
				out.push({ type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text', value: child.value.slice(start, end) }] });
				last = end;
			}
			if (last < child.value.length) out.push({ type: 'text', value: child.value.slice(last) });
			return out;
		});
	return { type: 'root', children: visit(root.children as ElementContent[]) };
}

/**
 * The inline content with every note reference (`“五社联动”［25］`) made a link to its note, its text as
 * the link's title; a marker with no note of that number stays text. Only for the web: the print
 * edition keeps the marker as text, the notes are printed after the report.
 */
function linkNotes(root: HastRoot, notes: ReadonlyMap<string, string>): HastRoot | undefined {
	let changed = false;
	const visit = (children: ElementContent[]): ElementContent[] =>
		children.flatMap((child): ElementContent[] => {
			if (child.type === 'element') return [{ ...child, children: visit(child.children) }];
			if (child.type !== 'text') return [child];
			const out: ElementContent[] = [];
			let last = 0;
			for (const match of child.value.matchAll(noteReference)) {
				const id = `n${match[1] ?? match[2]}`;
				const note = notes.get(id);
				if (!note) continue;
				changed = true;
				if (match.index > last) out.push({ type: 'text', value: child.value.slice(last, match.index) });
				out.push({ type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['note-ref'], title: note }, children: [{ type: 'text', value: match[0] }] });
				last = match.index + match[0].length;
			}
			if (last === 0) return [child];
			if (last < child.value.length) out.push({ type: 'text', value: child.value.slice(last) });
			return out;
		});
	const children = visit(root.children as ElementContent[]);
	return changed ? { type: 'root', children } : undefined;
}

function shiftLines(node: { position?: { start: { line: number }; end: { line: number } } | undefined; children?: unknown[] }, by: number): void {
	if (node.position) {
		node.position.start.line += by;
		node.position.end.line += by;
	}
	for (const child of (node.children ?? []) as (typeof node)[]) shiftLines(child, by);
}

export { isTextKind };
