/**
 * The English edition's quotes (plugins/checks/english-quotes.ts): a straight ' or " in the running text
 * stops the build with file, line, paragraph, column, rule and the mark to write; the frontmatter's YAML
 * quoting and typographic quotes pass.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../plugins/checks/index.ts';
import { typographicQuote } from '../../plugins/checks/english-quotes.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';

const fixture = new URL('../fixtures/site/content/', import.meta.url).pathname;
const enPath = 'reports/2024-testcity-demo/en.md';

/** The problems the checks find in a copy of the bilingual fixture with its en.md edited. */
function problemsWith(edit: (text: string) => string): string[] {
	const root = mkdtempSync(join(tmpdir(), 'rp-english-quotes-'));
	cpSync(fixture, join(root, 'content'), { recursive: true });
	const path = join(root, 'content', enPath);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return checkContent({ root, contentDir: join(root, 'content') }).problems.map(formatProblem);
}

describe('straight quotes in the English edition', () => {
	it('passes the fixture, whose frontmatter quotes its region code and whose text has typographic quotes', () => {
		expect(readFileSync(join(fixture, enPath), 'utf8')).toMatch(/^region: '\d+'$/m);
		expect(problemsWith((text) => text)).toEqual([]);
	});

	it('names each straight mark by line, paragraph and column, and the mark to write there', () => {
		const problems = problemsWith((text) =>
			text
				.replace('District People’s Government', "District People's Government")
				.replace('**Major projects advanced steadily.**', '**"Major projects" advanced steadily.**')
				.replace('We will launch a campaign', "We will launch a 'green' campaign"),
		);
		const file = 'content/reports/2024-testcity-demo/en.md';
		expect(problems).toEqual([
			`${file}:18: Paragraph p0-2, column 33: straight apostrophe ' in “trict People's Government”; the English edition sets typographic quotes. Write ’ (apostrophe) there. [english-straight-quote]`,
			// Each mark with the text around it inside its own run of text (here the bold lead phrase).
			`${file}:24: Paragraph p1-2, column 41: straight double quote " in “"Major projec”; the English edition sets typographic quotes. Write “ (opening double quote) there. [english-straight-quote]`,
			`${file}:24: Paragraph p1-2, column 56: straight double quote " in “jor projects" advanced st”; the English edition sets typographic quotes. Write ” (closing double quote) there. [english-straight-quote]`,
			`${file}:30: Paragraph p2-s1-1, column 53: straight apostrophe ' in “ll launch a 'green' campa”; the English edition sets typographic quotes. Write ‘ (opening single quote) there. [english-straight-quote]`,
			`${file}:30: Paragraph p2-s1-1, column 59: straight apostrophe ' in “nch a 'green' campaign fo”; the English edition sets typographic quotes. Write ’ (apostrophe or closing single quote) there. [english-straight-quote]`,
		]);
	});

	it('tells apostrophes from quotes by what stands around them', () => {
		expect(typographicQuote('Changzhou', "'", 's drive').mark).toBe('’');
		expect(typographicQuote('the ', "'", '90s').mark).toBe('’');
		expect(typographicQuote('“the ', "'", 'three new').mark).toBe('‘');
		expect(typographicQuote('farmers', "'", ' incomes').mark).toBe('’');
		expect(typographicQuote('to ', '"', 'set out').mark).toBe('“');
		expect(typographicQuote('city.', '"', ' Our').mark).toBe('”');
	});
});
