/**
 * Bad input: every case of tests/reliability/corpus is a report (or a script call) that must be
 * refused with exact messages naming file, line and fix. A representative subset also goes through
 * a real build with scripts/build.ts: it exits non-zero and the previous dist/ is left as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../plugins/checks/built-links.ts';
import { checkContent } from '../../plugins/checks/index.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';
import { contentFor, corpusDir, listCases } from './corpus.ts';
import { importScript, makeSite, removeSites } from './site.ts';

const repo = resolve(import.meta.dirname, '../..');
const cases = listCases();
const caseJson = (name: string) => JSON.parse(readFileSync(join(corpusDir, name, 'case.json'), 'utf8'));
const contentCases = cases.filter((entry) => !caseJson(entry.name).cli && !caseJson(entry.name).builtLinks);
const cliCases = cases.filter((entry) => caseJson(entry.name).cli);

describe('the bad-input corpus', () => {
	it('has at least 25 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
	});

	it.each(contentCases.map((entry) => [entry.name, entry] as const))('%s: refused with file, line, rule and fix', (_name, entry) => {
		const root = contentFor(entry);
		const problems = checkContent({ root, contentDir: join(root, 'content') }).problems;
		expect(problems.length, entry.description).toBeGreaterThan(0);
		expect(problems.map(formatProblem)).toEqual(entry.expected);
		// Each message says where (file, and a line when the problem has one) and ends with its rule.
		for (const problem of problems) expect(problem.file).toMatch(/^content\//);
	});

	it('broken-internal-link: a broken page link, a broken anchor and a script URL in built pages', () => {
		const entry = cases.find((candidate) => candidate.name === 'broken-internal-link')!;
		expect(checkBuiltLinks(join(entry.dir, 'dist'), { label: 'dist' }).map(formatProblem)).toEqual(entry.expected);
	});

	it.each(cliCases.map((entry) => [entry.name, entry] as const))(
		'%s: the script exits non-zero (its status in case.json) with its message and writes nothing',
		async (_name, entry) => {
			const { cli } = caseJson(entry.name) as { cli: { script: 'import' | 'build'; args: string[]; status: number; output: string[] } };
			const out = join(mkdtempSync(join(tmpdir(), 'rp-cli-')), 'out');
			const caseDir = relative(repo, entry.dir);
			const fill = (text: string) => text.replaceAll('{case}', caseDir).replaceAll('{out}', out);
			const args = cli.args.map(fill);
			const result = cli.script === 'import' ? importScript(args) : await runBuild(args);
			expect(cli.status).not.toBe(0);
			expect(result.status).toBe(cli.status);
			for (const line of cli.output) expect(result.output).toContain(fill(line));
			expect(existsSync(out)).toBe(false);
		},
	);
});

/** scripts/build.ts, asynchronously (builds of the subset run side by side). */
function runBuild(args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [join(repo, 'scripts/build.ts'), ...args], {
			cwd: repo,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (status) => done({ status, output }));
	});
}

/** Every file under `dir` with its content, to compare a dist/ before and after. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (at: string) => {
		for (const name of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, name.name);
			if (name.isDirectory()) walk(path);
			else out[relative(dir, path)] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return out;
}

const buildSubset = ['html-script-in-text', 'metadata-script', 'frontmatter-bad-yaml', 'translation-reordered-paragraph', 'mojibake-in-canonical'];

describe('a real build with bad input (scripts/build.ts: staging, then swap)', () => {
	const results = new Map<string, { site: string; before: Record<string, string>; status: number | null; output: string }>();

	beforeAll(async () => {
		const jobs = buildSubset.map((name) => {
			const site = makeSite(join(contentFor(cases.find((entry) => entry.name === name)!), 'content'));
			return { name, site };
		});
		// A site whose content is fine but whose own page links to a page and an anchor that do not exist.
		const linkSite = makeSite(join(corpusDir, '_base'));
		mkdirSync(join(linkSite, 'src/pages'), { recursive: true });
		writeFileSync(
			join(linkSite, 'src/pages/notes.md'),
			'# Notes\n\nSee [the first paragraph](/en/2024-testcity-demo/#p9-9) and [the glossary](/en/glossary/).\n',
		);
		jobs.push({ name: 'broken-link-in-page', site: linkSite });
		await Promise.all(
			jobs.map(async ({ name, site }) => {
				// The previous good build, as dist/ holds it.
				mkdirSync(join(site, 'dist/en'), { recursive: true });
				writeFileSync(join(site, 'dist/index.html'), '<!doctype html><title>previous build</title>');
				writeFileSync(join(site, 'dist/en/MARKER.txt'), `previous build of ${name}\n`);
				const before = snapshot(join(site, 'dist'));
				const result = await runBuild(['--root', site]);
				results.set(name, { site, before, ...result });
			}),
		);
	}, 300_000);

	afterAll(() => removeSites());

	it.each(buildSubset)('%s: exits non-zero, prints the messages, leaves dist/ as it was', (name) => {
		const result = results.get(name)!;
		expect(result.status, result.output).not.toBe(0);
		for (const line of cases.find((entry) => entry.name === name)!.expected) expect(result.output).toContain(line);
		expect(result.output).toContain('report-press: build failed; dist/ still holds the last good build.');
		expect(snapshot(join(result.site, 'dist'))).toEqual(result.before);
		expect(readdirSync(join(result.site, '.staging'))).toEqual([]);
	});

	it('broken-link-in-page: the link check after the build fails it, naming page, line and link; dist/ is kept', () => {
		const result = results.get('broken-link-in-page')!;
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toContain('dist/notes/index.html');
		expect(result.output).toMatch(
			/dist\/notes\/index\.html:\d+: Link "\/en\/2024-testcity-demo\/#p9-9": \/en\/2024-testcity-demo\/ has no element with id "p9-9"\. Link to an id the page has \(paragraph ids look like p2-s1-3\)\. \[broken-anchor\]/,
		);
		expect(result.output).toMatch(
			/dist\/notes\/index\.html:\d+: Link "\/en\/glossary\/" points to \/en\/glossary\/, which the build did not produce\. .* \[broken-link\]/,
		);
		expect(snapshot(join(result.site, 'dist'))).toEqual(result.before);
		expect(readdirSync(join(result.site, '.staging'))).toEqual([]);
	});
});
