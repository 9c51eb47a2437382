import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

/** One language edition file as read from disk, before validation. */
export interface EditionFile {
	/** Absolute path. */
	path: string;
	/** Path relative to the project root, for messages. */
	displayPath: string;
	/** Folder name = report id the folder claims. */
	folder: string;
	/** File name without `.md` = language the file claims. */
	fileLanguage: string;
	raw: string;
	/** Parsed frontmatter (unvalidated), or undefined when missing or not YAML. */
	frontmatter: Record<string, unknown> | undefined;
	/** Where each frontmatter key path (`speaker.name`) starts, 1-based line in the file. */
	fieldLines: Map<string, number>;
	/** Problem reading the frontmatter itself (missing, bad YAML), with its line. */
	frontmatterError: { line: number; message: string } | undefined;
	/** Body Markdown (frontmatter stripped). */
	body: string;
	/** Line in the file where the body starts (for positions in body messages). */
	bodyStartLine: number;
}

/** Split a Markdown file into frontmatter (parsed, with key lines) and body. */
export function readEdition(path: string, root: string): EditionFile {
	const raw = readFileSync(path, 'utf8');
	const displayPath = displayPathOf(path, root);
	const parts = path.split(/[\\/]/);
	const fileName = parts.at(-1) ?? '';
	const folder = parts.at(-2) ?? '';
	const base: Omit<EditionFile, 'frontmatter' | 'fieldLines' | 'frontmatterError' | 'body' | 'bodyStartLine'> = {
		path,
		displayPath,
		folder,
		fileLanguage: fileName.replace(/\.md$/, ''),
		raw,
	};
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
	if (!match) {
		return {
			...base,
			frontmatter: undefined,
			fieldLines: new Map(),
			frontmatterError: { line: 1, message: 'The file has no frontmatter: it must start with a `---` line, the YAML fields, and a closing `---` line.' },
			body: raw,
			bodyStartLine: 1,
		};
	}
	const bodyStartLine = match[0].split('\n').length;
	const body = raw.slice(match[0].length);
	const lineCounter = new LineCounter();
	const doc = parseDocument(match[1] ?? '', { lineCounter, uniqueKeys: true });
	if (doc.errors.length > 0) {
		const error = doc.errors[0]!;
		const line = (error.linePos?.[0].line ?? 0) + 1;
		return { ...base, frontmatter: undefined, fieldLines: new Map(), frontmatterError: { line, message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Fix the YAML on this line; quote a value that holds : # [ ] { } or starts with a quote.` }, body, bodyStartLine };
	}
	const fieldLines = new Map<string, number>();
	collectKeyLines(doc.contents, [], lineCounter, fieldLines);
	// Cloned, so that its strings are not slices of the file's text: a slice keeps the whole text alive
	// wherever the frontmatter goes (the content store, the derived editions).
	const value = structuredClone(doc.toJS()) as unknown;
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		return { ...base, frontmatter: undefined, fieldLines, frontmatterError: { line: 2, message: 'The frontmatter must be a YAML mapping of fields (key: value).' }, body, bodyStartLine };
	}
	return { ...base, frontmatter: value as Record<string, unknown>, fieldLines, frontmatterError: undefined, body, bodyStartLine };
}

function collectKeyLines(node: unknown, path: string[], lines: LineCounter, out: Map<string, number>): void {
	const map = node as { items?: { key?: { value?: unknown; range?: [number, number, number] }; value?: unknown }[] } | null;
	if (!map?.items) return;
	for (const item of map.items) {
		const key = String(item.key?.value ?? '');
		const keyPath = [...path, key];
		if (item.key?.range) out.set(keyPath.join('.'), lines.linePos(item.key.range[0]).line + 1);
		collectKeyLines(item.value, keyPath, lines, out);
	}
}

/** Every stored edition file under `contentDir/reports/<report>/<language>.md`, in a stable order. */
export function listEditionFiles(reportsDir: string): string[] {
	let folders: string[];
	try {
		folders = readdirSync(reportsDir).sort();
	} catch {
		return [];
	}
	const files: string[] = [];
	for (const folder of folders) {
		const dir = join(reportsDir, folder);
		if (!statSync(dir).isDirectory()) continue;
		for (const name of readdirSync(dir).sort()) {
			if (name.endsWith('.md')) files.push(join(dir, name));
		}
	}
	return files;
}

/** A path as messages show it: relative to the project when inside it, else absolute. */
export function displayPathOf(path: string, root: string): string {
	const inside = relative(root, path);
	return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
