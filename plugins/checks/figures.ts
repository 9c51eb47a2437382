import { compareFigures, formatFigure, type CompareOptions, type Figure } from '../content/figures/index.ts';
import type { AlignedBlock, ModelBlock } from '../content/model.ts';
import { blockLabel } from '../content/structure.ts';
import type { ContentProblem } from '../shared/problem.ts';
import type { PairNames } from './alignment.ts';

type FigureBlock = Pick<ModelBlock, 'id' | 'line' | 'kind' | 'figures' | 'untranslated'>;

/**
 * Every figure of a paragraph of the original must appear in the aligned paragraph of the translation,
 * and the translation must add none: readers cite the English edition's numbers. Problems are reported
 * on the translation, which is the file to fix (the original is imported, not edited). A figure missing
 * and one extra in the same paragraph are reported together as one mismatch when their units agree.
 * The figures are the block model's (read once per edition, in the edition's language).
 */
export function checkFigures(pairs: readonly AlignedBlock<FigureBlock>[], names: PairNames, options: CompareOptions = {}): ContentProblem[] {
	const originalName = names.original.split('/').at(-1);
	const problems: ContentProblem[] = [];
	for (const { original: source, translation: block } of pairs) {
		if (!block || block.untranslated) continue; // alignment reports a missing block
		const { missing, extra } = compareFigures(source.figures, block.figures, options);
		const where = `${blockLabel(block.kind)} ${block.id}`;
		const at = `${originalName}:${source.line}`;
		const report = (ruleId: string, message: string) =>
			problems.push({ file: names.translation, ...(block.line ? { line: block.line } : {}), ruleId, message: `${where}: ${message}` });
		const unmatched = [...extra];
		for (const figure of missing) {
			const index = unmatched.findIndex((other) => sameKind(other, figure));
			if (index >= 0) {
				const [wrong] = unmatched.splice(index, 1);
				report(
					'figure-mismatch',
					`${quote(wrong!)} does not match ${quote(figure)} in ${at}. Write ${formatFigure(figure)}, or report the original if it is wrong.`,
				);
			} else {
				report('figure-missing', `${quote(figure)} in ${at} is missing here. Translate it (${formatFigure(figure)}); never drop a figure.`);
			}
		}
		for (const figure of unmatched) {
			report('figure-extra', `${quote(figure)} has no counterpart in ${at}. Remove it, or correct it to the original's figure.`);
		}
	}
	return problems;
}

const quote = (figure: Figure) => `“${figure.raw}” (${formatFigure(figure)})`;

const MONEY = new Set(['CNY', 'USD', 'EUR']);
const PLAIN = new Set(['count', 'rank', 'years', 'months', 'days', 'hours', 'times']);

/** Two figures that could be one figure mistranslated: same unit, both money, or both plain counts. */
const sameKind = (a: Figure, b: Figure): boolean => a.unit === b.unit || (MONEY.has(a.unit) && MONEY.has(b.unit)) || (PLAIN.has(a.unit) && PLAIN.has(b.unit));
