import { glossaryFor, type GlossaryEntry } from '../content/glossary.ts';
import type { AlignedBlock, ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';
import { checkGlossary, type GlossaryCheckOptions, type GlossaryNames } from './glossary.ts';
import { renderingOccurs, termOccurrences } from './glossary-match.ts';

type GlossaryBlock = Pick<ModelBlock, 'id' | 'line' | 'kind' | 'text'>;

/**
 * The glossary checks of one translation: the rows that hold for its report (archive rows, replaced by
 * the report's own rows for the same term; `glossaryFor`), their required renderings (`checkGlossary`)
 * and their forbidden ones.
 */
export function checkGlossaryReport(
	glossary: readonly GlossaryEntry[],
	pairs: readonly AlignedBlock<GlossaryBlock>[],
	names: GlossaryNames,
	options: GlossaryCheckOptions = {},
): ContentProblem[] {
	const entries = glossaryFor(glossary, names.report);
	return [...checkGlossary(entries, pairs, names, options), ...checkGlossaryForbidden(entries, pairs, names, options)];
}

/**
 * Where a glossary term occurs in a block of the original, none of its forbidden renderings may occur
 * in the aligned block of the translation (matched like renderings: case, quotes, hyphens and simple
 * inflection ignored). A paragraph listed in the term's variants may word the term differently, but
 * never in a forbidden way. Each forbidden rendering is reported once per block, with the fix.
 */
export function checkGlossaryForbidden(
	glossary: readonly GlossaryEntry[],
	pairs: readonly AlignedBlock<GlossaryBlock>[],
	names: GlossaryNames,
	options: GlossaryCheckOptions = {},
): ContentProblem[] {
	const glossaryPath = options.glossaryPath ?? 'content/glossary.tsv';
	const ruled = glossary.filter((entry) => entry.forbidden.length > 0);
	if (ruled.length === 0) return [];
	const terms = glossary.map((entry) => entry.zh);
	const originalName = names.original.split('/').at(-1);
	const problems: ContentProblem[] = [];
	for (const { original: source, translation: block } of pairs) {
		const text = block?.text;
		if (!block || text === undefined) continue;
		const zh = source.text ?? '';
		for (const entry of ruled) {
			if (termOccurrences(entry.zh, zh, terms).length === 0) continue;
			for (const rendering of entry.forbidden) {
				if (!renderingOccurs(rendering, text)) continue;
				// Quotes are ignored in matching; the fix is set in quotes of its own.
				const fix = entry.en.map((accepted) => `“${accepted.replace(/["“”]/g, '')}”`).join(' or ');
				problems.push({
					file: names.translation,
					...(block.line ? { line: block.line } : {}),
					ruleId: 'glossary-forbidden',
					message: `${blockLabel(block.kind)} ${block.id}: ${entry.zh} (${originalName}:${source.line}) is rendered “${rendering}”, which the glossary forbids (${glossaryPath}:${entry.line}). Write ${fix} instead.`,
				});
			}
		}
	}
	return problems;
}
