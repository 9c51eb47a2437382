/**
 * Build the whole edition into dist/ without ever leaving a half-built or destroyed dist/: Astro
 * builds into a staging folder (web pages, search index and PDFs all come from its hooks), and only
 * a build that succeeded replaces dist/, by rename.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const finalDir = join(root, 'dist');
const stagingRoot = join(root, '.staging');
const staging = join(stagingRoot, `dist-${process.pid}`);
mkdirSync(stagingRoot, { recursive: true });

const astro = join(root, 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', ...process.argv.slice(2)], {
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
