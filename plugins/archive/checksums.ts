/**
 * Checksums shown beside download links. `pdfChecksum(report, edition)` finds the edition's PDF where
 * the web edition looks for it (REPORT_PRESS_PDF_DIRS, see components/report-data.ts findEditionPdf)
 * and returns its SHA-256: the same value the integrity manifest lists for `/pdf/<file>`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface FileChecksum {
	/** Site path (`/pdf/<report>-<edition>.pdf`). */
	href: string;
	bytes: number;
	/** SHA-256, lowercase hex. */
	sha256: string;
}

const cache = new Map<string, { mtimeMs: number; size: number; sha256: string }>();

/** SHA-256 of a file, cached while its size and mtime stay the same. */
export function fileSha256(path: string): string {
	const stat = statSync(path);
	const hit = cache.get(path);
	if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.sha256;
	const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
	cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, sha256 });
	return sha256;
}

/** The PDF of one edition with its checksum, or undefined when no such PDF exists (yet). */
export function pdfChecksum(report: string, edition: string, dirs: readonly string[] = pdfDirs()): FileChecksum | undefined {
	const name = `${report}-${edition}.pdf`;
	for (const dir of dirs) {
		const path = join(dir, name);
		if (existsSync(path)) return { href: `/pdf/${name}`, bytes: statSync(path).size, sha256: fileSha256(path) };
	}
	return undefined;
}

const pdfDirs = () => (process.env.REPORT_PRESS_PDF_DIRS ?? join(process.cwd(), 'public', 'pdf')).split(delimiter).filter(Boolean);

/** A checksum as shown to readers: the first 12 hex digits, grouped for reading aloud (`3f2a 9c01 7b4e`). */
export const shortSha256 = (sha256: string): string => sha256.slice(0, 12).replace(/(.{4})(?=.)/g, '$1 ');
