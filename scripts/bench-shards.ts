/**
 * Search shards against one index: the real archive's search index is one shard per year (2025, 2026),
 * each indexed on its own and merged in the browser. This builds a copy of the site whose index is one
 * index of every year together, and searches both on their search pages with every held-out query
 * (tests/search/queries.json) and words one year lacks, and counts terms on both term pages. A
 * benchmark, not a test (tests/search/search-browser.test.ts asserts a sixth of it): it prints what
 * differs and writes only temp folders.
 *
 *   node scripts/bench-shards.ts            builds the site (print edition off) into a temp folder
 *   node scripts/bench-shards.ts <outDir>   uses an existing build (e.g. dist)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { buildSite, copyWithOneIndex } from '../tests/search/build-site.ts';
import { compareSearches, termPageCounts, type SearchCase } from '../tests/search/pages.ts';

const root = resolve(import.meta.dirname, '..');
const given = process.argv[2];
const outDir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'report-press-bench-shards-'));
const oneIndex = mkdtempSync(join(tmpdir(), 'report-press-bench-one-index-'));
if (!given) {
	console.log(`building the site into ${outDir} …`);
	buildSite(outDir);
}
console.log(`indexing a copy with one index for all years into ${oneIndex} …`);
await copyWithOneIndex(outDir, oneIndex);

const { queries } = JSON.parse(readFileSync(join(root, 'tests', 'search', 'queries.json'), 'utf8')) as { queries: SearchCase[] };
const cases: SearchCase[] = [
	...queries.map(({ edition, query }) => ({ edition, query })),
	...['亳州', '亳州 天宁', '“亳州”', '5G基站', '新质生产力', '高质量发展'].map((query) => ({ edition: 'zh-Hans', query })),
	...['renovat', 'perovskite solar', 'Tianning', 'Tai'].map((query) => ({ edition: 'en', query })),
];
const terms = ['新质生产力', '低空经济', '人工智能+', '民营经济促进法', '城中村改造', '亳州', '一带一路'];

const sharded = await serveStatic(outDir);
const whole = await serveStatic(oneIndex);
const browser = await launchChromium();
try {
	const page = await browser.newPage();
	const started = performance.now();
	const { differ, sameOrder } = await compareSearches(page, sharded.url, whole.url, cases);
	const termDiffer: string[] = [];
	for (const term of terms) {
		const [a, b] = [await termPageCounts(page, sharded.url, 'zh-Hans', term), await termPageCounts(page, whole.url, 'zh-Hans', term)];
		if (JSON.stringify(Object.entries(a.counts).sort()) !== JSON.stringify(Object.entries(b.counts).sort()))
			termDiffer.push(`${term}: ${a.total} against ${b.total}`);
	}
	const shards = JSON.parse(readFileSync(join(outDir, 'pagefind', 'zh-Hans', 'shards.json'), 'utf8')) as { shards: string[] };
	console.log(
		`\nshards (${shards.shards.join(', ')}) searched together against one index of the whole archive, ${((performance.now() - started) / 1000).toFixed(0)} s:`,
	);
	console.log(`  search page: ${cases.length - differ.length} of ${cases.length} queries list the same hits and the same exact-phrase hits`);
	console.log(`  the first ten hits in the same order: ${sameOrder} of ${cases.length} (ranking counts words per index)`);
	console.log(`  term page (zh-Hans): ${terms.length - termDiffer.length} of ${terms.length} terms counted the same in every report`);
	for (const line of [...differ, ...termDiffer]) console.log(`  differs: ${line}`);
} finally {
	await browser.close();
	await sharded.close();
	await whole.close();
	rmSync(oneIndex, { recursive: true, force: true });
	if (!given) rmSync(outDir, { recursive: true, force: true });
}
