/**
 * A report's corrections ledger as readers are shown it: every editorial reconstruction (the editor's
 * decisions, with their evidence) and the mechanical changes counted by kind. The ledger itself is
 * written by the importer (plugins/import/ledger.ts) and published verbatim beside the report's data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { methods, type LedgerChange, type Method } from '../import/ledger.ts';

export interface LedgerSummary {
	/** Changes an editor decided (method `editor`), in source order. */
	reconstructions: LedgerChange[];
	/** Every other kind of change with its count, in the importer's order of methods; kinds with none are left out. */
	mechanical: { method: Exclude<Method, 'editor'>; count: number }[];
	/** All changes. */
	total: number;
}

const mechanicalOrder = methods.filter((method): method is Exclude<Method, 'editor'> => method !== 'editor');

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

/**
 * Summaries already made, by file: every reading page, colophon, corrections page and export asks for
 * the same ledgers (the seed's is 725 KB of YAML), so each text is parsed once; a changed file (dev
 * server) is parsed again.
 */
const summaries = new Map<string, { text: string; summary: LedgerSummary }>();

/** The ledger of a report in `<contentDir>/reports/<report>/`, or undefined for a report made without the importer. */
export function readLedger(contentDir: string, report: string): { text: string; summary: LedgerSummary } | undefined {
	const path = join(contentDir, 'reports', report, ledgerFile);
	if (!existsSync(path)) return undefined;
	const text = readFileSync(path, 'utf8');
	const known = summaries.get(path);
	if (known?.text === text) return known;
	const read = { text, summary: summarizeLedger(text, path) };
	summaries.set(path, read);
	return read;
}
