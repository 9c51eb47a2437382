/**
 * importReport(rawBytes, options) → { markdown, ledger, unresolved[], missing[], problems[] }. Pure and
 * deterministic. One pass per kind of source: the web-copy pass sets page furniture aside; the
 * damaged-copy pass (pinyin, GBK mojibake, Traditional script) runs only where the source shows that
 * damage. Every change to the text goes through a LineEdit, so each is one ledger entry.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { decodeBytes } from './decode.ts';
import { encodeChar, hex } from './damaged-copy/gbk.ts';
import { buildModel, repairLine } from './damaged-copy/mojibake.ts';
import { pinyinRanges, readingTable } from './damaged-copy/pinyin.ts';
import { applyExceptions, toSimplified, type ConverterException, type Variant } from './damaged-copy/traditional.ts';
import { LineEdit } from './edits.ts';
import { parseEditorCorrections, type EditorCorrection } from './editor.ts';
import { ImportError } from './errors.ts';
import { countByMethod, numberChanges, serializeLedger, type HeadLine, type Ledger, type LedgerChange } from './ledger.ts';
import { buildMetadata, type MissingField, type ReportMetadata } from './metadata.ts';
import { fixPunctuation } from './punctuation.ts';
import { detectScript } from './script.ts';
import { MEETING_RE, parseStructure, SALUTATION_RE, type Block, type ReportStructure, type SourceLine, type StructureProblem } from './structure.ts';
import { findFurniture, inlineFurniture, repeatsOpening } from './web-copy/furniture.ts';
import { findLostCharacters } from './web-copy/lost.ts';
import { copyFacts } from './web-copy/copy-facts.ts';

export interface ImportOptions {
	/** name used in messages, e.g. content/reports/x/source.raw.txt */
	file?: string;
	/** report id; derived from region and year when absent */
	id?: string | undefined;
	/** GB/T 2260 code of the region, when the source does not name it */
	region?: string | undefined;
	/** editor-corrections.yaml text, or parsed entries */
	editor?: string | EditorCorrection[];
	editorFile?: string;
	converterFrom?: Variant;
	exceptions?: readonly ConverterException[];
	status?: 'draft' | 'final' | 'corrected';
	/** Day the copy was received (YYYY-MM-DD), written to the frontmatter as `source.retrieved`; the CLI gives today. */
	retrieved?: string | undefined;
}

export interface UnresolvedSpot {
	file: string;
	line: number;
	column: number;
	raw: string;
	bytes: string;
	candidates: string[];
	why: string;
	/** YAML snippet to add to editor-corrections.yaml */
	fix: string;
}

export interface ImportResult {
	markdown: string;
	ledger: Ledger;
	ledgerYaml: string;
	unresolved: UnresolvedSpot[];
	metadata: ReportMetadata;
	structure: ReportStructure;
	warnings: string[];
	/** required fields not found: the report must not be written */
	missing: MissingField[];
	/** the source is not one whole report (two reports, truncated, furniture inside a paragraph) */
	problems: StructureProblem[];
	/** cleaned text lines (after all repairs, furniture set aside), by raw line number */
	cleaned: SourceLine[];
}

// short: a damaged copy has thousands of these entries, each with its reason
const WHY = {
	pinyin: 'pinyin annotation',
	traditional: 'Traditional source: OpenCC t→s (phrases)',
	punctuation: 'ASCII punctuation → full-width (GB/T 15834)',
	whitespace: 'space at the start or end of the line',
};

/** Replace each character that differs between the current text and its converted form. */
function applyDiff(edit: LineEdit, converted: string, method: 'traditional-to-simplified' | 'punctuation', why: string): void {
	const current = edit.text;
	if (converted === current) return;
	if (converted.length === current.length) {
		for (let i = current.length - 1; i >= 0; i--) if (current[i] !== converted[i]) edit.replace(i, i + 1, converted[i]!, method, why);
		return;
	}
	// a conversion that changed the length: one change over the differing span
	let a = 0;
	while (a < current.length && current[a] === converted[a]) a++;
	let b = 0;
	while (b < current.length - a && b < converted.length - a && current[current.length - 1 - b] === converted[converted.length - 1 - b]) b++;
	edit.replace(a, current.length - b, converted.slice(a, converted.length - b), method, why);
}

