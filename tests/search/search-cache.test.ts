/**
 * The search cache (plugins/integrations/search.ts): a second build of unchanged content indexes
 * nothing (Pagefind is not even started) and publishes the same bytes; a one-paragraph edit of the
 * original re-indexes the shards that hold it (its year of zh-Hans and of the derived zh-Hant), not the
 * English ones nor the other year.
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

/** Every file of each shard's bundle (`zh-Hans/2024`) with its SHA-256, and each language's list of shards (`zh-Hans/shards.json`). */
function bundles(outDir: string): Map<string, Map<string, string>> {
	const root = join(outDir, 'pagefind');
	const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
	return new Map(
		readdirSync(root).flatMap((language) =>
			readdirSync(join(root, language)).map((name): [string, Map<string, string>] => {
				const dir = join(root, language, name);
				if (name === 'shards.json') return [`${language}/${name}`, new Map([[name, digest(dir)]])];
				const files = readdirSync(dir, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile())
					.map((entry) => join(entry.parentPath, entry.name));
				return [`${language}/${name}`, new Map(files.map((file) => [relative(dir, file), digest(file)]))];
			}),
		),
	);
}
/** The shards (`zh-Hans/2024`) a build took from the cache. */
const fromCache = (output: string) => [...output.matchAll(/search: (\S+): .*\(from the cache: records unchanged\)/g)].map(([, shard]) => shard).sort();
const shards = ['en/2023', 'en/2024', 'en/words', 'zh-Hans/2023', 'zh-Hans/2024', 'zh-Hans/words', 'zh-Hant/2023', 'zh-Hant/2024', 'zh-Hant/words'];

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
		expect([...bundles(outDirs[0]!).keys()].sort()).toEqual([...shards, 'en/shards.json', 'zh-Hans/shards.json', 'zh-Hant/shards.json'].sort());
		expect(JSON.parse(readFileSync(join(outDirs[0]!, 'pagefind', 'zh-Hans', 'shards.json'), 'utf8'))).toEqual({ shards: ['2024', '2023'] });
		expect(fromCache(builds[0]!.output)).toEqual([]);
		expect(builds[0]!.output).toMatch(/search: Pagefind binary \S+ \(running, pid \d+\)/);
	});

	it('a second build indexes nothing and publishes the same bytes', () => {
		expect(builds[1]!.status, builds[1]!.output).toBe(0);
		expect(fromCache(builds[1]!.output)).toEqual(shards);
		expect(builds[1]!.output).toContain('search: Pagefind binary not started (every bundle from the cache)');
		expect(bundles(outDirs[1]!)).toEqual(bundles(outDirs[0]!));
	});

	it('a one-paragraph edit of the original re-indexes that year of zh-Hans and zh-Hant (and their word lists) only', () => {
		expect(builds[2]!.status, builds[2]!.output).toBe(0);
		// The edit brings words the year did not hold (加快…建设), so the word lists of both scripts are indexed again too.
		expect(fromCache(builds[2]!.output)).toEqual(['en/2023', 'en/2024', 'en/words', 'zh-Hans/2023', 'zh-Hant/2023']);
		const [before, after] = [bundles(outDirs[0]!), bundles(outDirs[2]!)];
		const changed = [...after.keys()].filter((key) => JSON.stringify([...after.get(key)!]) !== JSON.stringify([...before.get(key)!])).sort();
		expect(changed).toEqual(['zh-Hans/2024', 'zh-Hans/words', 'zh-Hant/2024', 'zh-Hant/words']);
	});
});
