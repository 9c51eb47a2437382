import { glossaryFor, type GlossaryEntry } from '../content/glossary.ts';
import type { AlignedBlock, ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import { renderingOccurs, termOccurrences } from './glossary-match.ts';
import type { ContentProblem } from '../shared/problem.ts';
import type { PairNames } from './alignment.ts';

type GlossaryBlock = Pick<ModelBlock, 'id' | 'line' | 'kind' | 'text'>;

export interface GlossaryNames extends PairNames {
	/** Report id: selects the glossary rows that hold for the report and names its variants (`<report>#<id>`). */
	report: string;
}

export interface GlossaryCheckOptions {
	/** Where the glossary lives, as messages name it. */
	glossaryPath?: string;
}

/** An entry's variants as a set: the list grows with the archive, and every report's every paragraph looks it up. */
const variantSets = new WeakMap<GlossaryEntry, Set<string>>();
function variantSet(entry: GlossaryEntry): Set<string> {
	let set = variantSets.get(entry);
	if (!set) variantSets.set(entry, (set = new Set(entry.variants)));
	return set;
}

/**
 * The glossary checks of one translation, over the rows that hold for its report (archive rows,
 * replaced by the report's own rows for the same term; `glossaryFor`). Where a term occurs in a block
 * of the original (found once per block and term):
 * - one of its renderings must occur in the aligned block of the translation, unless that block is
 *   listed in the term's variants (`glossary-term`);
 * - none of its forbidden renderings may occur there, variants or not (`glossary-forbidden`).
 * Renderings match with case, quotes, hyphens and simple inflection ignored; each term is reported once
 * per block, each forbidden rendering once per block, with the fix. Untranslated blocks are skipped.
 */
export function checkGlossaryReport(
	glossary: readonly GlossaryEntry[],
	pairs: readonly AlignedBlock<GlossaryBlock>[],
	names: GlossaryNames,
	options: GlossaryCheckOptions = {},
): ContentProblem[] {
	const entries = glossaryFor(glossary, names.report);
	const glossaryPath = options.glossaryPath ?? 'content/glossary.tsv';
	const terms = entries.map((entry) => entry.zh);
	const originalName = names.original.split('/').at(-1);
	const missing: ContentProblem[] = [];
	const forbidden: ContentProblem[] = [];
	for (const { original: source, translation: block } of pairs) {
		// An untranslated block has no text to check.
		const text = block?.text;
		if (!block || text === undefined) continue;
		const zh = source.text ?? '';
		const variantKey = `${names.report}#${block.id}`;
		const where = { file: names.translation, ...(block.line ? { line: block.line } : {}) };
		for (const entry of entries) {
			if (termOccurrences(entry.zh, zh, terms).length === 0) continue;
			if (!variantSet(entry).has(variantKey) && !entry.en.some((rendering) => renderingOccurs(rendering, text))) {
				const expected = entry.en.map((rendering) => `“${rendering}”`).join(' or ');
				missing.push({
					...where,
					ruleId: 'glossary-term',
					message: `${blockLabel(block.kind)} ${block.id}: ${entry.zh} (${originalName}:${source.line}) must be rendered ${expected} (${glossaryPath}:${entry.line}). Use that rendering, or, if this paragraph needs other wording, add ${variantKey} to the term's variants column.`,
				});
			}
			for (const rendering of entry.forbidden) {
				if (!renderingOccurs(rendering, text)) continue;
				// Quotes are ignored in matching; the fix is set in quotes of its own.
				const fix = entry.en.map((accepted) => `“${accepted.replace(/["“”]/g, '')}”`).join(' or ');
				forbidden.push({
					...where,
					ruleId: 'glossary-forbidden',
					message: `${blockLabel(block.kind)} ${block.id}: ${entry.zh} (${originalName}:${source.line}) is rendered “${rendering}”, which the glossary forbids (${glossaryPath}:${entry.line}). Write ${fix} instead.`,
				});
			}
		}
	}
	// Missing renderings first, then forbidden ones: the order the build has always reported them in.
	return [...missing, ...forbidden];
}
