import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../plugins/checks/index.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';
import { renderingOccurs, termOccurrences } from '../../plugins/checks/glossary-match.ts';
import { glossaryFor, parseGlossary } from '../../plugins/content/glossary.ts';

const fixture = new URL('../fixtures/site/content', import.meta.url).pathname;
const project = new URL('../..', import.meta.url).pathname;

const header = 'zh\ten\tnote\tsource\tvariants';
const glossary = [header, '各位代表\tFellow Deputies\t\thttps://en84.com/15249.html\t', '重大项目\tmajor projects\t\t\t'].join('\n');

/** Fixture content plus a glossary, with the English edition and the glossary edited. */
function contentWith(editEn: (text: string) => string, glossaryText = glossary): string {
	const root = mkdtempSync(join(tmpdir(), 'rp-glossary-'));
	cpSync(fixture, join(root, 'content'), { recursive: true });
	writeFileSync(join(root, 'content/glossary.tsv'), glossaryText);
	const path = join(root, 'content/reports/2024-testcity-demo/en.md');
	writeFileSync(path, editEn(readFileSync(path, 'utf8')));
	return root;
}

const problemsIn = (root: string) => checkContent({ root, contentDir: join(root, 'content') }).problems.map(formatProblem);

/** 1-based line of the fixture line starting with `start` (messages name lines; the fixture's frontmatter is not this suite's). */
function lineOf(root: string, file: string, start: string): number {
	const index = readFileSync(join(root, 'content/reports/2024-testcity-demo', file), 'utf8')
		.split('\n')
		.findIndex((line) => line.startsWith(start));
	if (index < 0) throw new Error(`${file} has no line starting with ${start}`);
	return index + 1;
}

describe('renderingOccurs', () => {
	it.each([
		['high-quality development', 'pursue high quality developments', true],
		['further deepening reform comprehensively', 'further deepen reform comprehensively', true],
		['the "Two Affirmations"', 'support the “Two Affirmations”', true],
		['pocket parks', 'the pocket park at the hospital', true],
		['government-subsidized rental housing', '800 units of government-subsidized rental housing', true],
		['gross regional product (GRP)', 'gross regional product grew', true],
		['new energy', 'renewable energy', false],
		['major projects', 'key projects', false],
	])('%s in “%s”: %s', (rendering, text, expected) => {
		expect(renderingOccurs(rendering, text)).toBe(expected);
	});
});

describe('termOccurrences', () => {
	it('leaves a term inside a longer glossary term to the longer one', () => {
		expect(termOccurrences('新能源', '新能源汽车和新能源', ['新能源', '新能源汽车'])).toEqual([6]);
	});
});

describe('parseGlossary', () => {
	it('reads alternatives and variants, and names malformed rows', () => {
		const text = [
			header,
			'经营主体\tbusiness entities | market entities\tnote\t\t2025-changzhou-tianning#p2-s4-2',
			'\tno term',
			'经营主体\tagain',
			'城乡融合\turban-rural integration\t\t\tp2-s4',
		].join('\n');
		const { entries, problems } = parseGlossary(text, 'content/glossary.tsv');
		expect(entries.map(({ zh, en, variants, line }) => ({ zh, en, variants, line }))).toEqual([
			{ zh: '经营主体', en: ['business entities', 'market entities'], variants: ['2025-changzhou-tianning#p2-s4-2'], line: 2 },
			{ zh: '城乡融合', en: ['urban-rural integration'], variants: ['p2-s4'], line: 5 },
		]);
		expect(problems.map(formatProblem)).toEqual([
			'content/glossary.tsv:3: Row needs both a zh term and its en rendering (the first two tab-separated columns). [glossary-format]',
			'content/glossary.tsv:4: Term 经营主体 is already defined on line 2; keep one row and list alternative renderings in its en column, separated by " | ". [glossary-duplicate]',
			'content/glossary.tsv:5: Variant p2-s4 is not <report>#<paragraph id> (e.g. 2025-changzhou-tianning#p1-3). [glossary-format]',
		]);
	});
});

