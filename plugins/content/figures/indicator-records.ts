/**
 * Targets and achieved figures as data: the main expected targets of a report (its 主要预期目标
 * passage) and the headline figures of its review of the past year, one normalised record per
 * indicator of the vocabulary (indicators.ts). Pure, and numbers are read only by the shared figures
 * parser (extractFigures, the same one the translation figures check uses): this module only splits
 * clauses, names indicators and reads the qualifying words around a figure.
 *
 * Nothing is invented and nothing is skipped: every clause of the targets passage yields at least
 * one record, and a clause that names no indicator of the vocabulary is an `other` record with its
 * text. A record's `phrase` is always an exact substring of the paragraph, at `offset`.
 */
import { extractFigures } from './index.ts';
import { indicatorOf, indicatorsIn, otherIndicator, type IndicatorMatch } from './indicators.ts';
import type { Figure, FigureUnit } from './types.ts';

/**
 * How the source bounds the target (the English key of the Chinese wording):
 * `about` 左右 · `at-least` 以上/不低于 · `over` 超过/超 · `at-most` 以内/以下/控制在…以内 · `nearly` 近 ·
 * `range` 5%—5.5% · `exact` a bare figure (增长2%) · `planned` 按增长5%安排 · `in-step` 与经济增长同步 ·
 * `above` 高于/快于 a reference (增速高于全国平均水平) · `assigned` 完成国家下达任务 and the like ·
 * `qualitative` a direction without figure (保持稳定, 只增不减, 稳中提质).
 */
export const qualifiers = ['about', 'at-least', 'over', 'at-most', 'nearly', 'range', 'exact', 'planned', 'in-step', 'above', 'assigned', 'qualitative'] as const;
export type Qualifier = (typeof qualifiers)[number];

export interface IndicatorRecord {
	report: string;
	/** Paragraph id (`p3-2`): permalink `/<lang>/<report>/#<block>`. */
	block: string;
	kind: 'target' | 'achieved';
	/** Vocabulary key (indicators.ts), or `other`. */
	indicator: string;
	/** The figure's ends (equal unless the source states a range); absent without a figure. */
	low?: number;
	high?: number;
	unit?: FigureUnit;
	qualifier: Qualifier;
	/** 在实际工作中努力争取更好结果, 力争取得更好结果, 争取更优水平: the source asks for more than the figure. */
	striveForBetter: boolean;
	/** The clause as the source writes it (exact substring of the paragraph text). */
	phrase: string;
	/** Offset of `phrase` in the paragraph text (UTF-16 code units). */
	offset: number;
	/** The figure as written (`5%—5.5%`, `50万人以上`). */
	figure?: string;
}

/** The sentence that opens the target list, in all its wordings (主要预期目标是：, 主要预期目标为：, 今年…主要目标是：). */
const opening = /(?:主要预期目标|今年[^。：]{0,20}主要目标)[是为]?[：:]/;

/** A sentence after the list that comments on it or turns to the work (这些目标…, 重点做好…), not a target. */
const afterList = /^(?:这些|上述|以上|重点|具体|为此|实现(?:上述|这些|全年)|完成(?:全年|上述|这些)|围绕|我们)/;

/** Where the target list of a paragraph is: [start, end) of the text after the opening colon, or undefined. */
export function targetPassage(text: string): { start: number; end: number } | undefined {
	const open = opening.exec(text);
	if (!open) return undefined;
	const start = open.index + open[0].length;
	let end = text.length;
	for (const sentence of sentences(text, start, text.length)) {
		if (afterList.test(text.slice(sentence.start, sentence.end))) {
			end = sentence.start;
			break;
		}
	}
	return { start, end };
}

/** Whether a paragraph holds the main expected targets. */
export const isTargetParagraph = (text: string): boolean => opening.test(text);

interface Span {
	start: number;
	end: number;
}

function sentences(text: string, from: number, to: number): Span[] {
	const spans: Span[] = [];
	let start = from;
	for (let i = from; i < to; i += 1) {
		if (text[i] === '。') {
			spans.push({ start, end: i });
			start = i + 1;
		}
	}
	if (start < to) spans.push({ start, end: to });
	return spans.filter((span) => span.end > span.start);
}

/**
 * The clauses of a sentence: split at ；and ，, and at 、 where it separates two clauses rather than two
 * names (the text before it ends with a figure, the text after it does not start with one:
 * `47万人以上、城镇调查失业率…`, `5%左右、在实际工作中…`, but not `城镇、农村居民…` or `3.5%左右、6%左右`).
 */
