import { describe, expect, it } from 'vitest';
import { compareIds, countTerm, kwicLines, type TermRecord, type TermReport } from '../../plugins/search/term-counts.ts';

const reports: TermReport[] = [
	{ report: '2026-jiangsu', year: 2026, name: '江苏省', code: '320000' },
	{ report: '2026-anhui', year: 2026, name: '安徽省', code: '340000' },
	{ report: '2026-beijing', year: 2026, name: '北京市', code: '110000' },
	{ report: '2025-changzhou-tianning', year: 2025, name: '江苏省常州市天宁区', code: '320402' },
];
const record = (report: string, id: string, text: string, kind = 'paragraph'): TermRecord => ({ report, id, kind, text, url: `/zh-Hans/${report}/#${id}` });

describe('kwicLines', () => {
	it('gives every occurrence its own line, radius characters either side, clipped ends flagged', () => {
		const text = '一二三四五六七八九十新质生产力甲乙丙丁戊己庚辛壬癸，再谈新质生产力。';
		const lines = kwicLines(text, '新质生产力', 5);
		expect(lines).toEqual([
			{ before: '六七八九十', match: '新质生产力', after: '甲乙丙丁戊', clippedBefore: true, clippedAfter: true },
			{ before: '壬癸，再谈', match: '新质生产力', after: '。', clippedBefore: true, clippedAfter: false },
		]);
	});

	it('matches as query.ts does: full-width plus, and cuts English context at whole words', () => {
		expect(kwicLines('实施“人工智能＋”行动', '人工智能+', 20)).toEqual([
			{ before: '实施“', match: '人工智能＋', after: '”行动', clippedBefore: false, clippedAfter: false },
		]);
		const [line] = kwicLines('We will foster new quality productive forces in line with local conditions.', 'new quality productive forces', 12);
		expect(line!.before).toBe('will foster ');
		expect(line!.after).toBe(' in line');
		expect(line!.clippedBefore && line!.clippedAfter).toBe(true);
	});

	it('finds nothing when the words are apart (Pagefind would still return the paragraph)', () => {
		expect(kwicLines('发展新质生产力，促进民营经济发展', '民营经济促进法')).toEqual([]);
		expect(kwicLines('新质的生产力', '新质生产力')).toEqual([]);
	});
});

describe('compareIds', () => {
	it('sorts ids in reading order: opening, parts (own paragraphs before sections), annexes, notes', () => {
		const ids = ['n2', 'a1-2', 'p2-s1-10', 'p2-s1-2', 'p10-1', 'p2-3', 'p0-1', 'p2-s2-1', 'a1-1', 'n10', 'p1-12', 'p2'];
		expect([...ids].sort(compareIds)).toEqual(['p0-1', 'p1-12', 'p2', 'p2-3', 'p2-s1-2', 'p2-s1-10', 'p2-s2-1', 'p10-1', 'a1-1', 'a1-2', 'n2', 'n10']);
	});
});

describe('countTerm', () => {
	const records = [
		record('2026-anhui', 'p2-s1-1', '发展新质生产力，培育新质生产力新动能'),
		record('2026-anhui', 'p1-4', '新质生产力发展壮大'),
		record('2026-anhui', 'p2-s1', '因地制宜发展新质生产力', 'section'),
		record('2026-anhui', '', '2026年安徽省政府工作报告 新质生产力', 'report'),
		record('2026-jiangsu', 'p1-2', '新质 生产力'),
		record('2026-jiangsu', 'p3-1', '加快发展新质生产力'),
		record('2026-jiangsu', 'p3-1', '加快发展新质生产力'),
		record('2026-beijing', 'p1-1', '新的生产力'),
		record('2025-changzhou-tianning', 'n3', '［3］新质生产力：…', 'note'),
	];
	const counts = countTerm('新质生产力', records, reports, 20);

	it('counts paragraphs and notes that contain the phrase, per report, never headings or the title record', () => {
		const anhui = counts.years[0]!.reports[0]!;
		expect(anhui.report.report).toBe('2026-anhui');
		expect(anhui.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p1-4', 'p2-s1-1']);
		expect(anhui.occurrences).toBe(3);
		expect(counts.years[1]!.reports[0]!.paragraphs.map((paragraph) => paragraph.id)).toEqual(['n3']);
	});

	it('counts a record once, and a phrase only as written (a space inside it is not the phrase)', () => {
		const jiangsu = counts.years[0]!.reports[1]!;
		expect(jiangsu.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p3-1']);
	});

	it('groups by year, newest first, most paragraphs first, and names the reports without the term', () => {
		expect(counts.years.map((year) => year.year)).toEqual([2026, 2025]);
		expect(counts.years[0]!.reports.map((count) => count.report.report)).toEqual(['2026-anhui', '2026-jiangsu']);
		expect(counts.years[0]!.without.map((report) => report.report)).toEqual(['2026-beijing']);
		expect(counts.years[0]!.paragraphs).toBe(3);
		expect(counts).toMatchObject({ phrase: '新质生产力', paragraphs: 4, occurrences: 5, reportsWith: 3, reportsSearched: 4, candidates: records.length });
	});

	it('breaks ties by GB/T 2260 order and ignores quotes around the query', () => {
		const tied = countTerm('“低空经济”', [record('2026-jiangsu', 'p1-1', '低空经济'), record('2026-beijing', 'p1-1', '低空经济')], reports);
		expect(tied.phrase).toBe('低空经济');
		expect(tied.years[0]!.reports.map((count) => count.report.report)).toEqual(['2026-beijing', '2026-jiangsu']);
		expect(tied.years[1]!.without.map((report) => report.report)).toEqual(['2025-changzhou-tianning']);
	});

	it('counts nothing for an empty query', () => {
		expect(countTerm('  ', records, reports).paragraphs).toBe(0);
	});
});
