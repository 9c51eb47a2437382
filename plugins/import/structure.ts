/**
 * Structure detection on cleaned lines (Simplified, full-width, furniture set aside): the head (title,
 * meeting, speaker), the report body (parts, sections, paragraphs, lead phrases) and the back matter
 * (annexes, notes). Text is never rewritten here: a block's text is its source lines run together.
 */
export interface SourceLine {
	line: number;
	text: string;
}

export type Block =
	| { kind: 'part'; id: string; line: number; lines: number[]; text: string }
	| { kind: 'section'; id: string; line: number; lines: number[]; text: string }
	| { kind: 'paragraph'; id: string; line: number; lines: number[]; text: string; leads: Array<[number, number]>; closing?: boolean }
	/** back matter heading: `附件1　…`, `名词解释` (annex) or `注释` (notes) */
	| { kind: 'annex' | 'notes'; id: string; line: number; lines: number[]; text: string };

export interface StructureProblem {
	line: number;
	what: string;
	fix: string;
}

export interface ReportStructure {
	headline: string[];
	headlineLines: number[];
	title?: SourceLine;
	meeting?: SourceLine & { lines: number[] };
	speaker?: SourceLine & { role: string; name: string };
	salutation?: SourceLine;
	blocks: Block[];
	/** lines in another language (bilingual sources), kept out of the zh edition */
	foreign: SourceLine[];
	problems: StructureProblem[];
}

const NUM = '[一二三四五六七八九十]+';
export const PART_RE = new RegExp(`^(${NUM})、(.{1,40})$`);
export const SECTION_RE = new RegExp(`^（(${NUM})）(.{1,60})$`);
/** a paragraph whose numbered opening sentence is the section: （一）着力推动“四稳”政策落地。面对… */
const SECTION_LEAD_RE = new RegExp(`^（${NUM}）[^。！？]{1,60}[。！？]`);
export const THEME_RE = new RegExp(`^${NUM}(是|要)`);
export const SALUTATION_RE = /^各位代表[：:]$/;
const CN_DIGIT = '[〇零一二三四五六七八九]';
const DATE = `(?:\\d{4}|${CN_DIGIT}{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日`;
/** ——2026年1月27日在…会议上, without the dash, or in parentheses */
export const MEETING_RE = new RegExp(`^(?:——\\s*|—\\s*)?[（(]?\\s*(${DATE})?\\s*在(.+?会议)上?\\s*[）)]?$`);
const MEETING_START_RE = new RegExp(`^(?:——|—|[（(]\\s*${DATE}|${DATE}\\s*在)`);
const BACK_MATTER_RE = /^(?:附件\s*\d*(?:[\s　].*)?|注释|名词解释|名词注释)$/;
const NOTE_MARK_RE = /^［\d+］/;
const ITEM_MARK_RE = /^\d+[.．、]/;
const HAN = /[\u3400-\u9fff]/;

const squeeze = (s: string): string => s.replace(/(?<=[\u3400-\u9fff])[\s\u3000]+(?=[\u3400-\u9fff])/g, '');

export function isForeign(text: string): boolean {
	const letters = (text.match(/[A-Za-z]/g) ?? []).length;
	const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
	return letters > 8 && han === 0;
}

const NAME = '(?:[\\u3400-\\u9fff][\\s\\u3000]*){2,4}|[\\u3400-\\u9fff]{2,6}·[\\u3400-\\u9fff]{2,8}';

/** `省长 李炳军`, `自治区主席 韦 韬`, `省长　王予波`, `自治区主席 艾尔肯·吐尼亚孜`: role as printed, name without spaces. */
export function parseSpeaker(text: string): { role: string; name: string } | undefined {
	const m = new RegExp(`^(\\S.*?[\\u3400-\\u9fff])[\\s\\u3000]+(${NAME})$`).exec(text.trim());
	if (!m || /[，。：；！？]/.test(m[1]!)) return undefined;
	return { role: squeeze(m[1]!), name: m[2]!.replace(/[\s\u3000]+/g, '') };
}