function clauses(text: string, sentence: Span): Span[] {
	const figureEnds = new Set(extractFigures(text.slice(sentence.start, sentence.end), 'zh').map((figure) => sentence.start + figure.offset + figure.raw.length));
	const spans: Span[] = [];
	let start = sentence.start;
	for (let i = sentence.start; i < sentence.end; i += 1) {
		const ch = text[i];
		const splitsHere = ch === '；' || ch === '，' || (ch === '、' && figureEnds.has(i) && !/[\d一二三四五六七八九十]/.test(text[i + 1] ?? ''));
		if (!splitsHere) continue;
		spans.push({ start, end: i });
		start = i + 1;
	}
	spans.push({ start, end: sentence.end });
	return spans.map(trimSpan(text)).filter((span) => span.end > span.start);
}

const trimSpan = (text: string) => (span: Span): Span => {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start]!)) start += 1;
	while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
	return { start, end };
};

/** A clause without subject that carries on the one before it (在实际工作中努力争取更好结果, 努力跑赢全国). */
const continuation = /^(?:在实际工作中|实际工作中|努力|力争|争取|全力|对标|加快|在全国)/;
const better = /更好结果|更优|更多增长/;

/** Clauses that give several indicators their figures in order (城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右). */
const respectively: { pattern: RegExp; keys: string[] }[] = [
	{ pattern: /一二三产|一产、二产、三产|一、二、三产业|第一、二、三产业/, keys: ['primary-industry-growth', 'secondary-industry-growth', 'tertiary-industry-growth'] },
	{ pattern: /第一、第三产业|一、三产业|一产、三产/, keys: ['primary-industry-growth', 'tertiary-industry-growth'] },
	{ pattern: /城镇(?:常住)?(?:居民)?(?:、|和|与)农村(?:常住)?居民人均可支配收入/, keys: ['disposable-income-growth-urban', 'disposable-income-growth-rural'] },
];

/** Between two indicators named together (粮食总产量、生态环境, 节能减排和碳排放强度, 节能减排降碳约束性指标和环境质量). */
const joiner = /^(?:约束性指标|指标|目标)?[、和及与]$/;

const falls = /下降|降低|减少|回落/;

const unitsNotValues: ReadonlySet<FigureUnit> = new Set(['year', 'month', 'day', 'rank']);

function qualifierOf(clause: string, figure: Figure | undefined): Qualifier {
	if (figure) {
		if (/按.{0,16}安排/.test(clause) && !figure.approx) return 'planned';
		if (figure.approx) return figure.approx;
		return figure.range ? 'range' : 'exact';
	}
	if (/同步|同向/.test(clause)) return 'in-step';
	if (/下达|国家要求|按照国家|国家[^，；。]{0,12}目标|审核衔接|完成任务|完成目标任务/.test(clause)) return 'assigned';
	if (/高于|快于|跑赢|好于/.test(clause)) return 'above';
	return 'qualitative';
}

interface Draft {
	indicator: string;
	span: Span;
	figure?: Figure;
	/** The text says the growth indicator fell (下降3.3%): its figure is negative. */
	fell?: boolean;
	qualifier: Qualifier;
	striveForBetter: boolean;
}

/** The records of one clause: its indicators with their figures, or one `other` record. */
function clauseDrafts(text: string, span: Span): Draft[] {
	const clause = text.slice(span.start, span.end);
	const figures = extractFigures(clause, 'zh').filter((figure) => !unitsNotValues.has(figure.unit));
	const strive = better.test(clause);
	// The verb between the name and the figure says which way a growth indicator went (增长, 下降).
	const draft = (indicator: string, figure: Figure | undefined, from = 0): Draft => ({
		indicator,
		span,
		...(figure ? { figure } : {}),
		...(figure && indicatorOf(indicator)?.measure === 'growth' && falls.test(clause.slice(from, figure.offset)) ? { fell: true } : {}),
		qualifier: qualifierOf(clause, figure),
		striveForBetter: strive,
	});
	const split = respectively.find((entry) => entry.pattern.test(clause));
	if (split && clause.includes('分别')) {
		const own = figures.filter((figure) => figure.unit === 'percent');
		if (own.length === split.keys.length) return split.keys.map((key, index) => draft(key, own[index], clause.indexOf('分别')));
	}
	const named = chosenMatches(clause, indicatorsIn(clause), figures);
	if (named.length === 0) return [draft(otherIndicator, figures[0])];
	return named.map(({ match, figure }) => draft(match.key, figure, match.end));
}

/**
 * The indicators a clause sets targets for: the first one named, those listed together with it, and
 * any later one with a figure of its own. An indicator named only as the reference of a comparison
 * (居民收入增速高于经济增速) is not a target of the clause.
 */
