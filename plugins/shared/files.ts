/**
 * Walking a built site: the one place that lists its files, so the integrity manifest, the link
 * check, the PDF fill-in and the size reports all see the same files in the same order.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` as a site path (`/zh-Hans/index.html`), sorted by UTF-16 code unit (locale-independent, so builds list alike everywhere). */
export function sitePaths(dir: string): string[] {
	const out: string[] = [];
	const walk = (folder: string, prefix: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = `${prefix}/${entry.name}`;
			if (entry.isDirectory()) walk(join(folder, entry.name), path);
			else if (entry.isFile()) out.push(path);
		}
	};
	walk(dir, '');
	return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Bytes of a file, or of every file under a folder; 0 when the path does not exist. */
export function pathBytes(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + pathBytes(join(path, name)), 0);
}
