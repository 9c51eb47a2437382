/**
 * The print cache (`.cache/print/` in the project): a PDF is rendered again only when what it is made
 * from changed. The key is a SHA-256 over
 *   - the print page's HTML and every file it loads: stylesheets (and their `@import`s), fonts and
 *     images named by `url()`, scripts — found by reading the HTML and CSS, and checked afterwards
 *     against the requests the page really made (a page that loaded anything the key does not cover is
 *     not cached, so a gap in the parsing can cost time but never correctness);
 *   - the system fonts (`local()` faces and Chromium's fallbacks come from fontconfig);
 *   - the renderer: Chromium's version, Paged.js (the polyfill's bytes), playwright-core and pdfjs-dist
 *     versions, and the source of the code that renders and checks (render.ts, browser.ts, verify.ts, check-worker.ts).
 * What is stored is Chromium's PDF after it passed the span check and the text check, with what those
 * checks found. The steps after rendering (metadata and the build date, booklet, print-shop PDF, the
 * size and checksum fill-in) run on every build, cached or not, so a date or imposition change never
 * needs a render and the output is byte-identical to a clean build's.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { packageVersion } from '../shared/package-version.ts';
import { chromiumPath } from './browser.ts';
import { pagedPolyfillPath, type DocumentMeta } from './render.ts';

/** Bump when the stored record or the key's make-up changes. */
const CACHE_FORMAT = 1;
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What the checks found when the cached PDF was made; enough to publish it without rendering. */
export interface CachedRecord {
	format: number;
	key: string;
	/** SHA-256 of the stored PDF: a damaged cache file is a miss, never a published PDF. */
	sha256: string;
	pages: number;
	blocks: number;
	splitParagraphs: number;
	maxPagesPerParagraph: number;
	firstBodyPage: number;
	meta: DocumentMeta;
	/** Seconds the render took when it was made. */
	seconds: number;
}

/** Everything outside the built site that decides the bytes Chromium writes, and what checks them. */
export async function rendererFingerprint(): Promise<Record<string, string>> {
	const source = (name: string) => sha256(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url))));
	const version = (name: string) => packageVersion(name);
	let chromium: string;
	try {
		chromium = (await promisify(execFile)(chromiumPath(), ['--version'], { timeout: 30_000 })).stdout.trim();
	} catch {
		// Unknown Chromium: a key no run can share, so nothing is reused (and the render reports the missing binary).
		chromium = `unknown ${chromiumPath()} ${process.pid} ${Date.now()}`;
	}
	return {
		format: String(CACHE_FORMAT),
		chromium,
		pagedjs: `${version('pagedjs')} ${sha256(readFileSync(pagedPolyfillPath))}`,
		playwright: version('playwright-core'),
		pdfjs: version('pdfjs-dist'),
		'render.ts': source('render.ts'),
		'browser.ts': source('browser.ts'),
		'verify.ts': source('verify.ts'),
		'check-worker.ts': source('check-worker.ts'),
		'system-fonts': await systemFonts(),
	};
}