function chosenMatches(clause: string, matches: IndicatorMatch[], figures: Figure[]): { match: IndicatorMatch; figure?: Figure }[] {
	const chosen: { match: IndicatorMatch; figure?: Figure }[] = [];
	for (const [index, match] of matches.entries()) {
		const next = matches[index + 1]?.start ?? clause.length;
		const units = indicatorOf(match.key)?.units ?? [];
		const figure = figures.find((candidate) => candidate.offset >= match.end && candidate.offset < next && units.includes(candidate.unit));
		const previous = matches[index - 1];
		const listed = previous !== undefined && chosen.at(-1)?.match === previous && joiner.test(clause.slice(previous.end, match.start));
		if (index === 0 || figure || listed) chosen.push({ match, ...(figure ? { figure } : {}) });
	}
	// Names listed together share the figure that follows them all (进出口、实际使用外资增长5%).
	const shared = chosen.at(-1)?.figure;
	if (shared) for (const entry of chosen) if (!entry.figure && (indicatorOf(entry.match.key)?.units ?? []).includes(shared.unit)) entry.figure = shared;
	return chosen;
}

function recordOf(report: string, block: string, kind: IndicatorRecord['kind'], text: string, draft: Draft): IndicatorRecord {
	const { figure } = draft;
	const ends = figure ? (figure.range ?? [figure.value, figure.value]) : [];
	// A fall of 3%—5% is a change from −5% to −3%: the ends swap when they change sign.
	const [low, high] = draft.fell ? [-ends[1]!, -ends[0]!] : ends;
	return {
		report,
		block,
		kind,
		indicator: draft.indicator,
		...(figure ? { low: low!, high: high!, unit: figure.unit } : {}),
		qualifier: draft.qualifier,
		striveForBetter: draft.striveForBetter,
		phrase: text.slice(draft.span.start, draft.span.end),
		offset: draft.span.start,
		...(figure ? { figure: figure.raw } : {}),
	};
}

/** Every clause of the target list of a paragraph (text without Markdown), with its span. */
export function targetClauseSpans(text: string): Span[] {
	const passage = targetPassage(text);
	if (!passage) return [];
	return sentences(text, passage.start, passage.end).flatMap((sentence) => clauses(text, sentence));
}

/**
 * The target records of a paragraph holding the main expected targets: one per indicator, in the
 * order of the text. A clause that carries on the one before it (…，在实际工作中努力争取更好结果) is
 * part of that clause: its phrase is extended over it, and it sets `striveForBetter`.
 */
export function extractTargets(text: string, report: string, block: string): IndicatorRecord[] {
	const passage = targetPassage(text);
	if (!passage) return [];
	const drafts: Draft[] = [];
	for (const sentence of sentences(text, passage.start, passage.end)) {
		let previous: Draft[] = [];
		for (const span of clauses(text, sentence)) {
			const clause = text.slice(span.start, span.end);
			const own = clauseDrafts(text, span);
			const carriesOn = previous.length > 0 && own.length === 1 && own[0]!.indicator === otherIndicator && !own[0]!.figure && continuation.test(clause);
			if (carriesOn) {
				for (const draft of previous) {
					draft.span = { start: draft.span.start, end: span.end };
					draft.striveForBetter ||= better.test(clause);
				}
				continue;
			}
			drafts.push(...own);
			previous = own;
		}
	}
	return drafts.map((draft) => recordOf(report, block, 'target', text, draft));
}

/** A figure for several years (年均增长, 连续9年稳定在…), or of the five-year plan, is no achieved value of the year. */
const notTheYear = /年均|累计|五年|十四五|连续|每年/;
/** Before the indicator, only the year and a scope word (2025年全省地区生产总值): 跨境电商进出口 or 服务进出口 is a part of the indicator, not it. */
const scopeOnly = /^(?:\d{4}年)?(?:全(?:省|市|区|国|年)|其中|年末|全年)*$/;
/** Between the indicator and its figure, only the verb (增长, 达到, 平均为): 占…比重从17.9%提升到… is another measure. */
const verbOnly = /^(?:实际|名义)?(?:增长|增速|涨幅|上涨|下降|降低|降幅)?(?:达到|达|为|至|到|提高到|提高至|提升至|平均为|稳定在|降到|降至|突破)?$/;

/**
 * Achieved values of a paragraph of the review (地区生产总值增长5.3%): the same clauses and indicators
 * as the targets, keeping only the clauses that open with an indicator followed directly by its
 * figure (a headline statement), outside sentences about several years.
 */