export function importReport(rawBytes: Uint8Array, options: ImportOptions = {}): ImportResult {
	const file = options.file ?? 'source.raw.txt';
	const editorFile = options.editorFile ?? 'editor-corrections.yaml';
	const { text, encoding } = decodeBytes(rawBytes, file);
	const sha256 = createHash('sha256').update(rawBytes).digest('hex');
	const editor = typeof options.editor === 'string' ? parseEditorCorrections(options.editor, editorFile) : (options.editor ?? []);
	const lines = text.split('\n');
	const variant = options.converterFrom ?? 'tw';
	const readings = readingTable(text);
	const script = detectScript(text.replace(/\([a-zü\u00c0-\u024f]{1,7}\)/g, ''), variant);
	const traditional = script.detected === 'traditional';
	// damaged-copy repairs only where the copy shows the damage: a clean copy has no pinyin and no Traditional script
	const damaged = readings.size > 0 || traditional;
	const model = damaged ? buildModel(text, readings) : undefined;
	const pending: Array<Omit<LedgerChange, 'id' | 'paragraph'>> = [];
	const unresolved: UnresolvedSpot[] = [];
	const cleaned: SourceLine[] = [];
	const usedEditor = new Set<EditorCorrection>();

	// the web-copy pass: page furniture, decided on whole lines before any text is touched
	let sourceUrl: string | undefined;
	const furniture = new Map<number, string>();
	if (/^SOURCE:\s*\S+/.test(lines[0] ?? '')) {
		sourceUrl = lines[0]!.replace(/^SOURCE:\s*/, '').trim();
		furniture.set(0, 'address of the page the copy was taken from');
	}
	const salutation = lines.findIndex((l) => SALUTATION_RE.test(l.trim()));
	for (const f of findFurniture(lines, salutation >= 0 ? salutation : lines.length)) if (!furniture.has(f.index)) furniture.set(f.index, f.why);
	const kept = lines.map((_, i) => i).filter((i) => !furniture.has(i) && lines[i]!.trim() !== '');
	// a repeat of the opening below the end of the report
	const closingAt = kept.findLastIndex((i) => /！\s*$/.test(lines[i]!));
	if (closingAt >= 0) {
		const opening = kept.slice(0, Math.max(0, kept.findIndex((i) => i > salutation) + 2)).map((i) => lines[i]!);
		for (const i of kept.slice(closingAt + 1)) if (repeatsOpening(lines[i]!, opening)) furniture.set(i, 'repeat of the opening after the end of the report');
	}
	const problems: StructureProblem[] = [];
	const keptBody = kept.filter((i) => !furniture.has(i) && i > salutation);
	for (const [i, why] of [...furniture].sort((a, b) => a[0] - b[0])) {
		if (salutation < 0 || i <= salutation) continue;
		const prev = keptBody.filter((k) => k < i).at(-1);
		const next = keptBody.find((k) => k > i);
		// a line cut mid-sentence: it ends in a comma or an opening mark, or runs on longer than any heading
		const cut =
			prev !== undefined &&
			(/[，、（“《—]\s*$/.test(lines[prev]!) ||
				([...lines[prev]!.trim()].length > 40 && !/[。！？：；”）…]\s*$/.test(lines[prev]!) && !MEETING_RE.test(lines[prev]!.trim())));
		if (prev !== undefined && next !== undefined && cut) {
			problems.push({
				line: i + 1,
				what: `page furniture (${why}) “${lines[i]!.trim()}” inside a paragraph: line ${prev + 1} stops mid-sentence and line ${next + 1} goes on`,
				fix: 'restore the paragraph from the printed report: remove the furniture line and join the two parts of the paragraph in the raw copy',
			});
		}
	}

	lines.forEach((rawLine, idx) => {
		const lineNo = idx + 1;
		if (furniture.has(idx) || rawLine.trim() === '') return;
		const edit = new LineEdit(rawLine);
		// 1. editor decisions, on the raw text
		for (const c of editor.filter((e) => e.line === lineNo)) {
			const at = edit.text.indexOf(c.find);
			if (at < 0) {
				throw new ImportError(
					'editor-stale',
					editorFile,
					`correction for line ${lineNo} has find ${JSON.stringify(c.find)}, which is not in ${file}:${lineNo}. Update or remove the entry.`,
					undefined,
				);
			}
			if (edit.text.indexOf(c.find, at + 1) >= 0) {
				throw new ImportError(
					'editor-ambiguous',
					editorFile,
					`find ${JSON.stringify(c.find)} occurs more than once in ${file}:${lineNo}; extend it with neighbouring raw text so it is unique.`,
				);
			}
			edit.replace(at, at + c.find.length, c.replace, 'editor', c.why);
			usedEditor.add(c);
		}
		// 2. lost bytes: GBK mojibake in a damaged copy, a lost character in a clean one
		if (model) {
			for (const s of [...repairLine(edit.text, model)].reverse()) {
				const col = edit.rawAt(s.start) + 1;
				if (s.recovered !== undefined && s.method) edit.replace(s.start, s.end, s.recovered, s.method, s.why);
				else {
					const cand = s.candidates[0] ?? '';
					unresolved.push({
						file,
						line: lineNo,
						column: col,
						raw: s.raw,
						bytes: hex([...s.raw].flatMap((ch) => encodeChar(ch) ?? [-1])),
						candidates: s.candidates,
						why: s.why,
						fix: `- line: ${lineNo}\n  find: ${JSON.stringify(s.raw)}\n  replace: ${JSON.stringify(cand.replace(/□/g, '') || '<text>')}   # decide from context; never invent\n  why: <evidence: bytes, pinyin hint, the report's own patterns>`,
					});
				}
			}
		} else {
			for (const lost of findLostCharacters(edit.text)) {
				const t = edit.text;
				const find = t.slice(Math.max(0, lost.index - 2), lost.index + 3);
				unresolved.push({
					file,
					line: lineNo,
					column: edit.rawAt(lost.index) + 1,
					raw: lost.raw,
					bytes: '(a clean copy: the character itself is gone, no bytes to read)',
					candidates: [],
					why: `a character was lost here (the page wrote “${lost.raw}” in its place): …${lost.context}… — find it from context (the same term elsewhere in the report, a well-known name)`,
					fix: `- line: ${lineNo}\n  find: ${JSON.stringify(find)}\n  replace: ${JSON.stringify(find.replace(lost.raw, '<the lost character>'))}\n  why: <evidence: where the same term is printed, what the name is>`,
				});
			}
		}
		// 3. pinyin annotations
		for (const [a, b] of pinyinRanges(edit.text, readings.size > 0).reverse()) edit.replace(a, b, '', 'pinyin-strip', WHY.pinyin);
		// 4. Traditional → Simplified, only in a Traditional source
		if (traditional) {
			applyDiff(edit, toSimplified(edit.text, variant), 'traditional-to-simplified', WHY.traditional);
			const ex = applyExceptions(edit.text, options.exceptions);
			for (const h of [...ex.hits].reverse()) edit.replace(h.index, h.index + h.before.length, h.after, 'auto:converter-exception', h.why);
		}
		// 5. punctuation, then the line's outer spaces
		applyDiff(edit, fixPunctuation(edit.text).text, 'punctuation', WHY.punctuation);
		const lead = /^[\s\u3000]+/.exec(edit.text)?.[0].length ?? 0;
		if (lead) edit.replace(0, lead, '', 'whitespace', WHY.whitespace);
		const trail = /[\s\u3000]+$/.exec(edit.text)?.[0].length ?? 0;
		if (trail) edit.replace(edit.text.length - trail, edit.text.length, '', 'whitespace', WHY.whitespace);
		for (const c of edit.changes()) pending.push({ line: lineNo, ...c });
		if (edit.text !== '') cleaned.push({ line: lineNo, text: edit.text });
		const inline = salutation >= 0 && idx > salutation ? inlineFurniture(edit.text) : undefined;
		if (inline)
			problems.push({
				line: lineNo,
				what: `page furniture “${inline}” inside the text of line ${lineNo}`,
				fix: 'restore the paragraph from the printed report: remove the furniture from the raw copy',
			});
	});
	for (const c of editor) {
		if (!usedEditor.has(c) && c.line > lines.length) {
			throw new ImportError('editor-stale', editorFile, `correction for line ${c.line}: ${file} has only ${lines.length} lines. Remove the entry.`);
		}
	}
	unresolved.sort((a, b) => a.line - b.line || a.column - b.column);

	const structure = parseStructure(cleaned);
	problems.push(...structure.problems);
	problems.sort((a, b) => a.line - b.line);
	const body = structure.blocks.filter((b) => !/^[an]/.test(b.id));
	if (body.some((b) => b.kind === 'part') && !body.some((b) => b.kind === 'paragraph' && b.closing)) {
		const last = [...body].reverse().find((b) => b.kind === 'paragraph');
		problems.push({
			line: last?.line ?? 1,
			what: `no closing paragraph: the report ends at line ${last?.line ?? '?'} with “…${[...(last?.text ?? '')].slice(-12).join('')}”, not with a closing (…！); the copy looks truncated`,
			fix: 'import a complete copy of the report',
		});
	}
	const captions = [...furniture].filter(([, why]) => why === 'photo caption').map(([i]) => lines[i]!);
	const { meta, warnings, missing } = buildMetadata(structure, {
		id: options.id,
		region: options.region,
		sha256,
		sourceUrl,
		...copyFacts(lines, furniture),
		retrieved: options.retrieved,
		status: options.status,
		captions,
	});
	const lineToBlock = new Map<number, string>();
	for (const b of structure.blocks) for (const l of b.lines) lineToBlock.set(l, b.id);
	const head: HeadLine[] = [];
	for (const [i, l] of structure.headlineLines.entries()) head.push({ line: l, text: structure.headline[i]!, gives: 'headline' });
	const cleanedText = (line: number): string => cleaned.find((c) => c.line === line)!.text;
	// verbatim: a display title set with spaces (政 府 工 作 报 告) gives the title without them
	if (structure.title) head.push({ line: structure.title.line, text: cleanedText(structure.title.line), gives: 'title' });
	for (const l of structure.meeting?.lines ?? []) head.push({ line: l, text: cleanedText(l), gives: 'meeting, delivered' });
	if (structure.speaker) head.push({ line: structure.speaker.line, text: structure.speaker.text, gives: 'speaker' });
	for (const f of structure.foreign) head.push({ line: f.line, text: f.text, gives: 'foreign (another language, not in the zh edition)' });
	head.sort((a, b) => a.line - b.line);
	for (const [i, why] of furniture) pending.push({ line: i + 1, column: 1, before: lines[i]!, after: '', method: 'furniture', why });
	const changes = numberChanges(pending.map((c) => ({ ...c, paragraph: c.method === 'furniture' ? '-' : (lineToBlock.get(c.line) ?? 'meta') })));
	const ledger: Ledger = {
		report: meta.report,
		source: { file: meta.source.file, sha256, encoding },
		script: { detected: script.detected, traditionalToSimplified: script.traditionalToSimplified, simplifiedToTraditional: script.simplifiedToTraditional },
		rules: countByMethod(changes),
		frontmatter: head,
		changes,
	};
	const markdown = renderMarkdown(meta, structure.blocks);
	return { markdown, ledger, ledgerYaml: serializeLedger(ledger), unresolved, metadata: meta, structure, warnings, missing, problems, cleaned };
}

