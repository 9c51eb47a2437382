/** importReport(rawBytes, options) → { markdown, ledger, unresolved[] }. Pure and deterministic. */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { decodeBytes } from './decode.ts';
import { parseEditorCorrections, type EditorCorrection } from './editor.ts';
import { ImportError } from './errors.ts';
import { hex, encodeChar } from './damaged-copy/gbk.ts';
import { numberChanges, serializeLedger, type Ledger, type LedgerChange } from './ledger.ts';
import { buildMetadata, type ReportMetadata } from './metadata.ts';
import { buildModel, repairLine } from './damaged-copy/mojibake.ts';
import { fixPunctuation } from './punctuation.ts';
import { readingTable, stripPinyin } from './damaged-copy/pinyin.ts';
import { parseStructure, type Block, type ReportStructure, type SourceLine } from './structure.ts';
import { applyExceptions, countChanged, toSimplified, type ConverterException, type Variant } from './damaged-copy/traditional.ts';

export interface ImportOptions {
  /** name used in messages, e.g. content/reports/x/source.raw.txt */
  file?: string;
  /** report id; derived from year/city/district when absent */
  id?: string | undefined;
  /** editor-corrections.yaml text, or parsed entries */
  editor?: string | EditorCorrection[];
  editorFile?: string;
  converterFrom?: Variant;
  exceptions?: readonly ConverterException[];
  regionEn?: Record<string, string>;
  status?: 'draft' | 'final' | 'corrected';
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
  /** cleaned text lines (after all repairs), by raw line number */
  cleaned: SourceLine[];
}

type PendingChange = Omit<LedgerChange, 'id' | 'paragraph'>;

/** Map a position in an edited line back to the raw line. */
class Edits {
  private list: Array<{ at: number; rawLen: number; newLen: number }> = [];
  add(at: number, rawLen: number, newLen: number): void { this.list.push({ at, rawLen, newLen }); }
  toRaw(pos: number): number {
    let delta = 0;
    for (const e of [...this.list].sort((a, b) => a.at - b.at)) {
      if (e.at + e.newLen <= pos) delta += e.rawLen - e.newLen;
      else if (e.at <= pos) return e.at - 0 + delta;
    }
    return pos + delta;
  }
}