export function extractAchieved(text: string, report: string, block: string): IndicatorRecord[] {
	const records: IndicatorRecord[] = [];
	for (const sentence of sentences(text, 0, text.length)) {
		if (notTheYear.test(text.slice(sentence.start, sentence.end))) continue;
		let previous: { span: Span; key: string } | undefined;
		for (const span of clauses(text, sentence)) {
			const clause = text.slice(span.start, span.end);
			const matches = indicatorsIn(clause);
			// 地区生产总值60199.45亿元、增长5%: the growth follows the level, in a clause of its own.
			if (previous && matches.length === 0 && /^(?:比上年)?(?:增长|下降)/.test(clause)) {
				const joined = { start: previous.span.start, end: span.end };
				const [draft] = clauseDrafts(text, span).filter((candidate) => candidate.figure?.unit === 'percent');
				if (draft && draft.indicator === otherIndicator && indicatorOf(previous.key)?.units.includes('percent')) {
					const fell = indicatorOf(previous.key)?.measure === 'growth' && clause.startsWith('下降', clause.startsWith('比上年') ? 3 : 0);
					// Offsets of the figure stay relative to the clause it was read in; the record keeps only its raw text.
					records.push(recordOf(report, block, 'achieved', text, { ...draft, indicator: previous.key, span: joined, ...(fell ? { fell } : {}) }));
				}
				previous = undefined;
				continue;
			}
			previous = matches[0] && scopeOnly.test(clause.slice(0, matches[0].start)) ? { span, key: matches[0].key } : undefined;
			// 城镇、农村居民人均可支配收入分别增长4.3%、5.3%: the names stand together, the figures after all of them.
			const split = clause.includes('分别') && respectively.some((entry) => entry.pattern.test(clause));
			for (const draft of clauseDrafts(text, span)) {
				if (draft.indicator === otherIndicator || !draft.figure) continue;
				const match = matches.find((candidate) => candidate.key === draft.indicator);
				if (!split && (!match || !scopeOnly.test(clause.slice(0, match.start)) || !verbOnly.test(clause.slice(match.end, draft.figure.offset)))) continue;
				records.push(recordOf(report, block, 'achieved', text, draft));
				previous = undefined;
			}
		}
	}
	return records;
}

/** The blocks of an edition, as far as this module needs them (plugins/content/model.ts ModelBlock). */
export interface RecordBlock {
	id: string;
	kind: import('../structure.ts').BlockKind;
	text: string | undefined;
}

const reviewHeading = /回顾|过去一年|工作总结/;

const pastYear = (text: string, year: number | undefined) =>
	/过去一年|过去的一年|一年来|全年|去年/.test(text) || (year !== undefined && text.includes(`${year - 1}年`));

/**
 * Whether a paragraph of the review is about the past year: 2026 reviews look back on the year and on
 * the five-year plan (十四五), whose figures are five-year totals. A paragraph naming the year is; one
 * about the plan is not; any other is, unless the whole part reviews the plan only.
 */
const aboutPastYear = (text: string, heading: string, year: number | undefined) =>
	pastYear(text, year) || (!/十四五|五年/.test(text) && !(/十四五/.test(heading) && !pastYear(heading, year)));

/**
 * Every record of a report from the blocks of its zh-Hans original: the targets of the first
 * paragraph holding the main expected targets, and the achieved values of the review part (the
 * first part whose heading reviews the past year), from its paragraphs about the past year (the
 * year before `year`, the year the report plans for), the first statement of each indicator only
 * (later ones repeat it, or give a sub-figure).
 */
export function reportIndicatorRecords(report: string, blocks: readonly RecordBlock[], year?: number): IndicatorRecord[] {
	const targetsBlock = blocks.find((block) => block.kind === 'paragraph' && block.text && isTargetParagraph(block.text));
	const targets = targetsBlock ? extractTargets(targetsBlock.text!, report, targetsBlock.id) : [];
	const parts = blocks.filter((block) => block.kind === 'part');
	// A review headed by its theme (一、一年接着一年干…) is still the first part.
	const review = parts.find((block) => block.text && reviewHeading.test(block.text)) ?? parts[0];
	const achieved: IndicatorRecord[] = [];
	if (review) {
		const seen = new Set<string>();
		for (const block of blocks) {
			if (block.kind !== 'paragraph' || !block.text || !block.id.startsWith(`${review.id}-`) || block === targetsBlock) continue;
			if (!aboutPastYear(block.text, review.text!, year)) continue;
			for (const record of extractAchieved(block.text, report, block.id)) {
				if (seen.has(record.indicator)) continue;
				seen.add(record.indicator);
				achieved.push(record);
			}
		}
	}
	return [...targets, ...achieved];
}
