import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** A dependency's version from its package.json, found above its entry point (some packages do not export `./package.json`). Cache keys name the tools that made an output. */
export function packageVersion(name: string): string {
	for (let dir = dirname(entryPoint(name)); dir !== dirname(dir); dir = dirname(dir)) {
		const file = join(dir, 'package.json');
		if (!existsSync(file)) continue;
		const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (manifest.name === name) return manifest.version ?? 'unknown';
	}
	return 'unknown';
}

/** A package's entry file, CommonJS or ESM-only (pagefind exports `import` alone). */
function entryPoint(name: string): string {
	try {
		return require.resolve(name);
	} catch {
		return fileURLToPath(import.meta.resolve(name));
	}
}
