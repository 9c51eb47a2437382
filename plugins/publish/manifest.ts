/**
 * The integrity manifest: every published file with its SHA-256 and size, written LAST in the build
 * (after the PDFs and the search index), as `/integrity/manifest.json` and, for `sha256sum -c`,
 * `/integrity/SHA256SUMS`. Neither file lists itself. Anyone can later prove that what is online is
 * what was published: `cd dist && sha256sum -c integrity/SHA256SUMS`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { sitePaths } from '../shared/files.ts';
import { join } from 'node:path';

export const manifestPath = '/integrity/manifest.json';
export const sumsPath = '/integrity/SHA256SUMS';

export interface ManifestFile {
	/** Site path of the file (`/zh-Hans/2025-changzhou-tianning/index.html`). */
	path: string;
	bytes: number;
	/** SHA-256, lowercase hex. */
	sha256: string;
}

export interface Manifest {
	format: 'report-press/manifest';
	formatVersion: 1;
	algorithm: 'sha256';
	/** The build's fixed date (SOURCE_DATE_EPOCH or last commit), ISO 8601; absent when unknown. */
	buildDate?: string;
	fileCount: number;
	totalBytes: number;
	files: ManifestFile[];
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The manifest of the files in `dir` (the manifest files themselves excluded). */
export function buildManifest(dir: string, buildDate?: Date): Manifest {
	const files = sitePaths(dir)
		.filter((path) => path !== manifestPath && path !== sumsPath)
		.map((path) => {
			const bytes = readFileSync(join(dir, path));
			return { path, bytes: bytes.length, sha256: sha256(bytes) };
		});
	return {
		format: 'report-press/manifest',
		formatVersion: 1,
		algorithm: 'sha256',
		...(buildDate ? { buildDate: buildDate.toISOString().replace(/\.000Z$/, 'Z') } : {}),
		fileCount: files.length,
		totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
		files,
	};
}

/** `sha256sum` format: `<hash>  <path relative to the site root>`. */
export const sumsOf = (manifest: Manifest): string => manifest.files.map((file) => `${file.sha256}  ${file.path.slice(1)}\n`).join('');

/** Write manifest.json and SHA256SUMS into `<dir>/integrity/`; returns the manifest. */
export function writeManifest(dir: string, buildDate?: Date): Manifest {
	const manifest = buildManifest(dir, buildDate);
	mkdirSync(join(dir, 'integrity'), { recursive: true });
	writeFileSync(join(dir, manifestPath), `${JSON.stringify(manifest, null, '\t')}\n`);
	writeFileSync(join(dir, sumsPath), sumsOf(manifest));
	return manifest;
}
