import { describe, expect, it } from 'vitest';
import { containsPhrase, excerptHtml, fold, highlightRanges, parseQuery, phraseRanges, queryTerms, rerank } from '../../plugins/search/query.ts';

describe('parseQuery', () => {
	it('recognises quoted phrases in ASCII, curly and corner quotes', () => {
		expect(parseQuery('"urban village"')).toEqual({ text: 'urban village', phrase: 'urban village', quoted: true });
		expect(parseQuery('“城中村改造”')).toMatchObject({ text: '城中村改造', quoted: true });
		expect(parseQuery('「城中村」')).toMatchObject({ text: '城中村', quoted: true });
		expect(parseQuery('  新能源汽车 ')).toEqual({ text: '新能源汽车', phrase: '新能源汽车', quoted: false });
		expect(parseQuery('""').quoted).toBe(false);
	});
});

describe('phrase matching', () => {
	it('is case-, width- and whitespace-insensitive and keeps offsets', () => {
		expect(fold('ＰＭ２.５ Urban')).toBe('pm2.5 urban');
		const text = 'Urban  Village renovation';
		expect(phraseRanges(text, 'urban village')).toEqual([[0, 14]]);
		expect(containsPhrase('编制城中村改造三年计划', '城中村改造')).toBe(true);
		// Pagefind alone also returns paragraphs with the words apart: those are not exact.
		expect(containsPhrase('成为全市首个国有土地上城中村整体自主更新改造项目', '城中村改造')).toBe(false);
		expect(containsPhrase('落实PM2.5和臭氧浓度', 'ＰＭ2.5')).toBe(true);
	});
});

describe('queryTerms', () => {
	it('segments Chinese like the browser does and drops English stopwords', () => {
		const terms = queryTerms('新能源汽车零部件', 'zh-Hans');
		expect(terms.join('')).toBe('新能源汽车零部件');
		expect(terms.length).toBeGreaterThan(1);
		expect(queryTerms('the urban village', 'en')).toEqual(['urban', 'village']);
	});
});

describe('highlightRanges', () => {
	it('marks the whole phrase when the text holds it', () => {
		const text = '继续推动新能源汽车、电子产品等大宗消费';
		const [range] = highlightRanges(text, '新能源汽车', 'zh-Hans');
		expect(text.slice(...range!)).toBe('新能源汽车');
	});
	it('marks the words apart otherwise', () => {
		const text = '城中村整体自主更新改造项目';
		const marked = highlightRanges(text, '城中村改造', 'zh-Hans').map(([a, b]) => text.slice(a, b));
		expect(marked).toContain('城中村');
		expect(marked).toContain('改造');
	});
	it('marks English words by stem at word starts', () => {
		const text = 'renovation of urban villages in Tianning';
		const marked = highlightRanges(text, 'urban village renovating', 'en').map(([a, b]) => text.slice(a, b));
		expect(marked).toEqual(['renovation', 'urban', 'villages']);
		expect(highlightRanges('suburban', 'urban', 'en')).toEqual([]);
	});
});

describe('excerptHtml', () => {
	it('escapes text and marks the ranges', () => {
		const text = 'a <b> & urban village c';
		expect(excerptHtml(text, phraseRanges(text, 'urban village'), 100)).toBe('a &lt;b&gt; &amp; <mark>urban village</mark> c');
	});
	it('cuts around the first match with ellipses', () => {
		const text = `${'甲'.repeat(100)}城中村改造${'乙'.repeat(100)}`;
		const html = excerptHtml(text, phraseRanges(text, '城中村改造'), 10);
		expect(html).toBe(`…${'甲'.repeat(10)}<mark>城中村改造</mark>${'乙'.repeat(10)}…`);
	});
});

describe('rerank', () => {
	const hit = (rank: number, content?: string) => ({ rank, content });
	it('puts exact-phrase hits first, keeping Pagefind order within each group', () => {
		const hits = [hit(0, '城中村整体自主更新改造'), hit(1, '完成城中村改造'), hit(2, undefined), hit(3, '编制城中村改造三年计划')];
		expect(rerank(hits, '城中村改造').map((h) => h.rank)).toEqual([1, 3, 0, 2]);
	});
	it('keeps exact hits only for a quoted query', () => {
		const hits = [hit(0, 'urban renewal of a village'), hit(1, 'Urban village renovation')];
		expect(rerank(hits, '"urban village"').map((h) => h.rank)).toEqual([1]);
	});
});