describe('glossary check', () => {
	it('passes the fixture with its glossary', () => {
		expect(problemsIn(contentWith((text) => text))).toEqual([]);
	});

	it('reports a planted wrong term with file, line, id, term and expected rendering', () => {
		const root = contentWith((text) => text.replace('**Major projects advanced steadily.**', '**Key projects advanced steadily.**'));
		const [en, zh] = [lineOf(root, 'en.md', '**First, we'), lineOf(root, 'zh-Hans.md', '**一是')];
		expect(problemsIn(root)).toEqual([
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) must be rendered “major projects” (content/glossary.tsv:3). Use that rendering, or, if this paragraph needs other wording, add 2024-testcity-demo#p1-2 to the term's variants column. [glossary-term]`,
		]);
	});

	it('accepts a paragraph listed as an allowed variant', () => {
		const root = contentWith(
			(text) => text.replace('**Major projects advanced steadily.**', '**Key projects advanced steadily.**'),
			glossary.replace('重大项目\tmajor projects\t\t\t', '重大项目\tmajor projects\t\t\t2024-testcity-demo#p1-2'),
		);
		expect(problemsIn(root)).toEqual([]);
	});

	it('skips untranslated paragraphs', () => {
		const root = contentWith((text) =>
			text.replace('completeness: complete', 'completeness: partial').replace(/^\*\*First, we stabilized.*$/m, '[[untranslated]]'),
		);
		expect(problemsIn(root)).toEqual([]);
	});

	it('holds only terms that occur in the committed zh-Hans editions: an archive row in some report, a report row in its report', () => {
		const reports = readdirSync(join(project, 'content/reports')).filter((report) => existsSync(join(project, 'content/reports', report, 'zh-Hans.md')));
		const zh = new Map(reports.map((report) => [report, readFileSync(join(project, 'content/reports', report, 'zh-Hans.md'), 'utf8')]));
		const { entries, problems } = parseGlossary(readFileSync(join(project, 'content/glossary.tsv'), 'utf8'), 'content/glossary.tsv');
		expect(problems).toEqual([]);
		const unused = entries.filter((entry) =>
			entry.report ? !zh.get(entry.report)?.includes(entry.zh) : ![...zh.values()].some((text) => text.includes(entry.zh)),
		);
		expect(unused.map((entry) => `${entry.zh}${entry.report ? ` (${entry.report})` : ''}`)).toEqual([]);
	});

	it('holds the reviewed forms of the core formulas, with the old forms forbidden', () => {
		const { entries } = parseGlossary(readFileSync(join(project, 'content/glossary.tsv'), 'utf8'), 'content/glossary.tsv');
		const rule = (zh: string) => entries.find((entry) => entry.zh === zh && !entry.report);
		expect(rule('两个确立')).toMatchObject({ en: ['the Two Establishments'], forbidden: ['Two Affirmations'] });
		expect(rule('两个维护')).toMatchObject({ en: ['the "Two Upholds"'], forbidden: ['uphold the Two Upholds', 'Two Safeguards'] });
		expect(rule('统筹发展和安全')).toMatchObject({ en: ['ensuring both development and security'] });
		expect(rule('伊顿电力')).toMatchObject({ en: ['Eaton Electrical'], forbidden: ['Yidun'] });
	});
});

describe('the committed edition against the committed glossary', () => {
	it("fails on the reviewer's findings if they come back: “Two Affirmations” in p3-2, with file, line, id and the fix", () => {
		const root = mkdtempSync(join(tmpdir(), 'rp-glossary-seed-'));
		cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
		const path = join(root, 'content/reports/2025-changzhou-tianning/en.md');
		const en = readFileSync(path, 'utf8');
		expect(en).toContain('firmly support the “Two Establishments,” resolutely act on the “Two Upholds,”');
		writeFileSync(
			path,
			en.replace(
				'firmly support the “Two Establishments,” resolutely act on the “Two Upholds,”',
				'firmly support the “Two Affirmations,” resolutely uphold the “Two Upholds,”',
			),
		);
		const lineIn = (file: string, start: string) =>
			readFileSync(join(root, file), 'utf8')
				.split('\n')
				.findIndex((line) => line.startsWith(start)) + 1;
		const [enLine, zhLine] = [
			lineIn('content/reports/2025-changzhou-tianning/en.md', '**We will foster unwavering loyalty'),
			lineIn('content/reports/2025-changzhou-tianning/zh-Hans.md', '**我们一定筑牢'),
		];
		const [confirm, uphold] = [lineIn('content/glossary.tsv', '两个确立\t'), lineIn('content/glossary.tsv', '两个维护\t')];
		const ours = checkContent({ root, contentDir: join(root, 'content') }).problems.filter((problem) => problem.ruleId.startsWith('glossary'));
		expect(ours.map(formatProblem)).toEqual([
			`content/reports/2025-changzhou-tianning/en.md:${enLine}: Paragraph p3-2: 两个确立 (zh-Hans.md:${zhLine}) must be rendered “the Two Establishments” (content/glossary.tsv:${confirm}). Use that rendering, or, if this paragraph needs other wording, add 2025-changzhou-tianning#p3-2 to the term's variants column. [glossary-term]`,
			`content/reports/2025-changzhou-tianning/en.md:${enLine}: Paragraph p3-2: 两个确立 (zh-Hans.md:${zhLine}) is rendered “Two Affirmations”, which the glossary forbids (content/glossary.tsv:${confirm}). Write “the Two Establishments” instead. [glossary-forbidden]`,
			`content/reports/2025-changzhou-tianning/en.md:${enLine}: Paragraph p3-2: 两个维护 (zh-Hans.md:${zhLine}) is rendered “uphold the Two Upholds”, which the glossary forbids (content/glossary.tsv:${uphold}). Write “the Two Upholds” instead. [glossary-forbidden]`,
		]);
	});
});

