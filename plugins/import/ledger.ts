/** The corrections ledger: per-rule counts plus every non-mechanical change. */
import { stringify } from 'yaml';

export type Method = 'auto:mojibake-shift' | 'auto:pinyin-hint' | 'auto:converter-exception' | 'editor';

export interface LedgerChange {
  id: string;
  line: number;
  column: number;
  paragraph: string;
  before: string;
  after: string;
  method: Method;
  why: string;
}

export interface Ledger {
  report: string;
  source: { file: string; sha256: string; encoding: string };
  rules: { 'pinyin-strip': number; 'traditional-to-simplified': number; punctuation: number };
  changes: LedgerChange[];
}

export function numberChanges(changes: Omit<LedgerChange, 'id'>[]): LedgerChange[] {
  return [...changes]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((c, i) => ({
      id: `c${String(i + 1).padStart(3, '0')}`,
      line: c.line, column: c.column, paragraph: c.paragraph,
      before: c.before, after: c.after, method: c.method, why: c.why,
    }));
}

export function countByMethod(l: Ledger): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of l.changes) out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
}

export function serializeLedger(l: Ledger): string {
  return stringify(l, { lineWidth: 0 });
}
