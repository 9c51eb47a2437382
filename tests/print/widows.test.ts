/** keepLastCharacters (plugins/print/widows.ts): the last three characters of a paragraph bound together, the text unchanged. */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../plugins/print/print-html.ts';
import { keepLastCharacters } from '../../plugins/print/widows.ts';

describe('keepLastCharacters', () => {
	it('binds the last three characters and the closing punctuation', () => {
		expect(keepLastCharacters('在新征程上奋力谱写中国式现代化建设天宁新篇章！')).toBe(
			'在新征程上奋力谱写中国式现代化建设天宁<span class="keep">新篇章！</span>',
		);
		expect(keepLastCharacters('提出意见。”）')).toBe('提<span class="keep">出意见。”）</span>');
	});

	it('counts an entity as one character and never splits an element', () => {
		expect(keepLastCharacters('甲乙A&amp;B')).toBe('甲乙<span class="keep">A&amp;B</span>');
		expect(keepLastCharacters('<strong class="lead">一是稳住大盘。</strong>全年完成')).toBe(
			'<strong class="lead">一是稳住大盘。</strong>全<span class="keep">年完成</span>',
		);
		expect(keepLastCharacters('全年<strong>完成率</strong>')).toBe('全年<span class="keep"><strong>完成率</strong></span>');
		expect(keepLastCharacters('全年<strong>超额完成</strong>了')).toBe('全年<span class="keep"><strong>超额完成</strong>了</span>');
	});

	it('leaves the text itself unchanged, and short text alone', () => {
		const html = '<strong class="lead">二是抓实产业。</strong>新增企业146家；创历史新高。';
		expect(blockText(keepLastCharacters(html))).toBe(blockText(html));
		expect(keepLastCharacters('好。')).toBe('好。');
	});
});
