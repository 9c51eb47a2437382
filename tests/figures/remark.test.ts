import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../plugins/content/editions.ts';
import remarkFigures from '../../plugins/remark-figures.ts';

describe('remarkFigures', () => {
	it('attaches each block’s figures by stable id, reading the edition language from frontmatter', () => {
		const tree = parseBody({ body: '## 一、2024年工作回顾\n\n**一是稳住经济大盘。**签约项目116个，总投资120亿元。\n\n[[untranslated]]\n', bodyStartLine: 1 });
		const file = new VFile({ data: { astro: { frontmatter: { report: 'x', language: 'zh-Hans' } } } });
		remarkFigures()(tree, file);
		expect(file.data.figures).toEqual({
			p1: [{ value: 2024, unit: 'year', raw: '2024年', offset: 2 }],
			'p1-1': [
				{ value: 116, unit: 'count', raw: '116个', offset: 13 },
				{ value: 12_000_000_000, unit: 'CNY', raw: '120亿元', offset: 21 },
			],
		});
	});
});
