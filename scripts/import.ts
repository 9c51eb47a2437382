#!/usr/bin/env node
/**
 * node scripts/import.ts <raw-file> <out-dir> [--editor <file>] [--id <report-id>] [--region <code>] [--retrieved <YYYY-MM-DD>]
 * Writes <out-dir>/zh-Hans.md and corrections-ledger.yaml atomically and copies the raw file to
 * <out-dir>/source.raw.txt, only for a whole report: exits 1 (writing nothing) when a spot needs an
 * editor decision, a required field is missing or the source is not one whole report; 2 on input errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ImportError } from '../plugins/import/errors.ts';
import { formatBroken, formatUnresolved, importReport } from '../plugins/import/import-report.ts';

const USAGE = 'usage: node scripts/import.ts <raw-file> <out-dir> [--editor <file>] [--id <report-id>] [--region <GB/T 2260 code>] [--retrieved <YYYY-MM-DD>]';

function usage(msg: string): never {
	process.stderr.write(`${msg}\n${USAGE}\n`);
	process.exit(2);
}

function writeAtomic(file: string, data: string | Uint8Array): void {
	const tmp = `${file}.tmp-${process.pid}`;
	fs.writeFileSync(tmp, data);
	fs.renameSync(tmp, file);
}

/** A re-import keeps the day the copy was first received, from the edition it replaces. */
function keptRetrieved(dir: string): string | undefined {
	const file = path.join(dir, 'zh-Hans.md');
	if (!fs.existsSync(file)) return undefined;
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
	const day = (parse(frontmatter) as { source?: { retrieved?: unknown } } | null)?.source?.retrieved;
	return typeof day === 'string' ? day : undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

const args = process.argv.slice(2);
const pos: string[] = [];
let editorPath: string | undefined;
let id: string | undefined;
let region: string | undefined;
let retrieved: string | undefined;
for (let i = 0; i < args.length; i++) {
	const a = args[i]!;
	if (a === '--editor') editorPath = args[++i] ?? usage('--editor needs a file');
	else if (a === '--id') {
		id = args[++i] ?? usage('--id needs a value');
		// the id names the report folder and every URL: 2025-changzhou-tianning (tests/reliability/corpus/import-bad-id)
		if (!/^\d{4}(-[a-z]+)+$/.test(id))
			usage(`--id ${JSON.stringify(id)} is not a report id; write <year>-<place> in lowercase pinyin, e.g. 2026-jiangsu or 2025-changzhou-tianning`);
	} else if (a === '--region') {
		region = args[++i] ?? usage('--region needs a GB/T 2260 code');
		if (!/^\d{6}$/.test(region))
			usage(
				`--region ${JSON.stringify(region)} is not a GB/T 2260 code; write the six digits, e.g. --region 320000 (Jiangsu) or --region 320402 (Tianning District)`,
			);
	} else if (a === '--retrieved') {
		retrieved = args[++i] ?? usage('--retrieved needs a date');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(retrieved) || Number.isNaN(Date.parse(retrieved)))
			usage(`--retrieved ${JSON.stringify(retrieved)} is not a date; write the day the copy was received as YYYY-MM-DD, e.g. --retrieved 2026-02-24`);
	} else if (a.startsWith('--')) usage(`unknown option ${a}`);
	else pos.push(a);
}
if (pos.length !== 2) usage('expected <raw-file> and <out-dir>');
const [rawFile, outDir] = pos as [string, string];
if (!fs.existsSync(rawFile)) usage(`${rawFile}: no such file`);
const editorFile = editorPath ?? path.join(outDir, 'editor-corrections.yaml');

try {
	const raw = fs.readFileSync(rawFile);
	const editor = fs.existsSync(editorFile) ? fs.readFileSync(editorFile, 'utf8') : '';
	const sourceTarget = path.join(outDir, 'source.raw.txt');
	const result = importReport(new Uint8Array(raw), { file: rawFile, editor, editorFile, id, region, retrieved: retrieved ?? keptRetrieved(outDir) ?? today() });
	if (result.problems.length || result.missing.length) {
		process.stderr.write(`error: ${rawFile} is not imported; nothing was written:\n${formatBroken(rawFile, result.missing, result.problems)}\n`);
		if (result.unresolved.length) process.stderr.write(formatUnresolved(result.unresolved, editorFile) + '\n');
		process.exit(1);
	}
	if (result.unresolved.length) {
		process.stderr.write(formatUnresolved(result.unresolved, editorFile) + '\n');
		process.exit(1);
	}
	fs.mkdirSync(outDir, { recursive: true });
	if (!fs.existsSync(sourceTarget)) writeAtomic(sourceTarget, raw);
	else if (!fs.readFileSync(sourceTarget).equals(raw)) {
		throw new ImportError(
			'source-differs',
			sourceTarget,
			`differs from ${rawFile}; source.raw.txt is provenance and is never overwritten. Remove it deliberately if the raw text really changed.`,
		);
	}
	writeAtomic(path.join(outDir, 'zh-Hans.md'), result.markdown);
	writeAtomic(path.join(outDir, 'corrections-ledger.yaml'), result.ledgerYaml);
	for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
	const count = (kind: string) => result.structure.blocks.filter((b) => b.kind === kind).length;
	process.stdout.write(
		`imported ${result.metadata.report}: ${count('part')} parts, ${count('section')} sections, ${count('paragraph')} paragraphs, ${count('annex')} annexes, ${count('notes')} notes; changes ${JSON.stringify(result.ledger.rules)}\n`,
	);
} catch (e) {
	if (e instanceof ImportError) {
		process.stderr.write(`error: ${e.message}\n`);
		process.exit(2);
	}
	throw e;
}