const wide = 'zh\ten\tnote\tsource\tvariants\tforbidden\treport';

describe('parseGlossary: forbidden renderings and report rows', () => {
	it('reads the optional columns, keeps a five-column glossary as it was, and names malformed rows', () => {
		const text = [
			wide,
			'两个确立\tthe Two Establishments\t\t\t\tTwo Affirmations | two affirmation\t',
			'市中医院\tChangzhou Hospital of Traditional Chinese Medicine\t\t\t\t\t2025-changzhou-tianning',
			'市中医院\tNanjing Hospital of Chinese Medicine\t\t\t\t\t2026-nanjing-x',
			'市中医院\tthe municipal hospital of traditional Chinese medicine',
			'市中医院\tagain\t\t\t\t\t2025-changzhou-tianning',
			'一中\tNo. 1 Middle School\t\t\t\t\tTianning',
			"市三院\tThird People's Hospital\t\t\t2025-changzhou-x#p1-4\t\t2025-changzhou-tianning",
			'一件事\t"one thing"\t\t\t\tOne Thing',
		].join('\n');
		const { entries, problems } = parseGlossary(text, 'content/glossary.tsv');
		expect(entries.map(({ zh, forbidden, report, line }) => ({ zh, forbidden, report, line }))).toEqual([
			{ zh: '两个确立', forbidden: ['Two Affirmations', 'two affirmation'], report: undefined, line: 2 },
			{ zh: '市中医院', forbidden: [], report: '2025-changzhou-tianning', line: 3 },
			{ zh: '市中医院', forbidden: [], report: '2026-nanjing-x', line: 4 },
			{ zh: '市中医院', forbidden: [], report: undefined, line: 5 },
			{ zh: '市三院', forbidden: [], report: '2025-changzhou-tianning', line: 8 },
			{ zh: '一件事', forbidden: ['One Thing'], report: undefined, line: 9 },
		]);
		expect(problems.map(formatProblem)).toEqual([
			'content/glossary.tsv:6: Term 市中医院 is already defined for report 2025-changzhou-tianning on line 3; keep one row and list alternative renderings in its en column, separated by " | ". [glossary-duplicate]',
			'content/glossary.tsv:7: Report Tianning is not a report id (lowercase pinyin, e.g. 2025-changzhou-tianning, 2026-jiangsu); leave the report column empty for a term of the whole archive. [glossary-format]',
			"content/glossary.tsv:8: Variant 2025-changzhou-x#p1-4 names another report than the row's report 2025-changzhou-tianning; a report's row applies to that report only. [glossary-format]",
			'content/glossary.tsv:9: Rendering “One Thing” is both accepted (en column) and forbidden (forbidden column); keep it in one of them. [glossary-format]',
		]);
		expect(parseGlossary([header, '重大项目\tmajor projects\t\t\t'].join('\n'), 'g.tsv').entries).toEqual([
			{ zh: '重大项目', en: ['major projects'], note: '', source: '', variants: [], forbidden: [], line: 2 },
		]);
	});

	it('names an unknown or repeated extra column in the header', () => {
		for (const first of [`${header}\tregion`, `${wide}\treport`, 'zh\ten\tnote\tsource']) {
			expect(parseGlossary(`${first}\n重大项目\tmajor projects`, 'content/glossary.tsv').problems.map(formatProblem)).toEqual([
				'content/glossary.tsv:1: The first line must be the header zh<TAB>en<TAB>note<TAB>source<TAB>variants, optionally followed by forbidden and report (each at most once). [glossary-format]',
			]);
		}
	});

	it("gives each report the archive rows, its own rows instead of the archive row for the same term, and no other report's rows", () => {
		const { entries } = parseGlossary(
			[
				wide,
				'市中医院\tthe municipal hospital of traditional Chinese medicine',
				'市中医院\tChangzhou Hospital of Traditional Chinese Medicine\t\t\t\t\t2025-changzhou-tianning',
				'一中\tChangzhou No. 1 Middle School\t\t\t\t\t2025-changzhou-tianning',
				'重大项目\tmajor projects',
			].join('\n'),
			'g.tsv',
		);
		const lines = (report: string) => glossaryFor(entries, report).map((entry) => `${entry.zh}:${entry.line}`);
		expect(lines('2025-changzhou-tianning')).toEqual(['市中医院:3', '一中:4', '重大项目:5']);
		expect(lines('2026-jiangsu')).toEqual(['市中医院:2', '重大项目:5']);
	});
});