export function importReport(rawBytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const file = options.file ?? 'source.raw.txt';
  const editorFile = options.editorFile ?? 'editor-corrections.yaml';
  const { text, encoding } = decodeBytes(rawBytes, file);
  const sha256 = createHash('sha256').update(rawBytes).digest('hex');
  const editor = typeof options.editor === 'string' ? parseEditorCorrections(options.editor, editorFile) : (options.editor ?? []);
  const lines = text.split('\n');
  let sourceUrl: string | undefined;
  const readings = readingTable(text);
  const model = buildModel(text, readings);
  const pending: PendingChange[] = [];
  const unresolved: UnresolvedSpot[] = [];
  const cleaned: SourceLine[] = [];
  const rules = { 'pinyin-strip': 0, 'traditional-to-simplified': 0, punctuation: 0 };
  const usedEditor = new Set<EditorCorrection>();

  lines.forEach((rawLine, idx) => {
    const lineNo = idx + 1;
    if (idx === 0 && /^SOURCE:\s*\S+/.test(rawLine)) { sourceUrl = rawLine.replace(/^SOURCE:\s*/, '').trim(); return; }
    let line = rawLine;
    const edits = new Edits();
    // 1. editor decisions
    for (const c of editor.filter((e) => e.line === lineNo)) {
      const at = line.indexOf(c.find);
      if (at < 0) {
        throw new ImportError('editor-stale', editorFile, `correction for line ${lineNo} has find ${JSON.stringify(c.find)}, which is not in ${file}:${lineNo}. Update or remove the entry.`, undefined);
      }
      if (line.indexOf(c.find, at + 1) >= 0) {
        throw new ImportError('editor-ambiguous', editorFile, `find ${JSON.stringify(c.find)} occurs more than once in ${file}:${lineNo}; extend it with neighbouring raw text so it is unique.`);
      }
      pending.push({ line: lineNo, column: edits.toRaw(at) + 1, before: c.find, after: c.replace, method: 'editor', why: c.why });
      line = line.slice(0, at) + c.replace + line.slice(at + c.find.length);
      edits.add(at, c.find.length, c.replace.length);
      usedEditor.add(c);
    }
    // 2. mojibake
    const spots = repairLine(line, model);
    for (const s of [...spots].reverse()) {
      const col = edits.toRaw(s.start) + 1;
      if (s.recovered !== undefined && s.method) {
        pending.push({ line: lineNo, column: col, before: s.raw, after: s.recovered, method: s.method, why: s.why });
        line = line.slice(0, s.start) + s.recovered + line.slice(s.end);
      } else {
        const cand = s.candidates[0] ?? '';
        unresolved.push({
          file, line: lineNo, column: col, raw: s.raw,
          bytes: hex([...s.raw].flatMap((ch) => encodeChar(ch) ?? [-1])),
          candidates: s.candidates, why: s.why,
          fix: `- line: ${lineNo}\n  find: ${JSON.stringify(s.raw)}\n  replace: ${JSON.stringify(cand.replace(/□/g, '') || '<text>')}   # decide from context; never invent\n  why: <evidence: bytes, pinyin hint, the report's own patterns>`,
        });
      }
    }
    // 3. pinyin
    const p = stripPinyin(line);
    rules['pinyin-strip'] += p.count;
    // 4. Traditional → Simplified
    const simp = toSimplified(p.text, options.converterFrom ?? 'tw');
    rules['traditional-to-simplified'] += countChanged(p.text, simp);
    const ex = applyExceptions(simp, options.exceptions);
    for (const h of ex.hits) {
      const rawPos = p.map[h.index] ?? p.text.length;
      pending.push({ line: lineNo, column: edits.toRaw(rawPos) + 1, before: h.before, after: h.after, method: 'auto:converter-exception', why: h.why });
    }
    // 5. punctuation
    const punct = fixPunctuation(ex.text);
    rules.punctuation += punct.count;
    const out = punct.text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (out !== '') cleaned.push({ line: lineNo, text: out });
  });
  for (const c of editor) {
    if (!usedEditor.has(c) && c.line > lines.length) {
      throw new ImportError('editor-stale', editorFile, `correction for line ${c.line}: ${file} has only ${lines.length} lines. Remove the entry.`);
    }
  }
  unresolved.sort((a, b) => a.line - b.line || a.column - b.column);

  const structure = parseStructure(cleaned);
  const { meta, warnings } = buildMetadata(structure, { id: options.id, sha256, sourceUrl, status: options.status, regionEn: options.regionEn });
  const lineToPara = new Map<number, string>();
  for (const b of structure.blocks) lineToPara.set(b.line, b.id);
  if (structure.title) lineToPara.set(structure.title.line, 'title');
  for (const l of structure.meeting?.lines ?? []) lineToPara.set(l, 'meta');
  if (structure.speaker) lineToPara.set(structure.speaker.line, 'meta');
  const changes = numberChanges(pending.map((c) => ({ ...c, paragraph: lineToPara.get(c.line) ?? 'meta' })));
  const ledger: Ledger = { report: meta.report, source: { file: meta.source.file, sha256, encoding }, rules, changes };
  const markdown = renderMarkdown(meta, structure.blocks);
  return { markdown, ledger, ledgerYaml: serializeLedger(ledger), unresolved, metadata: meta, structure, warnings, cleaned };
}

function renderBlock(b: Block): string {
  if (b.kind === 'part') return `## ${b.text}`;
  if (b.kind === 'section') return `### ${b.text}`;
  // Lead phrases that touch form one bold run: CommonMark cannot parse `**…。****…。**`.
  const runs: [number, number][] = [];
  for (const [a, e] of b.leads) {
    const previous = runs.at(-1);
    if (previous && previous[1] === a) previous[1] = e;
    else runs.push([a, e]);
  }
  let s = '';
  let last = 0;
  for (const [a, e] of runs) { s += b.text.slice(last, a) + '**' + b.text.slice(a, e) + '**'; last = e; }
  return s + b.text.slice(last);
}

export function renderMarkdown(meta: ReportMetadata, blocks: Block[]): string {
  const fm = stringify(meta, { lineWidth: 0 });
  return `---\n${fm}---\n\n${blocks.map(renderBlock).join('\n\n')}\n`;
}

export function formatUnresolved(spots: UnresolvedSpot[], editorFile: string): string {
  return [
    `${spots.length} spot(s) could not be repaired with confidence. For each, add an editor decision to ${editorFile} under \`corrections:\` (exact key/shape below), then re-run:`,
    ...spots.map((s) => `\n${s.file}:${s.line}:${s.column}: ${JSON.stringify(s.raw)}\n  GBK bytes: ${s.bytes}\n  why: ${s.why}\n  candidates: ${s.candidates.length ? s.candidates.join(' | ') : '(none)'}\n  add:\n${s.fix.replace(/^/gm, '    ')}`),
  ].join('\n');
}
