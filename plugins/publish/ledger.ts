/**
 * A report's corrections ledger as readers are shown it: every editorial reconstruction (the editor's
 * decisions, with their evidence) and the mechanical changes counted by kind. The ledger itself is
 * written by the importer (plugins/import/ledger.ts) and published verbatim beside the report's data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LedgerChange, Method } from '../import/ledger.ts';

export interface LedgerSummary {
	/** Changes an editor decided (method `editor`), in source order. */
	reconstructions: LedgerChange[];
	/** Every other kind of change with its count, in the importer's order of methods; kinds with none are left out. */
	mechanical: { method: Exclude<Method, 'editor'>; count: number }[];
	/** All changes. */
	total: number;
}

const mechanicalOrder = [
	'furniture',
	'whitespace',
	'punctuation',
	'pinyin-strip',
	'traditional-to-simplified',
	'auto:mojibake-shift',
	'auto:pinyin-hint',
	'auto:converter-exception',
] as const satisfies readonly Exclude<Method, 'editor'>[];

export const ledgerFile = 'corrections-ledger.yaml';

/** The summary of a ledger's text; `file` names it in the error a malformed ledger gives. */
export function summarizeLedger(text: string, file: string): LedgerSummary {
	const ledger = parse(text) as { changes?: unknown } | null;
	if (!Array.isArray(ledger?.changes)) throw new Error(`${file}: no \`changes:\` list; the importer writes one (npm run import)`);
	const changes = ledger.changes as LedgerChange[];
	for (const [index, change] of changes.entries()) {
		if (typeof change?.method !== 'string' || typeof change.line !== 'number')
			throw new Error(`${file}: changes[${index}] has no method or line: ${JSON.stringify(change)}`);
	}
	const count = (method: Method) => changes.filter((change) => change.method === method).length;
	return {
		reconstructions: changes.filter((change) => change.method === 'editor'),
		mechanical: mechanicalOrder.map((method) => ({ method, count: count(method) })).filter((kind) => kind.count > 0),
		total: changes.length,
	};
}

/** The ledger of a report in `<contentDir>/reports/<report>/`, or undefined for a report made without the importer. */
export function readLedger(contentDir: string, report: string): { text: string; summary: LedgerSummary } | undefined {
	const path = join(contentDir, 'reports', report, ledgerFile);
	if (!existsSync(path)) return undefined;
	const text = readFileSync(path, 'utf8');
	return { text, summary: summarizeLedger(text, path) };
}