describe('glossary check: forbidden renderings and report rows', () => {
	const ruled = [wide, '各位代表\tFellow Deputies\t\thttps://en84.com/15249.html\t', '重大项目\tmajor projects\t\t\t\tkey projects | key project'].join('\n');
	const keyProjects = (text: string) => text.replace('**Major projects advanced steadily.**', '**Key projects advanced steadily.**');

	it('reports a forbidden rendering with file, line, paragraph id, term and the fix, besides the missing rendering', () => {
		const root = contentWith(keyProjects, ruled);
		const [en, zh] = [lineOf(root, 'en.md', '**First, we'), lineOf(root, 'zh-Hans.md', '**一是')];
		expect(problemsIn(root)).toEqual([
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) must be rendered “major projects” (content/glossary.tsv:3). Use that rendering, or, if this paragraph needs other wording, add 2024-testcity-demo#p1-2 to the term's variants column. [glossary-term]`,
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) is rendered “key projects”, which the glossary forbids (content/glossary.tsv:3). Write “major projects” instead. [glossary-forbidden]`,
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) is rendered “key project”, which the glossary forbids (content/glossary.tsv:3). Write “major projects” instead. [glossary-forbidden]`,
		]);
	});

	it('does not let a variant allow a forbidden rendering', () => {
		const root = contentWith(keyProjects, ruled.replace('major projects\t\t\t\t', 'major projects\t\t\t2024-testcity-demo#p1-2\t'));
		const [en, zh] = [lineOf(root, 'en.md', '**First, we'), lineOf(root, 'zh-Hans.md', '**一是')];
		expect(problemsIn(root)).toEqual([
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) is rendered “key projects”, which the glossary forbids (content/glossary.tsv:3). Write “major projects” instead. [glossary-forbidden]`,
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) is rendered “key project”, which the glossary forbids (content/glossary.tsv:3). Write “major projects” instead. [glossary-forbidden]`,
		]);
	});

	it("checks a report with its own row for a term instead of the archive row, and ignores other reports' rows", () => {
		const rows = [
			wide,
			'重大项目\tmajor projects\t\t\t\tkey projects',
			'重大项目\tkey projects\t\t\t\t\t2024-testcity-demo',
			'各位代表\tDear Deputies\t\t\t\t\t2025-changzhou-tianning',
		];
		expect(
			problemsIn(contentWith((text) => text.replace(/major projects/gi, (found) => `${found[0] === 'M' ? 'K' : 'k'}ey projects`), rows.join('\n'))),
		).toEqual([]);
		const root = contentWith((text) => text, rows.join('\n'));
		const [en, zh] = [lineOf(root, 'en.md', '**First, we'), lineOf(root, 'zh-Hans.md', '**一是')];
		const [en2, zh2] = [lineOf(root, 'en.md', '**Boosting'), lineOf(root, 'zh-Hans.md', '**增强')];
		expect(problemsIn(root)).toEqual([
			`content/reports/2024-testcity-demo/en.md:${en}: Paragraph p1-2: 重大项目 (zh-Hans.md:${zh}) must be rendered “key projects” (content/glossary.tsv:3). Use that rendering, or, if this paragraph needs other wording, add 2024-testcity-demo#p1-2 to the term's variants column. [glossary-term]`,
			`content/reports/2024-testcity-demo/en.md:${en2}: Paragraph p2-s1-1: 重大项目 (zh-Hans.md:${zh2}) must be rendered “key projects” (content/glossary.tsv:3). Use that rendering, or, if this paragraph needs other wording, add 2024-testcity-demo#p2-s1-1 to the term's variants column. [glossary-term]`,
		]);
	});
});
