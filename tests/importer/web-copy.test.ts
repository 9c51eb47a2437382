/** The web-copy pass and the clean-copy rules, on the committed copies of real pages (content/reports/2026-*). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport, type ImportResult } from '../../plugins/import/import-report.ts';
import { detectScript } from '../../plugins/import/script.ts';
import { parseSpeaker } from '../../plugins/import/structure.ts';
import { findFurniture, inlineFurniture, repeatsOpening } from '../../plugins/import/web-copy/furniture.ts';
import { findLostCharacters } from '../../plugins/import/web-copy/lost.ts';

const raw = (id: string) => fs.readFileSync(`content/reports/${id}/source.raw.txt`);
const cache = new Map<string, ImportResult>();
const imported = (id: string): ImportResult => {
	if (!cache.has(id)) {
		const editor = fs.existsSync(`content/reports/${id}/editor-corrections.yaml`)
			? fs.readFileSync(`content/reports/${id}/editor-corrections.yaml`, 'utf8')
			: '';
		cache.set(id, importReport(new Uint8Array(raw(id)), { editor }));
	}
	return cache.get(id)!;
};
const body = (r: ImportResult) => r.markdown.split('---\n').slice(2).join('---\n');
const furnitureOf = (r: ImportResult) => r.ledger.changes.filter((c) => c.method === 'furniture').map((c) => [c.line, c.before, c.why]);

describe('page furniture', () => {
	it('toolbar, source and date lines, photo caption, footer: set aside with line number and reason', () => {
		expect(furnitureOf(imported('2026-jiangsu'))).toEqual([
			...['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】'].map((t, i) => [i + 1, t, 'page toolbar']),
			[12, '来源：新华日报', 'page 来源 line'],
			[13, '时间：2026-02-09', 'page 时间 line'],
			[15, expect.stringMatching(/^省长刘小涛.*作政府工作报告。本报记者/), 'photo caption'],
			[60, '相关报道：', 'page footer'],
		]);
	});
	it('breadcrumbs, label lines with their value on the next line, publication date', () => {
		const f = furnitureOf(imported('2026-ningxia'));
		expect(f.slice(0, 11).map((x) => x[1])).toEqual([
			'当前位置：',
			'首页',
			'>',
			'政务信息',
			'>',
			'宁夏要闻',
			'发表时间：',
			'2026-02-09 09:45:30',
			'来源：',
			'宁夏日报客户端',
			'阅读量：',
		]);
		expect(f[1]![2]).toMatch(/breadcrumb/);
		// the page headline between the breadcrumb and the date is the report's, not furniture
		expect(imported('2026-ningxia').metadata.headline).toBe('2026年宁夏回族自治区政府工作报告');
	});
	it('related links in the footer, and a repeat of the opening after the end (四川)', () => {
		const f = furnitureOf(imported('2026-sichuan'));
		expect(f.filter((x) => /related-link/.test(String(x[2]))).length).toBe(6);
		expect(f.slice(-2)).toEqual([
			[141, '2026年四川省人民政府工作报告', 'repeat of the opening after the end of the report'],
			[142, expect.stringMatching(/^各位代表：现在，我代表省人民政府/), 'repeat of the opening after the end of the report'],
		]);
		expect(repeatsOpening('各位代表：现在。', ['各位代表：', '现在。'])).toBe(true);
		expect(repeatsOpening('各位代表！', ['各位代表：', '现在。'])).toBe(false);
	});
	it('no furniture in a copy without a page around it (海南), and never a text line', () => {
		expect(furnitureOf(imported('2026-hainan'))).toEqual([]);
		const lines = ['各位代表：', '大力提振消费。', '中', '产业结构持续优化。'];
		expect(findFurniture(lines, 0).map((f) => f.index)).toEqual([2]);
	});
	it('furniture run into a text line is found (and reported by the importer, never cut)', () => {
		expect(inlineFurniture('经济运行总体平稳。来源：新华日报')).toBe('来源：新华日报');
		expect(inlineFurniture('经济运行总体平稳，来源广泛。')).toBeUndefined();
	});
});

describe('script: detected, never assumed', () => {
	it('a Simplified source is not converted: 显著 stays 显著', () => {
		const r = imported('2026-ningxia');
		expect(r.ledger.script.detected).toBe('simplified');
		expect(body(r)).toContain('显著提升');
		expect(body(r)).not.toContain('显着');
		expect(detectScript('经济综合实力显著提升，加快建设').detected).toBe('simplified');
		expect(detectScript('經濟綜合實力顯著提升，加快建設').detected).toBe('traditional');
	});
	it('punctuation normalisation is listed per change (北京: one ASCII ; in a paragraph)', () => {
		const p = imported('2026-beijing').ledger.changes.filter((c) => c.method === 'punctuation');
		expect(p).toEqual([expect.objectContaining({ line: 65, before: ';', after: '；', paragraph: expect.stringMatching(/^p3-s\d+-\d+$/) })]);
	});
});

describe('lost characters in a clean copy', () => {
	it('a lone ? is an editor spot with its context and no candidates (湖南)', () => {
		const r = importReport(new Uint8Array(raw('2026-hunan')));
		expect(r.unresolved).toEqual([expect.objectContaining({ line: 20, raw: '?', candidates: [] })]);
		expect(r.unresolved[0]!.why).toMatch(/洞庭湖区重点垸堤防加固二期、\?水灌区开工建设/);
		expect(r.unresolved[0]!.fix).toMatch(/^- line: 20\n {2}find: "期、\?水灌"\n/);
	});
	it('the editor decision fills it, one ledger entry with its reason', () => {
		const e = imported('2026-hunan').ledger.changes.filter((c) => c.method === 'editor');
		expect(e).toEqual([expect.objectContaining({ line: 20, before: '?水灌区', after: '㵲水灌区' })]);
		expect(body(imported('2026-hunan'))).toContain('、㵲水灌区开工建设');
	});
	it('an ASCII ? outside Chinese text is not a spot', () => {
		expect(findLostCharacters('https://example.com/?id=1')).toEqual([]);
		expect(findLostCharacters('前1?。').map((l) => l.index)).toEqual([2]);
	});
});

describe('head and structure variants', () => {
	it('speaker: name without inner spaces, role as printed, a name with ·, a name alone with the role in the caption', () => {
		expect(parseSpeaker('自治区主席 韦 韬')).toEqual({ role: '自治区主席', name: '韦韬' });
		expect(parseSpeaker('省长　王予波')).toEqual({ role: '省长', name: '王予波' });
		expect(parseSpeaker('自治区主席 艾尔肯·吐尼亚孜')).toEqual({ role: '自治区主席', name: '艾尔肯·吐尼亚孜' });
		expect(imported('2026-hunan').metadata.speaker).toEqual({ name: '毛伟明', role: '省长' });
	});
	it('meeting line without ——, and in parentheses', () => {
		expect(imported('2026-heilongjiang').metadata).toMatchObject({ delivered: '2026-01-31', meeting: '黑龙江省第十四届人民代表大会第四次会议' });
		expect(imported('2026-guizhou').metadata).toMatchObject({
			delivered: '2026-01-27',
			meeting: '贵州省第十四届人民代表大会第四次会议',
			title: '政府工作报告',
		});
	});
	it('unnumbered parts (内蒙古) and a section heading split over two lines (云南: （ / 三）…)', () => {
		const parts = body(imported('2026-neimenggu')).match(/^## .*/gm)!;
		expect(parts.slice(0, 3)).toEqual([
			'## “十四五”时期发展成就和2025年工作回顾',
			'## “十五五”时期主要目标和2026年重点工作',
			'## 一、把铸牢中华民族共同体意识作为民族地区各项工作的主线',
		]);
		expect(body(imported('2026-yunnan'))).toContain('\n### （三）改革开放持续深化、互促共进。\n');
	});
	it('sections as the numbered opening sentence of a paragraph: the paragraph kept whole, the sentence its lead', () => {
		expect(body(imported('2026-guizhou'))).toContain('\n**（一）全面转向高质量发展新阶段。**从遏制新增政府隐性债务入手');
	});
	it('dash items are paragraphs with their lead', () => {
		expect(body(imported('2026-guizhou'))).toMatch(/\n\*\*——经济保持平稳增长。\*\*召开“新年第一会”/);
	});
	it('notes (海南): the term line and its definition line are one paragraph, marker kept', () => {
		const notes = body(imported('2026-hainan')).split('\n# 注释\n')[1]!.trim().split('\n\n');
		expect(notes.length).toBe(28);
		expect(notes[0]).toBe('［1］一降三减：全年火灾起数总体下降，火灾亡人数、伤人数减少，财产损失数减少。');
		expect(notes[4]).toBe('［5］ESI：Essential Science Indicators，基本科学指标数据库。');
	});
	it('annexes: 附件 with its title line as one heading, items as paragraphs; a term split over lines joined (四川 揭榜)', () => {
		expect(body(imported('2026-neimenggu'))).toContain('\n# 附件　2026年自治区民生实事\n\n1.通过“以工代赈”');
		const sichuan = body(imported('2026-sichuan')).split('\n# 名词解释\n')[1]!.trim().split('\n\n');
		expect(sichuan.length).toBe(20);
		expect(sichuan[6]).toMatch(/^7\.“双向揭榜挂帅”：企业找技术、成果找市场“双向揭榜挂帅”的简称，.*揭榜；“成果找市场”.*揭榜。$/);
		// Markdown would read `6. ` as a list: escaped, the text unchanged
		expect(body(imported('2026-jiangxi'))).toContain('\n6\\. “一表同享”：');
	});
});
