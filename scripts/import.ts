#!/usr/bin/env node
/**
 * node scripts/import.ts <raw-file> <out-dir> [--editor <file>] [--id <report-id>] [--region-en 天宁区=Tianning District]
 * Writes <out-dir>/zh-Hans.md and corrections-ledger.yaml atomically; copies the raw file to
 * <out-dir>/source.raw.txt; exits 1 with a list of unresolved spots, 2 on input errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from '../plugins/import/errors.ts';
import { formatUnresolved, importReport } from '../plugins/import/import-report.ts';
import { countByMethod } from '../plugins/import/ledger.ts';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: node scripts/import.ts <raw-file> <out-dir> [--editor <file>] [--id <report-id>] [--region-en <zh>=<en>]\n`);
  process.exit(2);
}

function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

const args = process.argv.slice(2);
const pos: string[] = [];
let editorPath: string | undefined;
let id: string | undefined;
const regionEn: Record<string, string> = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--editor') editorPath = args[++i] ?? usage('--editor needs a file');
  else if (a === '--id') {
    id = args[++i] ?? usage('--id needs a value');
    // the id names the report folder and every URL: 2025-changzhou-tianning (tests/reliability/corpus/import-bad-id)
    if (!/^\d{4}(-[a-z]+)+$/.test(id)) usage(`--id ${JSON.stringify(id)} is not a report id; write <year>-<city>-<district> in lowercase pinyin, e.g. 2025-changzhou-tianning`);
  }
  else if (a === '--region-en') {
    const [k, v] = (args[++i] ?? usage('--region-en needs zh=en')).split('=');
    if (!k || !v) usage('--region-en needs zh=en');
    regionEn[k] = v;
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
  const result = importReport(new Uint8Array(raw), { file: rawFile, editor, editorFile, id, regionEn });
  if (result.unresolved.length) {
    process.stderr.write(formatUnresolved(result.unresolved, editorFile) + '\n');
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  if (!fs.existsSync(sourceTarget)) writeAtomic(sourceTarget, raw);
  else if (!fs.readFileSync(sourceTarget).equals(raw)) {
    throw new ImportError('source-differs', sourceTarget, `differs from ${rawFile}; source.raw.txt is provenance and is never overwritten. Remove it deliberately if the raw text really changed.`);
  }
  writeAtomic(path.join(outDir, 'zh-Hans.md'), result.markdown);
  writeAtomic(path.join(outDir, 'corrections-ledger.yaml'), result.ledgerYaml);
  for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
  const by = countByMethod(result.ledger);
  process.stdout.write(`imported ${result.metadata.report}: ${result.structure.blocks.length} blocks; rules ${JSON.stringify(result.ledger.rules)}; changes ${JSON.stringify(by)}\n`);
} catch (e) {
  if (e instanceof ImportError) {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
