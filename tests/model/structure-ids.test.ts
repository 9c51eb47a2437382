import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkReportStructure from '../../plugins/markdown/remark-report-structure.ts';
import { structureIds } from '../../plugins/content/structure.ts';

const body = `各位代表：

现在，我代表区人民政府，向大会报告工作。

## 一、2024年工作回顾

一年来，我们主要做了以下工作：

**一是稳住经济大盘。**全年签约项目116个。

## 二、2025年目标任务

今年主要预期目标是：地区生产总值增长5%左右。

### （一）更大力度扩大社会需求

**增强有效投入拉动力。**开展重大项目攻坚行动。

**增强消费市场带动力。**促进消费。

### （二）更快步伐加速产业升级

**焕新升级传统产业。**推进智改数转网联。

## 三、全面加强政府自身建设

各位代表！让我们团结奋斗。
`;

const ids = (markdown: string) => structureIds(unified().use(remarkParse).parse(markdown) as Root).blocks.map((block) => block.id);

describe('structureIds', () => {
	it('derives exact ids from parts, sections and paragraphs', () => {
		expect(ids(body)).toEqual(['p0-1', 'p0-2', 'p1', 'p1-1', 'p1-2', 'p2', 'p2-1', 'p2-s1', 'p2-s1-1', 'p2-s1-2', 'p2-s2', 'p2-s2-1', 'p3', 'p3-1']);
	});

	it('keeps every id when words inside paragraphs and headings are corrected', () => {
		const corrected = body.replace('116个', '118个').replace('稳住经济大盘', '稳住经济基本盘').replace('更快步伐', '更大步伐');
		expect(corrected).not.toBe(body);
		expect(ids(corrected)).toEqual(ids(body));
	});

	it('gives an English edition with the same structure the same ids', () => {
		const english = `Fellow Deputies,

Now, on behalf of the district government, I present this report.

## I. Review of Our Work in 2024

Over the past year, we did the following:

**First, we stabilized the economy.** We signed 116 projects.

## II. Targets and Tasks for 2025

The main targets are: GRP growth of around 5 percent.

### (1) Expanding Social Demand

**Boosting effective investment.** We will launch a campaign.

**Strengthening consumption.** We will promote consumption.

### (2) Upgrading Industries Faster

**Upgrading traditional industries.** We will advance digital transformation.

## III. Strengthening the Government's Own Development

Fellow Deputies, let us unite and strive.
`;
		expect(ids(english)).toEqual(ids(body));
	});

	it('reports blocks a report body cannot hold, with their lines', () => {
		const { problems } = structureIds(unified().use(remarkParse).parse('段落。\n\n- 一\n- 二\n\n### （一）无所属\n') as Root);
		expect(problems).toEqual([
			{
				line: 3,
				ruleId: 'unexpected-block',
				message: 'A report body holds only parts (##), sections (###) and paragraphs; found a list. Rewrite it as a paragraph.',
			},
			{ line: 6, ruleId: 'section-outside-part', message: 'A section heading (###) comes before the first part heading (##); put it inside a part.' },
		]);
	});
});

describe('remarkReportStructure', () => {
	const render = (markdown: string, frontmatter: Record<string, unknown> | undefined) => {
		const file = new VFile({ value: markdown, data: frontmatter ? { astro: { frontmatter } } : {} });
		const html = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkReportStructure).use(remarkRehype).use(rehypeStringify).processSync(file);
		return { html: String(html), file };
	};

	it('writes ids and marks lead phrases in report files', () => {
		const { html } = render('## 一、回顾\n\n**一是稳住经济大盘。**全年签约项目116个。\n', { report: '2025-changzhou-tianning' });
		expect(html).toBe(
			'<h2 id="p1" data-block="part">一、回顾</h2>\n<p id="p1-1" data-block="paragraph"><strong class="lead">一是稳住经济大盘。</strong>全年签约项目116个。</p>',
		);
	});

	it('leaves Markdown that is not a report untouched', () => {
		const { html } = render('## About\n\n**bold**\n', { title: 'About' });
		expect(html).toBe('<h2>About</h2>\n<p><strong>bold</strong></p>');
	});

	it('reports structure problems as file messages with position, rule and source', () => {
		const { file } = render('- list\n', { report: 'x' });
		expect(file.messages.map((message) => [message.line, message.ruleId, message.source])).toEqual([[1, 'unexpected-block', 'report-press:structure']]);
	});
});