/** Every font file fontconfig offers Chromium (path, size, modification time): `local()` faces and fallbacks. */
async function systemFonts(): Promise<string> {
	try {
		const { stdout } = await promisify(execFile)('fc-list', ['--format', '%{file}\n'], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
		const files = [...new Set(stdout.split('\n').filter(Boolean))].sort();
		return sha256(
			files
				.map((file) => {
					const stats = statSync(file, { throwIfNoEntry: false });
					return `${file} ${stats?.size ?? '-'} ${stats?.mtimeMs ?? '-'}`;
				})
				.join('\n'),
		);
	} catch {
		return `no fc-list ${process.pid} ${Date.now()}`;
	}
}

const HTML_REFERENCE = /<(link|script|img|source|iframe|embed|object|video|audio|input|image|use)\b([^>]*)>/gi;
const ATTRIBUTE = /\b(href|src|srcset|data|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi;
const CSS_IMPORT = /@import\s+(?:"([^"]*)"|'([^']*)')/gi;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Site paths (`/_astro/x.css`) of the built site and the files they are, each hashed once per run. */
export class SiteFiles {
	#root: string;
	#hashes = new Map<string, string>();
	#closures = new Map<string, string[]>();

	constructor(root: string) {
		this.#root = root;
	}

	/** SHA-256 of the file at a site path, or `missing` (a 404 is an input too). */
	hash(path: string): string {
		let hash = this.#hashes.get(path);
		if (hash === undefined) {
			const file = this.file(path);
			hash = file && existsSync(file) && statSync(file).isFile() ? sha256(readFileSync(file)) : 'missing';
			this.#hashes.set(path, hash);
		}
		return hash;
	}

	file(path: string): string | undefined {
		const normal = posix.normalize(path);
		if (!normal.startsWith('/') || normal.split('/').includes('..')) return undefined;
		const file = join(this.#root, normal);
		return normal.endsWith('/') ? join(file, 'index.html') : existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
	}

	/** The page at `path` and every file it loads, as site paths, sorted. */
	closure(path: string): string[] {
		const seen = new Set<string>();
		const visit = (current: string, kind: 'html' | 'css' | 'file') => {
			if (seen.has(current)) return;
			seen.add(current);
			if (kind === 'file') return;
			const file = this.file(current);
			if (!file || !existsSync(file) || !statSync(file).isFile()) return;
			const text = readFileSync(file, 'utf8');
			for (const [reference, stylesheet] of kind === 'html' ? htmlReferences(text) : cssReferences(text)) {
				const resolved = resolveReference(reference, current);
				if (resolved) visit(resolved, stylesheet || /\.css$/i.test(resolved) ? 'css' : 'file');
			}
		};
		visit(path, 'html');
		return [...seen].sort();
	}

	/** The closure, memoised: pages of one run share their stylesheets and fonts. */
	inputs(path: string): string[] {
		let inputs = this.#closures.get(path);
		if (!inputs) {
			inputs = this.closure(path);
			this.#closures.set(path, inputs);
		}
		return inputs;
	}
}

/** References in an HTML page: resources of loading elements, and `url()`s of its inline CSS. */
function* htmlReferences(html: string): Generator<[string, boolean]> {
	const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
	for (const [, tag = '', attributes = ''] of withoutComments.matchAll(HTML_REFERENCE)) {
		// Only stylesheets, preloads and icons among <link>s: a link to another page is not something this page loads.
		if (tag.toLowerCase() === 'link' && !/\brel\s*=\s*["']?[^"'>]*\b(stylesheet|preload|modulepreload|icon|prefetch)\b/i.test(attributes)) continue;
		const stylesheet = tag.toLowerCase() === 'link' && /\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i.test(attributes);
		for (const [, name = '', a, b, c] of attributes.matchAll(ATTRIBUTE)) {
			const value = a ?? b ?? c ?? '';
			const urls = name.toLowerCase() === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
			for (const url of urls) yield [decodeHtml(url), stylesheet];
		}
	}
	for (const [, css = ''] of withoutComments.matchAll(STYLE_BLOCK)) yield* cssReferences(css);
	for (const [, a, b] of withoutComments.matchAll(STYLE_ATTRIBUTE)) yield* cssReferences(decodeHtml(a ?? b ?? ''));
}

function* cssReferences(css: string): Generator<[string, boolean]> {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const [, a, b] of text.matchAll(CSS_IMPORT)) yield [a ?? b ?? '', true];
	for (const [, a, b, c] of text.matchAll(CSS_URL)) yield [a ?? b ?? c ?? '', false];
}

const decodeHtml = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** A reference as a site path, or undefined for data:, fragments and other origins (blocked by the print context). */
function resolveReference(reference: string, from: string): string | undefined {
	const value = reference.trim();
	if (value === '' || value.startsWith('#') || /^(data|blob|about|javascript):/i.test(value)) return undefined;
	try {
		const base = new URL(from, 'http://site.invalid');
		const url = new URL(value, base);
		if (url.origin !== base.origin) return undefined;
		return decodeURIComponent(url.pathname);
	} catch {
		return undefined;
	}
}

/** One run's view of the cache folder. */
export class PrintCache {
	readonly dir: string;
	#renderer: Record<string, string>;
	#site: SiteFiles;

	constructor(dir: string, renderer: Record<string, string>, site: SiteFiles) {
		this.dir = dir;
		this.#renderer = renderer;
		this.#site = site;
	}

	/** Chromium as the key names it (`chromium --version`). */
	get chromium(): string {
		return this.#renderer.chromium ?? '';
	}

	/** The key of the PDF made from the print page at `path`, and the site paths it covers. */
	key(path: string): { key: string; inputs: Set<string> } {
		const inputs = this.#site.inputs(path);
		const key = sha256(JSON.stringify({ renderer: this.#renderer, page: path, inputs: inputs.map((input) => [input, this.#site.hash(input)]) }));
		return { key, inputs: new Set(inputs) };
	}

	#base(name: string, key: string): string {
		return join(this.dir, `${name}-${key.slice(0, 32)}`);
	}

	/** The stored PDF and record for `key`, or undefined (absent, another key's, damaged, or unreadable). */
	read(name: string, key: string): { pdf: Uint8Array; record: CachedRecord } | undefined {
		const base = this.#base(name, key);
		try {
			const record = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as CachedRecord;
			if (record.format !== CACHE_FORMAT || record.key !== key) return undefined;
			const pdf = readFileSync(`${base}.pdf`);
			if (sha256(pdf) !== record.sha256) return undefined;
			return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), record };
		} catch {
			return undefined;
		}
	}

	/** Store a checked PDF: the PDF first, the record last (the record is what makes an entry exist), each by rename. */
	write(name: string, key: string, pdf: Uint8Array, record: Omit<CachedRecord, 'format' | 'key' | 'sha256'>): void {
		mkdirSync(this.dir, { recursive: true });
		const base = this.#base(name, key);
		const full: CachedRecord = { format: CACHE_FORMAT, key, sha256: sha256(pdf), ...record };
		writeAtomically(`${base}.pdf`, pdf);
		writeAtomically(`${base}.json`, `${JSON.stringify(full, null, '\t')}\n`);
	}

	/**
	 * Keep, per document, the entry just used and the two most recent others (undoing an edit is then
	 * free); older ones go. Entries of documents this run did not see are left alone (another site or
	 * content folder may share the folder).
	 */
	prune(current: Map<string, string>): void {
		if (!existsSync(this.dir)) return;
		const names = readdirSync(this.dir);
		for (const [name, key] of current) {
			const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-([0-9a-f]{32})\\.json$`);
			const others = names
				.map((file) => pattern.exec(file)?.[1])
				.filter((other): other is string => other !== undefined && other !== key.slice(0, 32))
				.map((other) => ({ other, time: statSync(join(this.dir, `${name}-${other}.json`), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
				.sort((a, b) => b.time - a.time);
			for (const { other } of others.slice(2)) {
				for (const extension of ['json', 'pdf']) rmSync(join(this.dir, `${name}-${other}.${extension}`), { force: true });
			}
		}
	}
}

/** A file appears at its final path whole or not at all: written beside it, then renamed. */
export function writeAtomically(path: string, data: Uint8Array | string): void {
	const temporary = `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
	try {
		writeFileSync(temporary, data);
		renameSync(temporary, path);
	} finally {
		rmSync(temporary, { force: true });
	}
}
