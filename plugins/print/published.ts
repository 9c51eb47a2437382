/**
 * Size and checksum of a PDF, shown beside its download link and in the data exports. The reading
 * pages are rendered before the print step makes the PDFs (it works from the built print pages), so a
 * page carries placeholders of the right shape, and `fillPdfFacts` writes the real values into every
 * built text file once the PDFs exist. Values then always describe the very file that is published.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sitePaths } from '../shared/files.ts';
import { join, relative } from 'node:path';

export interface PdfFacts {
	/** Site path, `/pdf/<report>-<edition>.pdf`. */
	href: string;
	/** File size in bytes (a placeholder number until filled). */
	bytes: number;
	/** SHA-256, lowercase hex (a placeholder digest until filled). */
	sha256: string;
	/** Size for readers, e.g. `1.1 MB` (a placeholder token until filled). */
	size: string;
}

const token = (field: string, file: string) => `@@report-press-pdf-${field}:${file}@@`;
const placeholderSha = (file: string) => createHash('sha256').update(`report-press placeholder ${file}`).digest('hex');
// A 16-digit number no real PDF size reaches, unique per file name.
const placeholderBytes = (file: string) => 1_000_000_000_000_000 + Number.parseInt(placeholderSha(file).slice(0, 12), 16);

/** Placeholders for the PDF `<report>-<edition>.pdf` the print step will publish. */
export function plannedPdf(report: string, edition: string): PdfFacts {
	const file = `${report}-${edition}.pdf`;
	return {
		href: `/pdf/${file}`,
		bytes: placeholderBytes(file),
		sha256: placeholderSha(file),
		size: token('size', file),
	};
}

/** `1.2 MB` (decimal units, one decimal) — how the reading page states a download's size. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(0)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const TEXT_FILE = /\.(html|json|xml|txt|csv)$/;

/**
 * Replace every placeholder in the built site with the facts of the PDFs in `<outDir>/pdf/`. Throws,
 * naming the page, when a page announces a PDF that was not made.
 */
export function fillPdfFacts(outDir: string): { pdfs: number; files: number } {
	const pdfDir = join(outDir, 'pdf');
	const replacements: [string, string][] = [];
	const pdfs = existsSync(pdfDir)
		? readdirSync(pdfDir)
				.filter((name) => name.endsWith('.pdf'))
				.sort()
		: [];
	for (const file of pdfs) {
		const bytes = readFileSync(join(pdfDir, file));
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		replacements.push([token('size', file), formatBytes(bytes.length)], [placeholderSha(file), sha256], [String(placeholderBytes(file)), String(bytes.length)]);
	}
	let files = 0;
	for (const path of textFiles(outDir)) {
		const text = readFileSync(path, 'utf8');
		let filled = text;
		for (const [from, to] of replacements) filled = filled.split(from).join(to);
		const leftover = /@@report-press-pdf-[a-z0-9-]+:([^@]+)@@/.exec(filled);
		if (leftover) throw new Error(`${relative(outDir, path)} links to /pdf/${leftover[1]}, which the print step did not make.`);
		if (filled !== text) {
			writeFileSync(path, filled);
			files += 1;
		}
	}
	return { pdfs: pdfs.length, files };
}

const textFiles = (dir: string): string[] =>
	sitePaths(dir)
		.filter((path) => TEXT_FILE.test(path))
		.map((path) => join(dir, path));
