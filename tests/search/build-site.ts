import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { buildSearchIndex } from '../../plugins/integrations/search.ts';

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

/**
 * A copy of the site built at `dir`, in `copy`, whose search index is one index of the whole archive
 * (one shard per language) instead of one per year: what the year shards are compared with.
 */
export async function copyWithOneIndex(dir: string, copy: string): Promise<void> {
	cpSync(dir, copy, { recursive: true, filter: (source) => !source.startsWith(join(dir, 'pagefind')) });
	const quiet = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
	await buildSearchIndex({ root, contentDir: join(root, 'content'), outDir: copy, logger: quiet, shardOf: () => 'all' });
}
