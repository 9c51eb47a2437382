/**
 * Build the whole edition into dist/ without ever leaving a half-built or destroyed dist/: Astro
 * builds into a staging folder (web pages, search index and PDFs all come from its hooks), and only
 * a build that succeeded replaces dist/, by rename.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const usage = 'usage: node scripts/build.ts [--root <project folder>] [--verbose | --silent]';
const args = process.argv.slice(2);
const astroArgs: string[] = [];
let projectRoot = resolve(import.meta.dirname, '..');
for (let i = 0; i < args.length; i += 1) {
	const arg = args[i]!;
	if (arg === '--root') {
		const value = args[++i];
		if (!value || value.startsWith('--')) fail('--root needs a project folder (the one holding astro.config.mjs)');
		projectRoot = resolve(value);
		if (!existsSync(projectRoot)) fail(`--root ${value}: no such folder`);
	} else if (arg === '--verbose' || arg === '--silent') astroArgs.push(arg);
	else fail(`unknown argument ${JSON.stringify(arg)}`);
}
function fail(message: string): never {
	console.error(`report-press build: ${message}. Nothing was built; dist/ is untouched.\n${usage}`);
	process.exit(2);
}

const root = projectRoot;
const finalDir = join(root, 'dist');
const stagingRoot = join(root, '.staging');
const staging = join(stagingRoot, `dist-${process.pid}`);
mkdirSync(stagingRoot, { recursive: true });

const astro = join(import.meta.dirname, '..', 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', ...astroArgs], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, REPORT_PRESS_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	const kept = existsSync(finalDir) ? 'dist/ still holds the last good build.' : 'No dist/ was written.';
	console.error(`\nreport-press: build failed; ${kept}`);
	process.exit(result.status ?? 1);
}

const previous = join(stagingRoot, `previous-${process.pid}`);
if (existsSync(finalDir)) renameSync(finalDir, previous);
renameSync(staging, finalDir);
rmSync(previous, { recursive: true, force: true });
console.log('report-press: dist/ updated.');
