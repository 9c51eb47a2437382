import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../plugins/checks/index.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';
import { compareFigures, extractEnFigures, extractZhFigures } from '../../plugins/content/figures/index.ts';

const fixture = new URL('../fixtures/site/content', import.meta.url).pathname;
const project = new URL('../..', import.meta.url).pathname;

/** A copy of the fixture content with the English edition edited. */
function contentWithEn(edit: (text: string) => string): string {
	const root = mkdtempSync(join(tmpdir(), 'rp-figures-'));
	cpSync(fixture, join(root, 'content'), { recursive: true });
	const path = join(root, 'content/reports/2024-testcity-demo/en.md');
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return root;
}

const problemsIn = (root: string) => checkContent({ root, contentDir: join(root, 'content') }).problems.map(formatProblem);

describe('compareFigures', () => {
	it('matches equivalent units and both ends of ranges', () => {
		const zh = extractZhFigures('总投资7.3万元，增长3-5%，迈上千亿台阶，签约3家');
		const en = extractEnFigures('a total of RMB 73,000, growth of 3 to 5 percent, the RMB 100 billion mark, three enterprises');
		expect(compareFigures(zh, en)).toEqual({ missing: [], extra: [] });
	});

	it('finds a changed and a dropped figure', () => {
		const zh = extractZhFigures('总投资120亿元，增长5%左右');
		const en = extractEnFigures('a total of RMB 1.2 billion');
		expect(compareFigures(zh, en).missing.map((figure) => figure.raw)).toEqual(['120亿元', '5%左右']);
		expect(compareFigures(zh, en).extra.map((figure) => figure.raw)).toEqual(['RMB 1.2 billion']);
	});
});

describe('figure check', () => {
	it('passes the fixture content', () => {
		expect(problemsIn(contentWithEn((text) => text))).toEqual([]);
	});

	it('reports a planted mismatch, a dropped figure and an added one with file, line and paragraph id', () => {
		const root = contentWithEn((text) =>
			text
				.replace('RMB 12 billion', 'RMB 1.2 billion')
				.replace('by around 5 percent', 'steadily')
				.replace('We will launch a campaign for major projects.', 'We will launch 3 campaigns for major projects.'),
		);
		expect(problemsIn(root)).toEqual([
			'content/reports/2024-testcity-demo/en.md:24: Paragraph p1-2: “RMB 1.2 billion” (RMB 1.2 billion) does not match “120亿元” (RMB 12 billion) in zh-Hans.md:22. Write RMB 12 billion, or report the original if it is wrong. [figure-mismatch]',
			"content/reports/2024-testcity-demo/en.md:30: Paragraph p2-s1-1: “3” (3) has no counterpart in zh-Hans.md:28. Remove it, or correct it to the original's figure. [figure-extra]",
			'content/reports/2024-testcity-demo/en.md:32: Paragraph p2-s1-2: “5%左右” (5 percent) in zh-Hans.md:30 is missing here. Translate it (5 percent); never drop a figure. [figure-missing]',
		]);
	});

	it('skips untranslated paragraphs', () => {
		const root = contentWithEn((text) =>
			text.replace('completeness: complete', 'completeness: partial').replace(/^\*\*Strengthening consumption\.\*\*.*$/m, '[[untranslated]]'),
		);
		expect(problemsIn(root)).toEqual([]);
	});
});

describe('the committed editions', () => {
	it('pass every content check, figures and glossary included', () => {
		expect(checkContent({ root: project, contentDir: join(project, 'content') }).problems.map(formatProblem)).toEqual([]);
	});
});
