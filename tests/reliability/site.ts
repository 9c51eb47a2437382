import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(import.meta.dirname, '../..');
const plugins = pathToFileURL(join(repo, 'plugins/index.ts')).href;

const made: string[] = [];

/** Remove the projects this test file made (call in afterAll). */
export function removeSites(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A throwaway Astro project (under the ignored .staging/), using reportPress() as an adopter would, that
 * builds where scripts/build.ts tells it (REPORT_PRESS_OUT_DIR = its staging folder). `content` is
 * copied in as `content/`.
 */
export function makeSite(content: string, prefix = 'rp-rel-site-'): string {
	// Inside the repository (in the ignored .staging/), as Astro resolves the integration's files from the project.
	mkdirSync(join(repo, '.staging/reliability'), { recursive: true });
	const dir = mkdtempSync(join(repo, '.staging/reliability', prefix));
	made.push(dir);
	cpSync(content, join(dir, 'content'), { recursive: true });
	mkdirSync(join(dir, 'src'));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport reportPress from ${JSON.stringify(plugins)};\nexport default defineConfig({ outDir: process.env.REPORT_PRESS_OUT_DIR ?? 'dist', integrations: [reportPress({ pdf: false, title: { 'zh-Hans': '测试档案', en: 'Test Archive' } })] });\n`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { reportSchema, reportsLoader } from ${JSON.stringify(plugins)};\nexport const collections = { reports: defineCollection({ loader: reportsLoader({ contentDir: 'content' }), schema: reportSchema }) };\n`,
	);
	return dir;
}

/** Run scripts/build.ts (staging + swap) on a project; exit status and everything it printed. */
export function buildScript(args: string[]): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), ...args], {
		cwd: repo,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 240_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Run scripts/import.ts with arguments; exit status and output. */
export function importScript(args: string[]): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(repo, 'scripts/import.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
