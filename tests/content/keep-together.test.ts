/**
 * What an English line must not split (plugins/content/keep-together.ts), and the block model's HTML
 * that carries it to web and print: amounts with their units, numbers with what they count, No. 1,
 * Chinese names. The text itself is never changed.
 */
import { describe, expect, it } from 'vitest';
import { keepTogetherRanges, nobrSpansToNoBreakSpaces } from '../../plugins/content/keep-together.ts';
import { editionBlocks } from '../../plugins/content/model.ts';

const runs = (text: string) => keepTogetherRanges(text).map(([start, end]) => text.slice(start, end));

describe('keepTogetherRanges', () => {
	it('keeps an amount of money with its currency and scale', () => {
		expect(runs('revenue reached RMB 4.8 billion, and RMB 34,000 per person; RMB 100 million yuan in all')).toEqual([
			'RMB 4.8 billion',
			'RMB 34,000',
			'RMB 100 million yuan',
		]);
	});

	it('keeps a number with what it counts, but not with the word that follows a bare year or number', () => {
		expect(runs('served over 7,000 meals a day, grew by 30.7 percent and 5-6 percent, in 2024 the district; 10 and 12')).toEqual([
			'7,000 meals',
			'30.7 percent',
			'5-6 percent',
		]);
		expect(runs('the 14th Five-Year Plan, p1-4 and 37th in the ranking')).toEqual([]);
	});

	it('keeps No. 1 and a Chinese name together', () => {
		expect(runs('Changzhou No. 1 Middle School; Academician Deng Zixin and Zhang Kaiqi; Xi Jinping Thought')).toEqual([
			'No. 1',
			'Deng Zixin',
			'Zhang Kaiqi',
			'Xi Jinping',
		]);
	});
});

describe('the block model', () => {
	const markdown = '## I. Review\n\nWe invested **RMB 48 billion** in 7,000 projects, as Zhang Kaiqi said.\n';

	it('wraps each run of an English block in a nobr span, once for web and print, text unchanged', () => {
		const [, paragraph] = editionBlocks(markdown, 'en');
		expect(paragraph!.html).toBe(
			'We invested <strong class="lead"><span class="nobr">RMB 48 billion</span></strong> in <span class="nobr">7,000 projects</span>, as <span class="nobr">Zhang Kaiqi</span> said.',
		);
		expect(paragraph!.text).toBe('We invested RMB 48 billion in 7,000 projects, as Zhang Kaiqi said.');
	});

	it('gives print the same runs as no-break spaces, no element (Paged.js 0.4.3 loses text at page breaks around inline spans)', () => {
		const [, paragraph] = editionBlocks(markdown, 'en');
		expect(nobrSpansToNoBreakSpaces(paragraph!.html)).toBe(
			'We invested <strong class="lead">RMB\u00A048\u00A0billion</strong> in 7,000\u00A0projects, as Zhang\u00A0Kaiqi said.',
		);
	});

	it('leaves Chinese blocks alone', () => {
		const [, paragraph] = editionBlocks('## 一、回顾\n\n投资480亿元，张凯奇说。\n', 'zh-Hans');
		expect(paragraph!.html).not.toContain('nobr');
	});
});
