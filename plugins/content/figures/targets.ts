/**
 * The figures table of a report: its main expected targets (the 主要预期目标 paragraph, split into its
 * clauses: 地区生产总值增长5%左右；…) and its key results (measured figures — money, percentages,
 * ranks, multiples — of the part reviewing the past year), each with its label and the figure as
 * written, in every language the report is held in. Pure: takes the blocks of each edition
 * (report-model.ts) and pairs the translations' figures with the original's by value and unit.
 */
import { extractFigures, type Approx, type Figure, type FigureUnit } from './index.ts';
import { isTargetParagraph } from './indicator-records.ts';
import type { EditionLanguage } from '../schemas/report.ts';
import type { ModelBlock } from '../model.ts';

/** One line of the table in one language: what is measured, and the figure as the edition writes it. */
export interface RowText {
	/** The clause the figure stands in (`地区生产总值增长5%左右`, `GRP growth of around 5 percent`). */
	clause: string;
	/** The figure as written (`5%左右`, `around 5 percent`); absent for a target without a figure. */
	figure?: string;
}

export interface FigureRow {
	kind: 'target' | 'result';
	/** Paragraph the row comes from (permalink: `#<block>`). */
	block: string;
	/** The figure in normalised form (plugins/figures), absent for a target stated without a number. */
	value?: number;
	unit?: FigureUnit;
	approx?: Approx;
	range?: [number, number];
	/** The row in each edition that has it; the original (zh-Hans) always. */
	text: Partial<Record<EditionLanguage, RowText>>;
}

export interface FiguresTable {
	/** Id of the paragraph stating the main expected targets, if the report has one. */
	targetsBlock?: string;
	targets: FigureRow[];
	results: FigureRow[];
}

/** Units of measured results (counts, years and durations are left to the text). */
export const resultUnits: ReadonlySet<FigureUnit> = new Set(['CNY', 'USD', 'EUR', 'percent', 'pp', 'rank', 'times']);

const targetsPattern = /主要预期目标|主要目标|预期目标/;
const reviewPattern = /回顾|过去一年|工作总结|Review/i;

type Editions = Partial<Record<EditionLanguage, readonly ModelBlock[]>>;

/** Targets and key results of a report from the blocks of its editions (`zh-Hans` required). */
export function pickFigures(editions: Editions): FiguresTable {
	const original = editions['zh-Hans'];
	if (!original) return { targets: [], results: [] };
	const others = (Object.keys(editions) as EditionLanguage[]).filter((language) => language !== 'zh-Hans');
	const byId = (language: EditionLanguage) => new Map((editions[language] ?? []).map((block) => [block.id, block]));
	const indexes = Object.fromEntries(others.map((language) => [language, byId(language)])) as Partial<Record<EditionLanguage, Map<string, ModelBlock>>>;
	// The paragraph that opens the target list (主要预期目标是：) first: a review says 增速高于预期目标, and a plan's five-year 主要目标 come earlier.
	const paragraphs = original.filter((block) => block.kind === 'paragraph' && block.text);
	const targetsBlock = paragraphs.find((block) => isTargetParagraph(block.text!)) ?? paragraphs.find((block) => targetsPattern.test(block.text!));
	const targets = targetsBlock ? pickTargets(targetsBlock, others.map((language) => [language, indexes[language]?.get(targetsBlock.id)] as const)) : [];
	return { ...(targetsBlock ? { targetsBlock: targetsBlock.id } : {}), targets, results: pickResults(original, others, indexes) };
}

/** The clauses of the target list: after the colon, up to the full stop that ends the list, split at semicolons. */
export function targetClauses(text: string, language: 'zh' | 'en'): string[] {
	if (language === 'zh') {
		const start = text.search(/目标[^：]*：/);
		const list = start >= 0 ? text.slice(text.indexOf('：', start) + 1) : text;
		const end = list.indexOf('。');
		return (end >= 0 ? list.slice(0, end) : list).split('；').map((clause) => clause.trim()).filter(Boolean);
	}
	const colon = text.indexOf(':');
	const list = colon >= 0 ? text.slice(colon + 1) : text;
	const end = list.search(/\.(?:\s|$)/);
	return (end >= 0 ? list.slice(0, end) : list).split(';').map((clause) => clause.trim().replace(/^and\s+/, '')).filter(Boolean);
}