/** Lead phrases of one paragraph as [start, end) ranges (end includes the 。). */
export function findLeads(text: string): Array<[number, number]> {
	// （一）…。 opens a numbered item; alone on its line it is the whole item, still listed in the contents
	const numbered = SECTION_LEAD_RE.exec(text);
	if (numbered) return [[0, numbered[0].length]];
	const leads: Array<[number, number]> = [];
	const sentences: Array<[number, number]> = [];
	let s = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '。') {
			sentences.push([s, i + 1]);
			s = i + 1;
		}
	}
	const themed = THEME_RE.test(text);
	const isLast = (k: number): boolean => sentences[k]![1] >= text.length;
	sentences.forEach(([a, b], k) => {
		if (isLast(k)) return; // a lead phrase introduces something
		const sent = text.slice(a, b);
		const len = [...sent].length;
		const body = sent.slice(0, -1);
		if (k === 0 && themed) {
			leads.push([a, b]);
			return;
		}
		if (/[，、；：！？,;:!?0-9A-Za-z%]/.test(body)) return;
		if (k === 0 && len <= 24) {
			leads.push([a, b]);
			return;
		}
		// short topic sentence inside a themed paragraph, right after another lead
		if (themed && len <= 12 && !/[“”]/.test(body)) leads.push([a, b]);
	});
	return leads;
}

/** A heading without number (“十四五”时期工作回顾): short, no sentence punctuation. */
function isUnnumberedHeading(t: string): boolean {
	return [...t].length <= 30 && HAN.test(t) && !/[。！？；：，…]/.test(t) && !/^(——|—|（|各位代表)/.test(t) && !ITEM_MARK_RE.test(t);
}

/**
 * A section heading line: （一）… without a sentence, or one short sentence alone on its line (云南:
 * （一）经济运行顶住压力、稳中有进。) when no sibling of the part opens a paragraph instead — then the
 * lone sentence is an item like its siblings (内蒙古 三、: （一）…。 alone, （二）…。 with its text).
 */
function sectionKind(t: string): 'heading' | 'sentence' | 'opening' | undefined {
	if (!SECTION_RE.test(t) && !SECTION_LEAD_RE.test(t)) return undefined;
	if (!/[。；！？]/.test(t)) return 'heading';
	const m = SECTION_LEAD_RE.exec(t);
	if (m && m[0].length === t.length) return 'sentence';
	return m ? 'opening' : undefined;
}

function parseHead(head: SourceLine[], out: ReportStructure): SourceLine[] {
	const rest: SourceLine[] = [];
	let meetIdx = -1;
	let meetEnd = -1;
	for (let i = 0; i < head.length && meetIdx < 0; i++) {
		const t = head[i]!.text;
		if (MEETING_RE.test(t) && (MEETING_START_RE.test(t) || /^在/.test(t))) {
			meetIdx = i;
			meetEnd = i;
			break;
		}
		// a meeting line split over two lines: ——2025年1月14日在北京市第十六届 / 人民代表大会第三次会议上
		if (MEETING_START_RE.test(t) && i + 1 < head.length && MEETING_RE.test(t + head[i + 1]!.text)) {
			meetIdx = i;
			meetEnd = i + 1;
			break;
		}
	}
	if (meetIdx >= 0) {
		const ml = head.slice(meetIdx, meetEnd + 1);
		out.meeting = { line: ml[0]!.line, text: ml.map((x) => x.text).join(''), lines: ml.map((x) => x.line) };
	}
	// title: the last line naming a report before the meeting line (or in the whole head without one)
	const before = meetIdx >= 0 ? head.slice(0, meetIdx) : head;
	let titleIdx = -1;
	for (let i = 0; i < before.length; i++) if (/报告/.test(squeeze(before[i]!.text)) && [...before[i]!.text].length <= 40) titleIdx = i;
	if (titleIdx >= 0) out.title = { line: before[titleIdx]!.line, text: squeeze(before[titleIdx]!.text) };
	for (let i = 0; i < head.length; i++) {
		if (i === titleIdx || (i >= meetIdx && i <= meetEnd && meetIdx >= 0)) continue;
		const l = head[i]!;
		if (i < titleIdx && /报告/.test(squeeze(l.text))) {
			out.headline.push(l.text);
			out.headlineLines.push(l.line);
			continue;
		}
		if (!out.speaker && i > Math.max(titleIdx, meetEnd)) {
			const sp = parseSpeaker(l.text);
			if (sp) {
				out.speaker = { line: l.line, text: l.text, ...sp };
				continue;
			}
			// a name alone (湖南: 毛伟明); the role is then printed in the photo caption
			if (new RegExp(`^(?:${NAME})$`).test(l.text.trim()) && out.meeting) {
				out.speaker = { line: l.line, text: l.text, role: '', name: l.text.replace(/[\s\u3000]+/g, '') };
				continue;
			}
		}
		rest.push(l);
	}
	// A title with its year and place (2026年江苏省政府工作报告) is the page's headline for the report, kept as
	// `headline`; the document itself is titled 政府工作报告, as the printed report is.
	if (out.title && /^\d{4}年.+政府工作报告$/.test(out.title.text)) {
		out.headline.push(before[titleIdx]!.text);
		out.headlineLines.push(out.title.line);
		delete out.title;
	}
	return rest;
}

