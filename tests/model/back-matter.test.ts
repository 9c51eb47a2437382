/**
 * Back matter (annexes, notes) and numbered items (issue 12): exact ids, the checks, the block model,
 * the JSON export and search records, on tests/fixtures/back-matter (a small report with two annexes,
 * notes referred to from the text, and sections written as numbered opening sentences).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../plugins/checks/index.ts';
import { blocksOfEdition, readArchive } from '../../plugins/content/archive.ts';
import { alignedBlocks, editionBlocks, editionModel, isUntranslated } from '../../plugins/content/model.ts';
import { reportSchema } from '../../plugins/content/schemas/report.ts';
import { structureIds } from '../../plugins/content/structure.ts';
import { reportExport } from '../../plugins/publish/export.ts';
import { reportExportSchema } from '../../plugins/publish/export-schema.ts';
import { editionRecords } from '../../plugins/search/records.ts';
import { formatProblem } from '../../plugins/shared/problem.ts';

const fixture = new URL('../fixtures/back-matter/', import.meta.url).pathname;
const reportDir = join(fixture, 'content/reports/2024-testcity-annex');
const zhText = readFileSync(join(reportDir, 'zh-Hans.md'), 'utf8');
const enText = readFileSync(join(reportDir, 'en.md'), 'utf8');

const structure = (markdown: string) =>
	structureIds(
		unified()
			.use(remarkParse)
			.parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, '')) as Root,
	);
const ids = (markdown: string) => structure(markdown).blocks.map((block) => `${block.id}:${block.kind}`);

/** A copy of the fixture with one file edited, and the problems the checks find in it. */
function problemsWith(file: string, edit: (text: string) => string): string[] {
	const root = mkdtempSync(join(tmpdir(), 'rp-back-matter-'));
	cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
	const path = join(root, 'content/reports/2024-testcity-annex', file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return checkContent({ root, contentDir: join(root, 'content') }).problems.map(formatProblem);
}

describe('structure ids of back matter', () => {
	it('gives annexes a1, a2 with their paragraphs, and the notes `notes` with n1, n2 from their markers', () => {
		expect(ids(zhText)).toEqual([
			'p0-1:paragraph',
			'p0-2:paragraph',
			'p1:part',
			'p1-1:paragraph',
			'p1-2:paragraph',
			'p2:part',
			'p2-1:paragraph',
			'p2-2:paragraph',
			'a1:annex',
			'a1-1:paragraph',
			'a1-2:paragraph',
			'a2:annex',
			'a2-1:paragraph',
			'notes:notes',
			'n1:note',
			'n2:note',
		]);
		expect(structure(zhText).problems).toEqual([]);
	});

	it('gives the English edition, with `[N]` markers, the same ids', () => {
		expect(ids(enText)).toEqual(ids(zhText));
	});

	it('reads a glossary annex whose paragraphs carry no markers as an annex, wherever it stands', () => {
		expect(ids('结束。\n\n# 注释\n\n［1］甲。\n\n# 名词解释\n\n1.“两重”：是指……\n')).toEqual([
			'p0-1:paragraph',
			'notes:notes',
			'n1:note',
			'a1:annex',
			'a1-1:paragraph',
		]);
	});

	it('reports notes out of order, a block half marked, a second notes block and a part after the back matter', () => {
		expect(structure('正文。\n\n# 注释\n\n［1］甲。\n\n［3］乙。\n').problems).toEqual([
			{
				line: 7,
				ruleId: 'note-number',
				message: 'Note 2 of the notes is numbered 3; the markers must run 1, 2, 3… in order. Renumber the notes (and the references to them in the text).',
			},
		]);
		expect(structure('正文。\n\n# 附件\n\n［1］甲。\n\n乙。\n').problems.map((problem) => [problem.line, problem.ruleId])).toEqual([[3, 'back-matter']]);
		expect(structure('正文。\n\n# 注释\n\n［1］甲。\n\n# 注释\n\n［1］乙。\n').problems.map((problem) => [problem.line, problem.ruleId])).toEqual([
			[7, 'back-matter'],
		]);
		expect(structure('正文。\n\n# 附件1\n\n甲。\n\n## 二、回顾\n').problems.map((problem) => [problem.line, problem.ruleId])).toEqual([[7, 'back-matter']]);
	});

	it('reports a reference to a note the notes lack', () => {
		expect(editionModel('“五社联动”［1］和“一降三减”［3］。\n\n# 注释\n\n［1］甲。\n', 'zh-Hans').problems).toEqual([
			{
				line: 1,
				ruleId: 'note-reference',
				message: 'Paragraph p0-1 refers to note ［3］, which the notes do not have. Restore the note, or correct the marker to the note it means.',
			},
		]);
	});
});

describe('checks on back matter', () => {
	it('passes the fixture: the translation aligns with annexes and notes, figures and lead phrases match', () => {
		expect(checkContent({ root: fixture, contentDir: join(fixture, 'content') }).problems.map(formatProblem)).toEqual([]);
	});

	it('names a note the translation lacks (and the reference left without its note)', () => {
		expect(problemsWith('en.md', (text) => text.replace(/\n\[2\] Fire-safety.*\n/, '\n'))).toEqual([
			'content/reports/2024-testcity-annex/en.md:24: Paragraph p1-2 refers to note [2], which the notes do not have. Restore the note, or correct the marker to the note it means. [note-reference]',
			'content/reports/2024-testcity-annex/en.md: Missing 1 block(s) that content/reports/2024-testcity-annex/zh-Hans.md has: n2. Add the translated parts/sections/paragraphs in the same order (in a partial edition, write a paragraph not yet translated as the single line [[untranslated]] and set completeness: partial). [alignment-missing]',
		]);
	});

	it('compares the figures of annexes and notes, and never reads a note marker as a figure', () => {
		expect(problemsWith('en.md', (text) => text.replace('Create 100,000 urban jobs.', 'Create 10,000 urban jobs.'))).toEqual([
			'content/reports/2024-testcity-annex/en.md:34: Paragraph a1-1: “10,000” (10,000) does not match “10万个” (100,000) in zh-Hans.md:32. Write 100,000, or report the original if it is wrong. [figure-mismatch]',
		]);
	});
});

describe('block model', () => {
	const archive = readArchive(join(fixture, 'content'), fixture);
	const blocks = Object.fromEntries(archive.editions.map((edition) => [edition.language, blocksOfEdition(edition)]));
	const byId = (language: string, id: string) => blocks[language]!.find((block) => block.id === id)!;

	it('reads each stored edition and derives zh-Hant once from zh-Hans', () => {
		expect(archive.files.map((file) => file.fileLanguage)).toEqual(['en', 'zh-Hans']);
		expect(archive.editions.map((edition) => [edition.language, edition.derived])).toEqual([
			['en', false],
			['zh-Hans', false],
			['zh-Hant', true],
		]);
		// Parsed once: asking again (by edition or by its text) gives the same blocks.
		expect(blocksOfEdition(archive.editions[2]!)).toBe(blocksOfEdition(archive.editions[2]!));
		expect(editionBlocks(zhText, 'zh-Hans')).toBe(blocksOfEdition(archive.editions[1]!));
	});

	it('lists numbered opening sentences as items, the text unchanged', () => {
		expect(blocks['zh-Hans']!.filter((block) => block.item).map((block) => [block.id, block.item])).toEqual([
			['p1-1', '（一）坚持稳中求进'],
			['p1-2', '（二）深化改革开放'],
		]);
		expect(byId('en', 'p1-2').item).toBe('(2) We deepened reform and opening up');
		expect(byId('zh-Hans', 'p1-1').text).toBe('（一）坚持稳中求进。地区生产总值增长5%，“五社联动”［1］机制全面推开。');
	});

	it('links a note marker to its note for the web, keeps it as text for print, and reads no figure from it', () => {
		const p11 = byId('zh-Hans', 'p1-1');
		expect(p11.html).toBe('<strong class="lead">（一）坚持稳中求进。</strong>地区生产总值增长5%，“五社联动”［1］机制全面推开。');
		expect(p11.linkedHtml).toBe(
			'<strong class="lead">（一）坚持稳中求进。</strong>地区生产总值增长5%，“五社联动”<a href="#n1" class="note-ref" title="［1］五社联动：社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动。">［1］</a>机制全面推开。',
		);
		expect(p11.figures.map((figure) => figure.raw)).toEqual(['5%', '五']);
		expect(byId('en', 'p1-1').linkedHtml).toContain('“five-society linkage”<a href="#n1" class="note-ref" title="[1] Five-society linkage:');
		expect(byId('zh-Hant', 'p1-1').linkedHtml).toContain('<a href="#n1" class="note-ref" title="［1］五社聯動：');
		expect(byId('zh-Hans', 'n1')).toMatchObject({
			kind: 'note',
			html: '［1］五社联动：社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动。',
			figures: [],
		});
		expect(byId('zh-Hans', 'n1').linkedHtml).toBeUndefined();
		expect(byId('zh-Hans', 'p0-1').linkedHtml).toBeUndefined();
	});

	it('pairs a translation with its original by id, in the original order, and names what it adds', () => {
		const { pairs, extra } = alignedBlocks(blocks['zh-Hans']!, blocks.en!);
		expect(pairs.map((pair) => [pair.original.id, pair.translation?.id])).toEqual(blocks['zh-Hans']!.map((block) => [block.id, block.id]));
		expect(extra).toEqual([]);
		const partial = alignedBlocks([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]);
		expect(partial).toEqual({
			pairs: [
				{ original: { id: 'a' }, translation: undefined },
				{ original: { id: 'b' }, translation: { id: 'b' } },
			],
			extra: [{ id: 'c' }],
		});
	});

	it('marks an untranslated paragraph (the one test of the marker)', () => {
		const partial = editionBlocks(enText.replace('Build pocket parks.', '[[untranslated]]'), 'en');
		expect(partial.find((block) => block.id === 'a1-2')).toMatchObject({
			untranslated: true,
			text: undefined,
			html: '[[untranslated]]',
			figures: [],
			leads: [],
		});
		expect([isUntranslated(' [[untranslated]] '), isUntranslated('text'), isUntranslated(undefined)]).toEqual([true, false, false]);
	});
});

describe('back matter in the export and in search', () => {
	const archive = readArchive(join(fixture, 'content'), fixture);
	const editions = Object.fromEntries(
		archive.editions.map((edition) => [edition.language, { data: reportSchema.parse(edition.frontmatter), body: edition.raw }]),
	);
	const urls = {
		reading: (language: string, report: string) => `/${language}/${report}/`,
		schema: '/s.json',
		json: (report: string) => `/${report}.json`,
		csv: (report: string) => `/${report}.csv`,
	};

	it('JSON: annexes, their paragraphs, the notes and each note, with kinds and parents', () => {
		const data = reportExport({ report: '2024-testcity-annex', editions }, urls);
		expect(() => reportExportSchema.parse(data)).not.toThrow();
		expect(data.structure.slice(8).map((block) => [block.id, block.kind, block.parent])).toEqual([
			['a1', 'annex', undefined],
			['a1-1', 'paragraph', 'a1'],
			['a1-2', 'paragraph', 'a1'],
			['a2', 'annex', undefined],
			['a2-1', 'paragraph', 'a2'],
			['notes', 'notes', undefined],
			['n1', 'note', 'notes'],
			['n2', 'note', 'notes'],
		]);
		expect(data.structure.find((block) => block.id === 'n2')!.text.en).toBe(
			'[2] Fire-safety reduction: fewer fires in the year, and fewer deaths, injuries and losses.',
		);
	});

	it('search: annex paragraphs and notes are records titled by their heading', () => {
		const edition = archive.editions.find((candidate) => candidate.language === 'zh-Hans')!;
		const data = reportSchema.parse(edition.frontmatter);
		const records = editionRecords(
			{ language: 'zh-Hans', data, blocks: blocksOfEdition(edition).map((block) => ({ id: block.id, kind: block.kind, text: block.text ?? '' })) },
			{ opening: '开头', edition: '简体中文' },
		);
		const record = (id: string) => records.find((candidate) => candidate.meta.id === id)!;
		expect(record('a1-1').meta).toMatchObject({ heading: '附件1　2024年区十件民生实事', kind: 'paragraph' });
		expect(record('a1-1').filters.part).toEqual(['附件1　2024年区十件民生实事']);
		expect(record('n2')).toMatchObject({ url: '/zh-Hans/2024-testcity-annex/#n2', content: '［2］一降三减：全年火灾总量下降，亡人、伤人、损失减少。' });
		expect(record('n2').meta).toMatchObject({ heading: '注释', kind: 'note' });
		expect(record('notes').meta.heading).toBe('注释');
	});
});
