import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../plugins/checks/index.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';

const fixture = new URL('../fixtures/site/content', import.meta.url).pathname;
const reportDir = 'reports/2024-testcity-demo';

/** A copy of the fixture content with one file edited. */
function contentWith(file: string, edit: (text: string) => string): string {
	const root = mkdtempSync(join(tmpdir(), 'rp-checks-'));
	const contentDir = join(root, 'content');
	cpSync(fixture, contentDir, { recursive: true });
	const path = join(contentDir, reportDir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return root;
}

const problemsIn = (root: string) => checkContent({ root, contentDir: join(root, 'content') }).problems.map(formatProblem);

describe('checkContent', () => {
	it('passes the fixture content', () => {
		const root = contentWith('en.md', (text) => text);
		expect(problemsIn(root)).toEqual([]);
	});

	it('names file, line and field for bad frontmatter', () => {
		const root = contentWith('zh-Hans.md', (text) => text.replace('status: final', 'status: published').replace('year: 2024', 'year: twenty'));
		expect(problemsIn(root)).toEqual([
			'content/reports/2024-testcity-demo/zh-Hans.md:6: Field `year`: Invalid input: expected number, received string. [frontmatter-field]',
			'content/reports/2024-testcity-demo/zh-Hans.md:10: Field `status`: Invalid option: expected one of "draft"|"final"|"corrected". [frontmatter-field]',
		]);
	});

	it('names a missing required field', () => {
		const root = contentWith('en.md', (text) => text.replace(/^meeting: .*\n/m, ''));
		expect(problemsIn(root)).toEqual(['content/reports/2024-testcity-demo/en.md:2: Field `meeting`: is required but missing. [frontmatter-field]']);
	});

	it('reports a missing frontmatter and broken YAML with their lines', () => {
		expect(problemsIn(contentWith('en.md', (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '')))).toContain(
			'content/reports/2024-testcity-demo/en.md:1: The file has no frontmatter: it must start with a `---` line, the YAML fields, and a closing `---` line. [frontmatter-syntax]',
		);
		const broken = problemsIn(contentWith('en.md', (text) => text.replace('title: Report', 'title: [Report')));
		expect(broken[0]).toMatch(/^content\/reports\/2024-testcity-demo\/en\.md:\d+: The frontmatter is not valid YAML: /);
	});

	it('names the ids a translation misses and the ones it adds', () => {
		const missing = contentWith('en.md', (text) => text.replace(/\n\*\*Strengthening consumption\.\*\*.*\n/, '\n'));
		expect(problemsIn(missing)).toEqual([
			'content/reports/2024-testcity-demo/en.md: Missing 1 block(s) that content/reports/2024-testcity-demo/zh-Hans.md has: p2-s1-2. Add the translated parts/sections/paragraphs in the same order (in a partial edition, write a paragraph not yet translated as the single line [[untranslated]] and set completeness: partial). [alignment-missing]',
		]);
		const extra = contentWith('en.md', (text) =>
			text.replace('We will launch a campaign for major projects.', 'We will launch a campaign.\n\nFor major projects.'),
		);
		expect(problemsIn(extra)).toEqual([
			'content/reports/2024-testcity-demo/en.md:34: Block p2-s1-3 has no counterpart in content/reports/2024-testcity-demo/zh-Hans.md; a paragraph was split or added. Merge it so paragraphs match one to one. [alignment-extra]',
		]);
	});

	it('rejects a file whose name or folder disagrees with its frontmatter', () => {
		const root = contentWith('en.md', (text) => text.replace('report: 2024-testcity-demo', 'report: 2024-othercity-demo'));
		expect(problemsIn(root)).toContain(
			'content/reports/2024-testcity-demo/en.md:2: Field `report` is 2024-othercity-demo but the file is in folder 2024-testcity-demo/; move the file or fix the field. [edition-file-name]',
		);
	});
});
