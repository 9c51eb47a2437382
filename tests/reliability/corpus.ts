import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** tests/reliability/corpus: one folder per bad input, applied over corpus/_base (a good two-edition report). */
export const corpusDir = new URL('./corpus', import.meta.url).pathname;

export interface CorpusCase {
	name: string;
	dir: string;
	description: string;
	/** Paths under content/ to remove from the base before the case's files are laid over it. */
	delete?: string[];
	/** Exact problem lines the checks must print, in order (formatProblem). */
	expected: string[];
}

export function listCases(): CorpusCase[] {
	return readdirSync(corpusDir)
		.filter((name) => !name.startsWith('_') && existsSync(join(corpusDir, name, 'case.json')))
		.sort()
		.map((name) => {
			const dir = join(corpusDir, name);
			const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { description: string; delete?: string[] };
			const expectedPath = join(dir, 'expected.txt');
			const expected = existsSync(expectedPath)
				? readFileSync(expectedPath, 'utf8')
						.split('\n')
						.filter((line) => line !== '')
				: [];
			return { name, dir, ...meta, expected };
		});
}

/** A project root (temporary folder) whose content/ is the base with the case laid over it. */
export function contentFor(entry: CorpusCase): string {
	const root = mkdtempSync(join(tmpdir(), `rp-corpus-${entry.name}-`));
	cpSync(join(corpusDir, '_base'), join(root, 'content'), { recursive: true });
	for (const path of entry.delete ?? []) rmSync(join(root, 'content', path), { recursive: true, force: true });
	if (existsSync(join(entry.dir, 'content'))) cpSync(join(entry.dir, 'content'), join(root, 'content'), { recursive: true });
	return root;
}
