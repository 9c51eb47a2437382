import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../plugins/checks/index.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';
import { renderingOccurs, termOccurrences } from '../../plugins/checks/glossary-match.ts';
import { parseGlossary } from '../../plugins/content/glossary.ts';

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
		const text = [header, '经营主体\tbusiness entities | market entities\tnote\t\t2025-changzhou-tianning#p2-s4-2', '\tno term', '经营主体\tagain', '城乡融合\turban-rural integration\t\t\tp2-s4'].join('\n');
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
		expect(problemsIn(root)).toEqual([
			'content/reports/2024-testcity-demo/en.md:27: Paragraph p1-2: 重大项目 (zh-Hans.md:25) must be rendered “major projects” (content/glossary.tsv:3). Use that rendering, or, if this paragraph needs other wording, add 2024-testcity-demo#p1-2 to the term\'s variants column. [glossary-term]',
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
		const root = contentWith((text) => text.replace('completeness: complete', 'completeness: partial').replace(/^\*\*First, we stabilized.*$/m, '[[untranslated]]'));
		expect(problemsIn(root)).toEqual([]);
	});

	it('holds only terms that occur in the committed zh-Hans editions', () => {
		const zh = readFileSync(join(project, 'content/reports/2025-changzhou-tianning/zh-Hans.md'), 'utf8');
		const { entries, problems } = parseGlossary(readFileSync(join(project, 'content/glossary.tsv'), 'utf8'), 'content/glossary.tsv');
		expect(problems).toEqual([]);
		expect(entries.filter((entry) => !zh.includes(entry.zh)).map((entry) => entry.zh)).toEqual([]);
	});
});
