/** Structure detection on cleaned (Simplified, full-width) lines. */
export interface SourceLine { line: number; text: string }

export type Block =
  | { kind: 'part'; id: string; line: number; text: string }
  | { kind: 'section'; id: string; line: number; text: string }
  | { kind: 'paragraph'; id: string; line: number; text: string; leads: Array<[number, number]>; closing?: boolean };

export interface ReportStructure {
  headline: string[];
  preamble: string[];
  title?: SourceLine;
  meeting?: SourceLine & { lines: number[] };
  speaker?: SourceLine & { role: string; name: string };
  salutation?: SourceLine;
  blocks: Block[];
  /** lines in another language (bilingual sources), kept out of the zh edition */
  foreign: SourceLine[];
}

const NUM = '[一二三四五六七八九十]+';
export const PART_RE = new RegExp(`^(${NUM})、(.{1,40})$`);
export const SECTION_RE = new RegExp(`^（(${NUM})）(.{1,60})$`);
export const THEME_RE = new RegExp(`^${NUM}是`);
export const SALUTATION_RE = /^各位代表[：:]$/;
export const MEETING_RE = /^——/;
const HAN = /[\u3400-\u9fff]/;

const squeeze = (s: string): string => s.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '');

export function isForeign(text: string): boolean {
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return letters > 8 && han === 0;
}

export function parseSpeaker(text: string): { role: string; name: string } | undefined {
  const m = /^(\S.*?[\u3400-\u9fff])\s+((?:[\u3400-\u9fff]\s*){2,4})$/.exec(text.trim());
  if (!m) return undefined;
  return { role: squeeze(m[1]!), name: m[2]!.replace(/\s+/g, '') };
}

/** Lead phrases of one paragraph as [start, end) ranges (end includes the 。). */
export function findLeads(text: string): Array<[number, number]> {
  const leads: Array<[number, number]> = [];
  const sentences: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。') { sentences.push([s, i + 1]); s = i + 1; }
  }
  const themed = THEME_RE.test(text);
  const isLast = (k: number): boolean => sentences[k]![1] >= text.length;
  sentences.forEach(([a, b], k) => {
    if (isLast(k)) return; // a lead phrase introduces something
    const sent = text.slice(a, b);
    const len = [...sent].length;
    const body = sent.slice(0, -1);
    if (k === 0 && themed) { leads.push([a, b]); return; }
    if (/[，、；：！？,;:!?0-9A-Za-z%]/.test(body)) return;
    if (k === 0 && len <= 24) { leads.push([a, b]); return; }
    // short topic sentence inside a themed paragraph, right after another lead
    if (themed && len <= 12 && !/[“”]/.test(body)) leads.push([a, b]);
  });
  return leads;
}

export function parseStructure(lines: SourceLine[]): ReportStructure {
  const out: ReportStructure = { headline: [], preamble: [], blocks: [], foreign: [] };
  const body: SourceLine[] = [];
  for (const l of lines) (isForeign(l.text) ? out.foreign : body).push(l);
  const salIdx = body.findIndex((l) => SALUTATION_RE.test(l.text));
  const headEnd = salIdx >= 0 ? salIdx : Math.min(body.length, 6);
  const head = body.slice(0, headEnd);
  let meetIdx = head.findIndex((l) => MEETING_RE.test(l.text));
  let titleIdx: number;
  if (meetIdx >= 0) {
    titleIdx = meetIdx - 1;
    const ml = [head[meetIdx]!];
    let k = meetIdx;
    while (!/会议上?$/.test(ml.map((x) => x.text).join('')) && k + 1 < head.length && k - meetIdx < 2) { k++; ml.push(head[k]!); }
    // Lines after —— join the meeting only when they complete it (…会议上); otherwise they are text (fuzzing: '——\n经济' lost 经济).
    if (!/会议上?$/.test(ml.map((x) => x.text).join(''))) { ml.splice(1); k = meetIdx; }
    out.meeting = { line: ml[0]!.line, text: ml.map((x) => x.text).join(''), lines: ml.map((x) => x.line) };
    meetIdx = k;
  } else {
    titleIdx = -1;
    for (let i = 0; i < head.length; i++) if (/报告/.test(head[i]!.text)) titleIdx = i;
    if (titleIdx < 0 && head.length) titleIdx = 0;
  }
  if (titleIdx >= 0) out.title = { line: head[titleIdx]!.line, text: squeeze(head[titleIdx]!.text) };
  for (let i = 0; i < Math.max(0, titleIdx); i++) (/报告/.test(head[i]!.text) ? out.headline : out.preamble).push(head[i]!.text);
  const afterTitle = Math.max(titleIdx, meetIdx) + 1;
  for (let i = afterTitle; i < head.length; i++) {
    const sp = !out.speaker ? parseSpeaker(head[i]!.text) : undefined;
    if (sp) out.speaker = { line: head[i]!.line, text: head[i]!.text, ...sp };
    else out.blocks.push({ kind: 'paragraph', id: '', line: head[i]!.line, text: head[i]!.text, leads: [] });
  }
  if (salIdx >= 0) out.salutation = body[salIdx]!;
  let part = 0;
  let section = 0;
  let para = 0;
  const rest = salIdx >= 0 ? body.slice(salIdx) : body.slice(headEnd);
  for (const l of rest) {
    const t = l.text;
    if (PART_RE.test(t) && !/[。；]/.test(t)) {
      part++; section = 0; para = 0;
      out.blocks.push({ kind: 'part', id: `p${part}`, line: l.line, text: t });
    } else if (part > 0 && SECTION_RE.test(t) && !/[。；]/.test(t)) {
      section++; para = 0;
      out.blocks.push({ kind: 'section', id: `p${part}-s${section}`, line: l.line, text: t });
    } else {
      para++;
      const id = section ? `p${part}-s${section}-${para}` : `p${part}-${para}`;
      const isSal = SALUTATION_RE.test(t);
      out.blocks.push({ kind: 'paragraph', id, line: l.line, text: t, leads: isSal || part === 0 ? [] : findLeads(t) });
    }
  }
  // renumber opening paragraphs before the salutation that came from the head
  let p0 = 0;
  for (const b of out.blocks) if (b.kind === 'paragraph' && (b.id === '' || b.id.startsWith('p0-'))) b.id = `p0-${++p0}`;
  const lastPara = [...out.blocks].reverse().find((b) => b.kind === 'paragraph');
  if (lastPara && lastPara.kind === 'paragraph' && /^各位代表/.test(lastPara.text) && part > 0) lastPara.closing = true;
  return out;
}

export const hasHan = (s: string): boolean => HAN.test(s);
