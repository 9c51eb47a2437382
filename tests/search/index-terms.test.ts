import { describe, expect, it } from 'vitest';
import { indexText, isHanTerm, pagefindQuery, pagefindRecord, readMeta, searchTerms } from '../../plugins/search/index-terms.ts';
import type { SearchRecord } from '../../plugins/search/records.ts';

describe('index text', () => {
	it('sets every Han character apart with a zero-width space, and changes nothing else', () => {
		expect(indexText('推进5G基站建设，PM2.5下降。')).toBe('推\u200b进\u200b5G\u200b基\u200b站\u200b建\u200b设\u200b，PM2.5\u200b下\u200b降\u200b。');
		expect(indexText('urban village renovation')).toBe('urban village renovation');
		// Spaces stay spaces: no separator is added beside one.
		expect(indexText('雄奇山水 新韵重庆')).toBe('雄\u200b奇\u200b山\u200b水 新\u200b韵\u200b重\u200b庆');
		expect(indexText('𠀀丁')).toBe('𠀀\u200b丁');
		// The separators removed, the text is the text.
		for (const text of ['“城中村”改造', '2025年1月', 'GDP增长5%左右']) expect(indexText(text).replaceAll('\u200b', '')).toBe(text);
	});
});

describe('query words', () => {
	it('asks for each Han character, and for other runs whole; punctuation is no word', () => {
		expect(searchTerms('新能源汽车')).toEqual(['新', '能', '源', '汽', '车']);
		expect(searchTerms('人工智能+')).toEqual(['人', '工', '智', '能']);
		expect(searchTerms('5G基站 PM2.5')).toEqual(['5G', '基', '站', 'PM2.5']);
		expect(searchTerms('urban  village')).toEqual(['urban', 'village']);
		expect(searchTerms('“ ” 、。')).toEqual([]);
		expect(isHanTerm('新')).toBe(true);
		expect(isHanTerm('5G')).toBe(false);
		expect(isHanTerm('新能')).toBe(false);
	});

	it('makes Pagefind’s query: the words, or the words in quotes as one exact phrase', () => {
		expect(pagefindQuery(['城', '中', '村'], false)).toBe('城 中 村');
		expect(pagefindQuery(['城', '中', '村'], true)).toBe('"城 中 村"');
	});
});

describe('records as Pagefind is given them', () => {
	const record: SearchRecord = {
		url: '/zh-Hans/2025-x/#p1-2',
		content: '城中村改造',
		language: 'zh-Hans',
		meta: { heading: '一、2024年工作回顾', reportLine: '2025年 江苏省常州市天宁区 政府工作报告', id: 'p1-2', kind: 'paragraph', report: '2025-x' },
		filters: { year: ['2025'], shard: ['2025'] },
		sort: { date: '2025-01-04-99997' },
	};
	const given = pagefindRecord(record);

	it('has its text in words and its meta in signs that are neither letters nor digits', () => {
		expect(given.content).toBe('城\u200b中\u200b村\u200b改\u200b造');
		for (const value of Object.values(given.meta)) {
			expect(value).toMatch(/^[!$%&'()+,\-./:;<=]+$/);
			// Pagefind splits meta at whitespace and keeps letters and digits: nothing of either is left.
			expect(value).not.toMatch(/[\p{L}\p{N}\s_]/u);
		}
		expect(given.meta.heading).toHaveLength(4 * record.meta.heading!.length);
		expect({ ...given, content: record.content, meta: record.meta }).toEqual(record);
	});

	it('gets its meta back as written, and refuses meta not in that form', () => {
		expect(readMeta(given.meta)).toEqual(record.meta);
		expect(readMeta(pagefindRecord({ ...record, meta: { heading: '𠀀 A ' } }).meta)).toEqual({ heading: '𠀀 A ' });
		expect(() => readMeta({ heading: '一、2024年' })).toThrow('search index: meta value "一、2024年" is not in the index\'s meta form');
	});
});