export function parseStructure(lines: SourceLine[]): ReportStructure {
	const out: ReportStructure = { headline: [], headlineLines: [], blocks: [], foreign: [], problems: [] };
	const body: SourceLine[] = [];
	for (const l of lines) (isForeign(l.text) ? out.foreign : body).push(l);
	const salIdx = body.findIndex((l) => SALUTATION_RE.test(l.text));
	const firstPart = body.findIndex((l) => PART_RE.test(l.text));
	const headEnd = salIdx >= 0 ? salIdx : firstPart >= 0 ? Math.min(firstPart, 6) : Math.min(body.length, 6);
	const headRest = parseHead(body.slice(0, headEnd), out);
	if (salIdx >= 0) out.salutation = body[salIdx]!;

	let part = 0;
	let numberedParts = 0;
	let section = 0;
	let para = 0;
	let annex = 0;
	let notes = 0;
	let back: 'annex' | 'notes' | undefined;
	let backPara = 0;
	let itemised = false;
	const push = (b: Block): void => {
		out.blocks.push(b);
	};
	const paragraph = (l: SourceLine & { lines?: number[] }, leads = true): void => {
		para++;
		const id = section ? `p${part}-s${section}-${para}` : `p${part}-${para}`;
		const t = l.text;
		const isSal = SALUTATION_RE.test(t);
		push({ kind: 'paragraph', id, line: l.line, lines: l.lines ?? [l.line], text: t, leads: !leads || isSal || part === 0 ? [] : findLeads(t) });
	};
	const appendTo = (b: Block, l: SourceLine): void => {
		b.text += l.text;
		b.lines.push(l.line);
	};

	for (const l of headRest) paragraph(l, false);
	const rest: Array<SourceLine & { lines?: number[] }> = salIdx >= 0 ? body.slice(salIdx) : body.slice(headEnd);
	// parts whose numbered items open paragraphs: a lone （N）…。 sentence there is an item, not a heading
	const openingParts = new Set<number>();
	{
		let k = 0;
		for (const l of rest) {
			if (PART_RE.test(l.text) || isUnnumberedHeading(l.text)) k++;
			if (sectionKind(l.text) === 'opening') openingParts.add(k);
		}
	}
	let partLines = 0;
	for (let i = 0; i < rest.length; i++) {
		const l = rest[i]!;
		const t = l.text;
		// a line holding only an opening bracket belongs to the next line: （ / 三）改革开放持续深化、互促共进。
		if (/^[（“《]$/.test(t) && i + 1 < rest.length) {
			const next = rest[i + 1]!;
			rest[i + 1] = { line: l.line, text: t + next.text, lines: [...(l.lines ?? [l.line]), ...(next.lines ?? [next.line])] };
			continue;
		}
		if (PART_RE.test(t) || isUnnumberedHeading(t)) partLines++;
		if (back) {
			const current = out.blocks.at(-1)!;
			if (BACK_MATTER_RE.test(t) && !NOTE_MARK_RE.test(t)) {
				startBack(l);
				continue;
			}
			const startsItem = back === 'notes' ? NOTE_MARK_RE.test(t) : ITEM_MARK_RE.test(t);
			if (current.kind === 'annex' && backPara === 0 && !startsItem && !current.text.includes('　') && /^附件\s*\d*$/.test(current.text)) {
				// 附件 / 2026年自治区民生实事: the annex title printed on its own line
				current.text += `　${t}`;
				current.lines.push(l.line);
				continue;
			}
			if (backPara > 0 && !startsItem && (back === 'notes' || itemised)) {
				appendTo(current, l);
				continue;
			}
			backPara++;
			if (startsItem) itemised = true;
			push({ kind: 'paragraph', id: back === 'notes' ? `n${backPara}` : `a${annex}-${backPara}`, line: l.line, lines: [l.line], text: t, leads: [] });
			continue;
		}
		if (part > 0 && BACK_MATTER_RE.test(t)) {
			startBack(l);
			continue;
		}
		if (SALUTATION_RE.test(t) && part > 0) {
			out.problems.push({
				line: l.line,
				what: `a second salutation “${t}” after the report has begun: the file holds two reports`,
				fix: 'import one report per file: cut the second report into its own file',
			});
		}
		if (PART_RE.test(t) && !/[。；]/.test(t)) {
			const n = PART_RE.exec(t)![1]!;
			if (n === '一' && numberedParts > 0) {
				out.problems.push({
					line: l.line,
					what: `part numbering starts again at “${t}”: the file holds two reports`,
					fix: 'import one report per file: cut the second report into its own file',
				});
			}
			numberedParts++;
			part++;
			section = 0;
			para = 0;
			push({ kind: 'part', id: `p${part}`, line: l.line, lines: l.lines ?? [l.line], text: t });
		} else if (isUnnumberedHeading(t) && i + 1 < rest.length && !isUnnumberedHeading(rest[i + 1]!.text) && (part > 0 || out.salutation)) {
			part++;
			section = 0;
			para = 0;
			push({ kind: 'part', id: `p${part}`, line: l.line, lines: [l.line], text: t });
		} else if (part > 0 && (sectionKind(t) === 'heading' || (sectionKind(t) === 'sentence' && !openingParts.has(partLines)))) {
			section++;
			para = 0;
			push({ kind: 'section', id: `p${part}-s${section}`, line: l.line, lines: l.lines ?? [l.line], text: t });
		} else if (part > 0 && MEETING_RE.test(t) && MEETING_START_RE.test(t)) {
			out.problems.push({
				line: l.line,
				what: `a second meeting line “${t}” inside the report: the file holds two reports`,
				fix: 'import one report per file: cut the second report into its own file',
			});
			paragraph(l);
		} else {
			paragraph(l);
		}
	}
	// renumber opening paragraphs (before the first part)
	let p0 = 0;
	for (const b of out.blocks) if (b.kind === 'paragraph' && /^p0-/.test(b.id)) b.id = `p0-${++p0}`;
	const body_ = out.blocks.filter((b) => b.kind !== 'annex' && b.kind !== 'notes' && !/^[an]\d/.test(b.id));
	const lastPara = [...body_].reverse().find((b) => b.kind === 'paragraph');
	if (lastPara && lastPara.kind === 'paragraph' && part > 0) {
		const prev = body_[body_.indexOf(lastPara) - 1];
		const closes = /！$/.test(lastPara.text) || (/^各位代表/.test(lastPara.text) && /[。！]$/.test(lastPara.text));
		if (closes && (/^各位代表/.test(lastPara.text) || (prev?.kind === 'paragraph' && /^各位代表/.test(prev.text)) || /！$/.test(lastPara.text)))
			lastPara.closing = true;
	}
	return out;

	function startBack(l: SourceLine): void {
		const notesBlock = /^注释$/.test(l.text);
		back = notesBlock ? 'notes' : 'annex';
		backPara = 0;
		itemised = false;
		if (notesBlock) notes++;
		else annex++;
		push({
			kind: notesBlock ? 'notes' : 'annex',
			id: notesBlock ? (notes === 1 ? 'notes' : `notes${notes}`) : `a${annex}`,
			line: l.line,
			lines: [l.line],
			text: l.text,
		});
	}
}
