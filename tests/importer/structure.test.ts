import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../plugins/import/import-report.ts';
import { findLeads, parseSpeaker, parseStructure } from '../../plugins/import/structure.ts';

const fx = (f: string) => fs.readFileSync(path.join(__dirname, 'fixtures', f));

describe('structure on samples', () => {
	it('beijing bilingual: spaced title, wrapped meeting line, spaced name, English kept out', () => {
		const r = importReport(fx('beijing-2025-bilingual-pinyin-part1.txt'));
		const s = r.structure;
		expect(s.title?.text).toBe('政府工作报告');
		expect(s.meeting?.text).toBe('——2025年1月14日在北京市第十六届人民代表大会第三次会议上');
		expect(s.speaker).toMatchObject({ role: '北京市市长', name: '殷勇' });
		expect(s.salutation?.text).toBe('各位代表：');
		expect(s.blocks.filter((b) => b.kind === 'part').map((b) => b.text)).toEqual(['一、2024年工作回顾']);
		expect(s.foreign.length).toBe(8);
		expect(r.metadata).toMatchObject({
			delivered: '2025-01-14',
			meeting: '北京市第十六届人民代表大会第三次会议',
			year: 2025,
			source: { url: expect.stringContaining('http') },
		});
		expect(r.metadata.region).toBe('110000');
		// an opening cut off mid-report has no closing: never a report that exits 0
		expect(r.problems.map((p) => p.what).join()).toMatch(/no closing paragraph/);
	});
	it('yuzhong clean Simplified: headline, navigation set aside as furniture, meeting, speaker', () => {
		const r = importReport(fx('yuzhong-chongqing-2024-page1.txt'));
		const s = r.structure;
		expect(s.headline).toEqual(['（重庆市）重庆市渝中区人民政府工作报告（2024年1月15日）']);
		expect(r.ledger.changes.filter((c) => c.method === 'furniture').map((c) => c.before)).toEqual([
			'SOURCE: http://bx2200.com/baogao/xn/10234.html',
			'导航菜单',
		]);
		expect(r.ledger.script.detected).toBe('simplified');
		expect(r.metadata.region).toBe('500103');
		expect(s.title?.text).toBe('重庆市渝中区人民政府工作报告（2024年）');
		expect(s.meeting?.text).toBe('——2024年1月15日在重庆市渝中区第十九届人民代表大会第五次会议上');
		expect(s.speaker).toMatchObject({ role: '重庆市渝中区人民政府区长', name: '谢东' });
		expect(s.salutation?.text).toBe('各位代表：');
		expect(r.metadata.report).toBe('2024-chongqing-yuzhong');
		expect(r.unresolved).toEqual([]);
	});
	it('jintan: no meeting/speaker line, damaged headline is flagged not guessed', () => {
		const r = importReport(fx('jintan-changzhou-2024-pinyin.txt'));
		expect(r.structure.title?.text).toBe('金坛区政府2024年工作报告');
		expect(r.structure.meeting).toBeUndefined();
		expect(r.structure.speaker).toBeUndefined();
		expect(r.structure.salutation?.text).toBe('各位代表：');
		expect(r.unresolved.map((u) => u.line)).toContain(2);
		expect(r.unresolved[0]!.fix).toMatch(/^- line: 2\n  find: /);
	});
	it('seed: title, meeting, speaker, salutation, 3 parts, 6 sections, closing', () => {
		const d = 'content/reports/2025-changzhou-tianning';
		const r = importReport(fs.readFileSync(`${d}/source.raw.txt`), { editor: fs.readFileSync(`${d}/editor-corrections.yaml`, 'utf8') });
		const s = r.structure;
		expect(s.headline).toEqual(['（江苏省）2025年常州市天宁区政府工作报告']);
		expect(s.title?.text).toBe('政府工作报告');
		expect(s.speaker).toMatchObject({ role: '区委书记、区长', name: '张凯奇' });
		expect(s.blocks.filter((b) => b.kind === 'part').map((b) => b.id)).toEqual(['p1', 'p2', 'p3']);
		expect(r.ledger.script.detected).toBe('traditional');
		expect(s.blocks.filter((b) => b.kind === 'section').map((b) => b.text.slice(0, 5))).toEqual([
			'（一）更大',
			'（二）更快',
			'（三）更新',
			'（四）更高',
			'（五）更深',
			'（六）更实',
		]);
		const last = s.blocks.at(-1)!;
		expect(last.kind === 'paragraph' && last.closing).toBe(true);
		expect(s.blocks[0]).toMatchObject({ id: 'p0-1', text: '各位代表：' });
	});
});

describe('speaker line', () => {
	it('splits role and name', () => {
		expect(parseSpeaker('区委书记、区长 张凯奇')).toEqual({ role: '区委书记、区长', name: '张凯奇' });
		expect(parseSpeaker('市长 殷 勇')).toEqual({ role: '市长', name: '殷勇' });
		expect(parseSpeaker('各位代表：')).toBeUndefined();
	});
});

describe('lead phrases (conservative)', () => {
	const leads = (t: string) => findLeads(t).map(([a, b]) => t.slice(a, b));
	it('theme phrase and short topic sentences in a themed paragraph', () => {
		expect(leads('一是以非常之功稳住经济大盘。重大项目扎实推进。举办活动，签约项目。消费活力有效激发。大力发展经济。')).toEqual([
			'一是以非常之功稳住经济大盘。',
			'重大项目扎实推进。',
			'消费活力有效激发。',
		]);
	});
	it('topic sentence at paragraph start', () => {
		expect(leads('增强有效投入拉动力。开展“重大项目攻坚突破年”行动，更加突出开工。')).toEqual(['增强有效投入拉动力。']);
	});
	it('not: sentences with commas, numbers, long mid-paragraph sentences, last sentence, non-themed mid-paragraph', () => {
		expect(leads('现在，我代表区人民政府。向大会报告工作。')).toEqual([]);
		expect(leads('2024年是关键之年。我们坚持。')).toEqual([]);
		expect(leads('一是稳经济。开展打击欺诈骗保专项整治，维护医保基金安全。全市最高。')).toEqual(['一是稳经济。']);
		expect(leads('实际工作还要努力争取更好结果。')).toEqual([]);
		expect(leads('今年目标是增长，稳定。实际工作还要努力争取更好结果。重点做好六个方面工作：')).toEqual([]);
		expect(leads('一是稳经济。矛盾纠纷多元化解“一站式”平台实体化运行。其他。')).toEqual(['一是稳经济。']);
	});
	it('parses blocks and ids', () => {
		const s = parseStructure([
			{ line: 1, text: '政府工作报告' },
			{ line: 2, text: '各位代表：' },
			{ line: 3, text: '一、回顾' },
			{ line: 4, text: '第一段。' },
			{ line: 5, text: '（一）更大力度扩大需求' },
			{ line: 6, text: '段落。' },
		]);
		expect(s.blocks.map((b) => b.id)).toEqual(['p0-1', 'p1', 'p1-1', 'p1-s1', 'p1-s1-1']);
	});
});
