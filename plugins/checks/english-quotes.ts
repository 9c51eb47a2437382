import type { Root, RootContent } from 'mdast';
import type { ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';

/**
 * The English edition reads like an official translation: typographic quotes and apostrophes
 * (Changzhou’s, “set out anew”, ‘three new’ inside a quotation), never the typewriter ' and ". Each
 * straight mark in the running text is named by paragraph, line and column, with the mark to write
 * there. Only text: raw HTML (refused by checks/markup.ts) and the frontmatter's YAML quoting are not
 * running text.
 */
export interface EnglishEdition {
	displayPath: string;
	/** The Markdown body the tree was parsed from (its offsets). */
	body: string;
	tree: Root;
	blocks: Pick<ModelBlock, 'id' | 'line' | 'kind'>[];
}

/** Before an opening mark: the start of the text, a space, a bracket, a dash, a slash or another opening quote. */
const OPENS_AFTER = /^$|[\s([{—–\-/“‘]$/u;
const LETTER = /[\p{L}\p{N}]/u;

/** The typographic mark a straight one stands for, from what is around it. */
export function typographicQuote(before: string, mark: "'" | '"', after: string): { mark: string; name: string } {
	if (mark === '"') return OPENS_AFTER.test(before) ? { mark: '“', name: 'opening double quote' } : { mark: '”', name: 'closing double quote' };
	const letterBefore = LETTER.test(before.slice(-1));
	if (letterBefore && LETTER.test(after.slice(0, 1))) return { mark: '’', name: 'apostrophe' };
	if (/^\d\ds\b/.test(after)) return { mark: '’', name: 'apostrophe' };
	if (OPENS_AFTER.test(before)) return { mark: '‘', name: 'opening single quote' };
	return { mark: '’', name: letterBefore ? 'apostrophe or closing single quote' : 'closing single quote' };
}

export function checkEnglishQuotes(edition: EnglishEdition): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const visit = (node: RootContent | Root) => {
		if (node.type === 'text' && node.position) {
			const { start, end } = node.position;
			const source = edition.body.slice(start.offset, end.offset);
			for (const match of source.matchAll(/['"]/g)) {
				const before = source.slice(0, match.index);
				const lineBreaks = before.split('\n').length - 1;
				const line = start.line + lineBreaks;
				const column = lineBreaks === 0 ? start.column + [...before].length : [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
				const block = edition.blocks.find((candidate) => candidate.line === line);
				const where = block ? `${blockLabel(block.kind)} ${block.id}, column ${column}` : `column ${column}`;
				const fix = typographicQuote(before, match[0] as "'" | '"', source.slice(match.index + 1));
				const context = [...source.slice(Math.max(0, match.index - 12), match.index + 13)].join('').replace(/\s+/g, ' ');
				problems.push({
					file: edition.displayPath,
					line,
					ruleId: 'english-straight-quote',
					message: `${where}: straight ${match[0] === '"' ? 'double quote "' : "apostrophe '"} in “${context}”; the English edition sets typographic quotes. Write ${fix.mark} (${fix.name}) there.`,
				});
			}
			return;
		}
		if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
	};
	visit(edition.tree);
	return problems;
}
