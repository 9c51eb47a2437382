/**
 * The whole project type-checks under astro/tsconfigs/strictest (tsconfig.json): `tsc --noEmit -p .`
 * exits 0. Keeps the tree clean — a type error anywhere fails the test run, with tsc's own messages.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const tscBin = resolve(root, 'node_modules/.bin/tsc');

describe('typecheck', () => {
	it('tsc --noEmit -p . reports no errors', () => {
		const result = spawnSync(process.execPath, [tscBin, '--noEmit', '-p', '.'], { cwd: root, encoding: 'utf8', timeout: 240_000 });
		const output = [result.error ? `tsc did not finish: ${result.error.message}` : '', result.stdout, result.stderr].filter(Boolean).join('\n');
		expect(result.status, `tsc --noEmit -p . failed:\n${output}`).toBe(0);
	}, 250_000);
});
