/**
 * The search cache (plugins/integrations/search.ts): a second build of unchanged content indexes
 * nothing (Pagefind is not even started) and publishes the same bytes; a one-paragraph edit of the
 * original re-indexes the bundles that hold it (zh-Hans and the derived zh-Hant), not the English one.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';

const site = new URL('../fixtures/site', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'rp-search-cache-'));
const contentDir = join('.cache', `test-search-content-${process.pid}`);
const content = join(site, contentDir);
const cacheDir = join(scratch, 'cache');
const outDirs = ['clean', 'warm', 'edited'].map((name) => join(scratch, name));
const builds: ReturnType<typeof astroBuild>[] = [];
const build = (outDir: string) => astroBuild(site, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: contentDir, REPORT_PRESS_SEARCH_CACHE: cacheDir });

/** Every file of each language's bundle with its SHA-256. */
function bundles(outDir: string): Map<string, Map<string, string>> {
	const root = join(outDir, 'pagefind');
	return new Map(
		readdirSync(root).map((language) => {
			const dir = join(root, language);
			const files = readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => join(entry.parentPath, entry.name));
			return [language, new Map(files.map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]))];
		}),
	);
}
/** The languages whose bundle a build took from the cache. */
const fromCache = (output: string) => [...output.matchAll(/search: (\S+): .*\(from the cache: records unchanged\)/g)].map(([, language]) => language).sort();

describe('search cache across builds', () => {
	beforeAll(() => {
		cpSync(join(site, 'archive-content'), content, { recursive: true });
		builds.push(build(outDirs[0]!), build(outDirs[1]!));
		const zh = join(content, 'reports', '2024-testcity-demo', 'zh-Hans.md');
		const text = readFileSync(zh, 'utf8');
		expect(text.split('开展重大项目攻坚行动。')).toHaveLength(2);
		writeFileSync(zh, text.replace('开展重大项目攻坚行动。', '开展重大项目攻坚行动，加快项目建设。'));
		builds.push(build(outDirs[2]!));
	}, 600_000);
	afterAll(() => {
		rmSync(content, { recursive: true, force: true });
		rmSync(scratch, { recursive: true, force: true });
	});

	it('a clean build indexes every language and fills the cache', () => {
		expect(builds[0]!.status, builds[0]!.output).toBe(0);
		expect([...bundles(outDirs[0]!).keys()].sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
		expect(fromCache(builds[0]!.output)).toEqual([]);
		expect(builds[0]!.output).toMatch(/search: Pagefind binary \S+ \(running, pid \d+\)/);
	});

	it('a second build indexes nothing and publishes the same bytes', () => {
		expect(builds[1]!.status, builds[1]!.output).toBe(0);
		expect(fromCache(builds[1]!.output)).toEqual(['en', 'zh-Hans', 'zh-Hant']);
		expect(builds[1]!.output).toContain('search: Pagefind binary not started (every bundle from the cache)');
		expect(bundles(outDirs[1]!)).toEqual(bundles(outDirs[0]!));
	});

	it('a one-paragraph edit of the original re-indexes zh-Hans and zh-Hant only', () => {
		expect(builds[2]!.status, builds[2]!.output).toBe(0);
		expect(fromCache(builds[2]!.output)).toEqual(['en']);
		const [before, after] = [bundles(outDirs[0]!), bundles(outDirs[2]!)];
		const changed = [...after.keys()].filter((key) => JSON.stringify([...after.get(key)!]) !== JSON.stringify([...before.get(key)!])).sort();
		expect(changed).toEqual(['zh-Hans', 'zh-Hant']);
	});
});