/**
 * Text that Markdown would read as markup at the start of a block (6. “一表同享”… is an ordered list,
 * - or + a bullet, # a heading, > a quote) gets a backslash escape; the text read back is unchanged.
 */
export function escapeBlockStart(text: string): string {
	return text.replace(/^(\d{1,9})([.)])(?=[\s\u3000]|$)/, '$1\\$2').replace(/^([#>+\-*])(?=[\s\u3000]|$)/, '\\$1');
}

function renderBlock(b: Block): string {
	if (b.kind === 'part') return `## ${b.text}`;
	if (b.kind === 'section') return `### ${b.text}`;
	if (b.kind !== 'paragraph') return `# ${b.text}`;
	// Lead phrases that touch form one bold run: CommonMark cannot parse `**…。****…。**`.
	const runs: [number, number][] = [];
	for (const [a, e] of b.leads) {
		const previous = runs.at(-1);
		if (previous && previous[1] === a) previous[1] = e;
		else runs.push([a, e]);
	}
	let s = '';
	let last = 0;
	for (const [a, e] of runs) {
		s += b.text.slice(last, a) + '**' + b.text.slice(a, e) + '**';
		last = e;
	}
	return escapeBlockStart(s + b.text.slice(last));
}

export function renderMarkdown(meta: ReportMetadata, blocks: Block[]): string {
	const fm = stringify(meta, { lineWidth: 0, singleQuote: true });
	return `---\n${fm}---\n\n${blocks.map(renderBlock).join('\n\n')}\n`;
}

export function formatUnresolved(spots: UnresolvedSpot[], editorFile: string): string {
	return [
		`${spots.length} spot(s) could not be repaired with confidence. For each, add an editor decision to ${editorFile} under \`corrections:\` (exact key/shape below), then re-run:`,
		...spots.map(
			(s) =>
				`\n${s.file}:${s.line}:${s.column}: ${JSON.stringify(s.raw)}\n  GBK bytes: ${s.bytes}\n  why: ${s.why}\n  candidates: ${s.candidates.length ? s.candidates.join(' | ') : '(none)'}\n  add:\n${s.fix.replace(/^/gm, '    ')}`,
		),
	].join('\n');
}

/** Why the report must not be written: required fields missing, or the source is not one whole report. */
export function formatBroken(file: string, missing: MissingField[], problems: StructureProblem[]): string {
	return [
		...problems.map((p) => `${file}:${p.line}: ${p.what}. Fix: ${p.fix}.`),
		...missing.map((m) => `${file}:${m.line}: missing ${m.field}: ${m.what}. Fix: ${m.fix}.`),
	].join('\n');
}
