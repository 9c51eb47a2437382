import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const astroBin = resolve(import.meta.dirname, '../../node_modules/.bin/astro');

/** Run a real `astro build` in `cwd`; returns exit status and everything it printed. */
export function astroBuild(cwd: string, env: Record<string, string>): { status: number | null; output: string } {
	const result = spawnSync(astroBin, ['build'], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		encoding: 'utf8',
		timeout: 240_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
