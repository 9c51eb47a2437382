import type { GlossaryEntry } from '../content/glossary.ts';
import type { AlignedBlock, ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import { renderingOccurs, termOccurrences } from './glossary-match.ts';
import type { ContentProblem } from '../shared/problem.ts';
import type { PairNames } from './alignment.ts';

type GlossaryBlock = Pick<ModelBlock, 'id' | 'line' | 'kind' | 'text'>;

export interface GlossaryNames extends PairNames {
	/** Report id, to look up allowed variants (`<report>#<id>`). */
	report: string;
}

export interface GlossaryCheckOptions {
	/** Where the glossary lives, as messages name it. */
	glossaryPath?: string;
}

/**
 * Where a glossary term occurs in a paragraph of the original, one of its renderings must occur in
 * the aligned paragraph of the translation, unless that paragraph is listed in the term's variants.
 * Each term is reported once per paragraph. Untranslated paragraphs are skipped.
 */
/** An entry's variants as a set: the list grows with the archive, and every report's every paragraph looks it up. */
const variantSets = new WeakMap<GlossaryEntry, Set<string>>();
function variantSet(entry: GlossaryEntry): Set<string> {
	let set = variantSets.get(entry);
	if (!set) variantSets.set(entry, (set = new Set(entry.variants)));
	return set;
}

export function checkGlossary(
	glossary: readonly GlossaryEntry[],
	pairs: readonly AlignedBlock<GlossaryBlock>[],
	names: GlossaryNames,
	options: GlossaryCheckOptions = {},
): ContentProblem[] {
	const glossaryPath = options.glossaryPath ?? 'content/glossary.tsv';
	const terms = glossary.map((entry) => entry.zh);
	const originalName = names.original.split('/').at(-1);
	const problems: ContentProblem[] = [];
	for (const { original: source, translation: block } of pairs) {
		// An untranslated paragraph has no text to check.
		const text = block?.text;
		if (!block || text === undefined) continue;
		const zh = source.text ?? '';
		const variantKey = `${names.report}#${block.id}`;
		for (const entry of glossary) {
			if (termOccurrences(entry.zh, zh, terms).length === 0) continue;
			if (variantSet(entry).has(variantKey)) continue;
			if (entry.en.some((rendering) => renderingOccurs(rendering, text))) continue;
			const expected = entry.en.map((rendering) => `“${rendering}”`).join(' or ');
			problems.push({
				file: names.translation,
				...(block.line ? { line: block.line } : {}),
				ruleId: 'glossary-term',
				message: `${blockLabel(block.kind)} ${block.id}: ${entry.zh} (${originalName}:${source.line}) must be rendered ${expected} (${glossaryPath}:${entry.line}). Use that rendering, or, if this paragraph needs other wording, add ${variantKey} to the term's variants column.`,
			});
		}
	}
	return problems;
}
