/** Reader for editor-corrections.yaml: editor decisions the importer applies on every import. */
import { parse } from 'yaml';
import { ImportError } from './errors.ts';

export interface EditorCorrection {
	/** 1-based line in source.raw.txt */
	line: number;
	/** exact raw text of the spot (as in source.raw.txt) */
	find: string;
	/** replacement, written in final Simplified form with full-width punctuation */
	replace: string;
	why: string;
}

export function parseEditorCorrections(text: string, file = 'editor-corrections.yaml'): EditorCorrection[] {
	if (text.trim() === '') return [];
	let doc: unknown;
	try {
		doc = parse(text);
	} catch (e) {
		throw new ImportError('editor-yaml', file, `invalid YAML: ${(e as Error).message}`);
	}
	const list = (doc as { corrections?: unknown })?.corrections;
	if (list === undefined || list === null) return [];
	if (!Array.isArray(list)) throw new ImportError('editor-yaml', file, '`corrections` must be a list of { line, find, replace, why }');
	return list.map((c: Record<string, unknown>, i: number) => {
		const bad = (what: string): never => {
			throw new ImportError('editor-yaml', file, `corrections[${i}]: ${what}; each entry needs line (number), find (raw text), replace (text), why (reason)`);
		};
		if (typeof c.line !== 'number') bad('`line` must be a number');
		if (typeof c.find !== 'string' || c.find === '') bad('`find` must be the exact raw text');
		if (typeof c.replace !== 'string') bad('`replace` must be a string');
		if (typeof c.why !== 'string' || c.why.trim() === '') bad('`why` is required: justify the decision');
		return { line: c.line as number, find: c.find as string, replace: c.replace as string, why: (c.why as string).trim() };
	});
}
