import { describe, expect, it } from 'vitest';
import { dateSortKey, editionRecords, type EditionText } from '../../plugins/search/records.ts';
import { readEditions, resolvePagefindBinary } from '../../plugins/integrations/search.ts';

const root = new URL('../..', import.meta.url).pathname;

const edition: EditionText = {
	language: 'en',
	data: {
		report: '2025-x-y',
		title: 'Government Work Report',
		region: '320402',
		year: 2025,
		meeting: 'Fourth Session',
		delivered: new Date('2025-01-04'),
		speaker: { name: 'Zhang Kaiqi', role: 'District Mayor' },
	},
	blocks: [
		{ id: 'p0-1', kind: 'paragraph', text: 'Fellow Deputies,' },
		{ id: 'p1', kind: 'part', text: 'I. Review' },
		{ id: 'p1-1', kind: 'paragraph', text: 'Urban village renovation.' },
		{ id: 'p1-s1', kind: 'section', text: '(1) Demand' },
		{ id: 'p1-s1-1', kind: 'paragraph', text: '[[untranslated]]' },
	],
};

describe('editionRecords', () => {
	const records = editionRecords(edition, { opening: 'Opening', edition: 'English' });
	it('makes one record per paragraph and heading, linked to its id, plus the edition record', () => {
		expect(records.map((record) => record.url)).toEqual([
			'/en/2025-x-y/',
			'/en/2025-x-y/#p0-1',
			'/en/2025-x-y/#p1',
			'/en/2025-x-y/#p1-1',
			'/en/2025-x-y/#p1-s1',
		]);
		expect(records[0]!.content).toContain('Zhang Kaiqi');
		expect(records[0]!.content).toContain('Government Work Report');
	});
	it('carries filters, a date sort key in reading order, and the heading as title', () => {
		const paragraph = records.find((record) => record.meta.id === 'p1-1')!;
		expect(paragraph.filters).toEqual({
			year: ['2025'],
			level: ['County-level'],
			province: ['Jiangsu Province'],
			region: ['Tianning District, Changzhou, Jiangsu Province'],
			part: ['I. Review'],
			language: ['English'],
			shard: ['2025'],
		});
		expect(paragraph.meta).toMatchObject({ heading: 'I. Review', kind: 'paragraph', report: '2025-x-y' });
		expect(records.find((record) => record.meta.id === 'p0-1')!.filters.part).toEqual(['Opening']);
		expect(dateSortKey(new Date('2025-01-04'), 1) > dateSortKey(new Date('2025-01-04'), 2)).toBe(true);
		expect(dateSortKey(new Date('2025-01-04'), 500) > dateSortKey(new Date('2024-01-04'), 1)).toBe(true);
	});
	it('leaves untranslated paragraphs out', () => {
		expect(records.some((record) => record.meta.id === 'p1-s1-1')).toBe(false);
	});
});

describe('readEditions', () => {
	it('reads the seed report in three editions with the same block ids', () => {
		const editions = readEditions(`${root}content`, root).filter((e) => e.data.report === '2025-changzhou-tianning');
		expect(editions.map((e) => e.language).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
		const ids = editions.map((e) => e.blocks.map((block) => block.id).join());
		expect(new Set(ids).size).toBe(1);
		const hant = editions.find((e) => e.language === 'zh-Hant')!;
		expect(hant.blocks.find((block) => block.id === 'p2-s6-2')!.text).toContain('楓橋經驗');
		// Bold lead phrases are text, not markup.
		expect(editions.find((e) => e.language === 'zh-Hans')!.blocks.find((block) => block.id === 'p1-6')!.text).not.toContain('**');
	});
});

describe('Pagefind binary', () => {
	it('is the extended build shipped by the npm package (Chinese segmentation)', () => {
		expect(resolvePagefindBinary()).toMatch(/@pagefind\/[a-z0-9]+-[a-z0-9]+\/bin\/pagefind_extended(\.exe)?$/);
	});
});
