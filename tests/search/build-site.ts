import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Build the main site's content into `dir` with `astro build` (REPORT_PRESS_OUT_DIR), print edition
 * off (tests/search/astro.config.mjs): used by the search tests and scripts/bench-search.ts.
 */
export function buildSite(dir: string): string {
	const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--config', 'tests/search/astro.config.mjs'], {
		cwd: root,
		// The search tests check a real Pagefind run: never shards from the cache.
		env: { ...process.env, REPORT_PRESS_OUT_DIR: dir, REPORT_PRESS_SEARCH_CACHE: 'off', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 240_000,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`astro build failed:\n${output.slice(-4000)}`);
	return output;
}
