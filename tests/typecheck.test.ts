/**
 * The whole project type-checks under astro/tsconfigs/strictest (tsconfig.json), `.astro` files
 * included: `astro check` exits 0 (it reports errors with file, line and the compiler's message;
 * warnings and hints do not fail it).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const astroBin = resolve(root, 'node_modules/astro/bin/astro.mjs');

describe('typecheck', () => {
	it('astro check (TypeScript and .astro files) reports no errors', () => {
		const result = spawnSync(process.execPath, [astroBin, 'check'], {
			cwd: root,
			encoding: 'utf8',
			timeout: 240_000,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const output = [result.error ? `astro check did not finish: ${result.error.message}` : '', result.stdout, result.stderr].filter(Boolean).join('\n');
		expect(result.status, `astro check failed:\n${output}`).toBe(0);
	}, 250_000);
});

describe('formatting', () => {
	it('prettier --check . finds nothing to reformat (.prettierrc.json; report text and corpora are ignored)', () => {
		const prettierBin = resolve(root, 'node_modules/prettier/bin/prettier.cjs');
		const result = spawnSync(process.execPath, [prettierBin, '--check', '.'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
		expect(result.status, `prettier --check . failed (run npm run format):\n${result.stdout}${result.stderr}`).toBe(0);
	}, 130_000);
});