function pickTargets(block: ModelBlock, translations: readonly (readonly [EditionLanguage, ModelBlock | undefined])[]): FigureRow[] {
	const zhClauses = targetClauses(block.text!, 'zh');
	const translated = translations.map(([language, other]) => {
		if (language === 'zh-Hant') return [language, other?.text ? zhClauses.map((clause) => twin(block.text!, other.text!, clause)) : undefined] as const;
		const clauses = other?.text ? targetClauses(other.text, 'en') : [];
		// Clause-by-clause pairing needs the same number of clauses; otherwise the original stands alone.
		return [language, clauses.length === zhClauses.length ? clauses : undefined] as const;
	});
	return zhClauses.map((clause, index) => {
		const figure = firstFigure(clause, 'zh');
		const row: FigureRow = { kind: 'target', block: block.id, ...normalised(figure), text: { 'zh-Hans': { clause, ...(figure ? { figure: figure.raw } : {}) } } };
		for (const [language, clauses] of translated) {
			const other = clauses?.[index];
			if (!other) continue;
			const otherFigure = !figure ? undefined : language === 'zh-Hant' ? twin(clause, other, figure.raw) : firstFigure(other, 'en', figure)?.raw;
			row.text[language] = { clause: other, ...(otherFigure ? { figure: otherFigure } : {}) };
		}
		return row;
	});
}

function pickResults(original: readonly ModelBlock[], others: readonly EditionLanguage[], indexes: Partial<Record<EditionLanguage, Map<string, ModelBlock>>>): FigureRow[] {
	const parts = original.filter((block) => block.kind === 'part');
	const review = parts.find((part) => part.text && reviewPattern.test(part.text)) ?? parts[0];
	if (!review) return [];
	const prefix = `${review.id}-`;
	const rows: FigureRow[] = [];
	for (const block of original) {
		if (block.kind !== 'paragraph' || !block.id.startsWith(prefix) || !block.text) continue;
		const measured = block.figures.filter((figure) => resultUnits.has(figure.unit));
		if (measured.length === 0) continue;
		const pools = new Map(others.map((language) => {
			const other = indexes[language]?.get(block.id);
			return [language, { text: other?.text, figures: [...(other?.figures ?? [])] }];
		}));
		for (const figure of measured) {
			const row: FigureRow = { kind: 'result', block: block.id, ...normalised(figure), text: { 'zh-Hans': { clause: clauseAt(block.text, figure, 'zh'), figure: figure.raw } } };
			for (const [language, pool] of pools) {
				if (!pool.text) continue;
				if (language === 'zh-Hant') {
					const clause = twin(block.text, pool.text, row.text['zh-Hans']!.clause);
					const raw = clause === undefined ? undefined : twin(block.text, pool.text, figure.raw);
					if (clause !== undefined && raw !== undefined) row.text[language] = { clause, figure: raw };
					continue;
				}
				const at = pool.figures.findIndex((candidate) => sameFigure(candidate, figure));
				if (at < 0) continue;
				const [match] = pool.figures.splice(at, 1);
				row.text[language] = { clause: clauseAt(pool.text, match!, language.startsWith('zh') ? 'zh' : 'en'), figure: match!.raw };
			}
			rows.push(row);
		}
	}
	return rows;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
const sameFigure = (a: Figure, b: Figure) => a.unit === b.unit && sameValue(a.value, b.value);

function normalised(figure: Figure | undefined): Pick<FigureRow, 'value' | 'unit' | 'approx' | 'range'> {
	if (!figure) return {};
	return { value: figure.value, unit: figure.unit, ...(figure.approx ? { approx: figure.approx } : {}), ...(figure.range ? { range: figure.range } : {}) };
}

/**
 * The zh-Hant text standing where `part` stands in the zh-Hans `original`. zh-Hant is converted
 * character by character (plugins/zh-hant.ts), so positions carry over when the lengths agree; the
 * zh extractor reads Simplified numerals and units (亿, 万), so zh-Hant figures are not read again.
 */
function twin(original: string, converted: string, part: string): string | undefined {
	if (original.length !== converted.length) return undefined;
	const at = original.indexOf(part);
	return at < 0 ? undefined : converted.slice(at, at + part.length);
}

/** The first measured figure of a clause (the one matching `like`, when given). */
function firstFigure(clause: string, language: 'zh' | 'en', like?: Figure): Figure | undefined {
	const figures = extractFigures(clause, language).filter((figure) => resultUnits.has(figure.unit));
	return like ? figures.find((figure) => sameFigure(figure, like)) : figures[0];
}

/** The clause of `text` holding `figure`: between the nearest clause punctuation on either side. */
export function clauseAt(text: string, figure: Pick<Figure, 'offset' | 'raw'>, language: 'zh' | 'en'): string {
	const start = figure.offset;
	const end = figure.offset + figure.raw.length;
	const stops = language === 'zh' ? /[，；。：！？]/g : /[,;:!?](?=\s)|\.(?=\s|$)/g;
	let from = 0;
	let to = text.length;
	for (const match of text.matchAll(stops)) {
		if (match.index < start) from = match.index + 1;
		else if (match.index >= end) {
			to = match.index;
			break;
		}
	}
	return text.slice(from, to).trim();
}
