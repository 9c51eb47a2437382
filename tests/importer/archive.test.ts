/**
 * The published archive: every 2026 report in content/reports/ re-imported from its own source.raw.txt
 * (and editor-corrections.yaml) gives exactly what is committed, and holds its source: every line that is
 * not furniture is in the edition once, unchanged but for its ledger entries. Reads only content/, so the
 * project tests without ../shared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importReport } from '../../plugins/import/import-report.ts';
import { checkAgainstSource } from './source-check.ts';

const reports = 'content/reports';
// id, region (GB/T 2260), delivered, speaker role and name, parts, section headings, numbered paragraphs
// (（一）… as the opening sentence), annexes, note paragraphs, furniture lines
type Expected = [string, string, string, string, string, number, number, number, number, number, number];
const EXPECTED: Expected[] = [
	['2026-anhui', '340000', '2026-02-05', '省人民政府省长', '王清宪', 3, 11, 13, 0, 0, 12],
	['2026-beijing', '110000', '2026-01-25', '北京市市长', '殷勇', 3, 10, 0, 0, 0, 13],
	['2026-chongqing', '500000', '2026-01-28', '重庆市人民政府市长', '胡衡华', 4, 0, 28, 0, 0, 12],
	['2026-fujian', '350000', '2026-01-27', '福建省人民政府省长', '赵龙', 4, 9, 18, 0, 0, 12],
	['2026-guangxi', '450000', '2026-02-02', '自治区主席', '韦韬', 3, 0, 28, 0, 0, 12],
	['2026-guizhou', '520000', '2026-01-27', '省长', '李炳军', 3, 0, 18, 0, 0, 1],
	['2026-hainan', '460000', '2026-01-27', '海南省省长', '刘小明', 4, 10, 0, 0, 28, 0],
	['2026-hebei', '130000', '2026-01-26', '河北省人民政府省长', '王正谱', 3, 6, 5, 0, 0, 13],
	['2026-heilongjiang', '230000', '2026-01-31', '省长', '梁惠玲', 4, 0, 21, 0, 0, 12],
	['2026-henan', '410000', '2026-01-26', '河南省人民政府省长', '王凯', 3, 10, 5, 0, 0, 12],
	['2026-hubei', '420000', '2026-01-27', '湖北省人民政府省长', '李殿勋', 4, 9, 5, 0, 0, 12],
	['2026-hunan', '430000', '2026-02-03', '省长', '毛伟明', 4, 0, 10, 0, 0, 13],
	['2026-jiangsu', '320000', '2026-02-03', '省长', '刘小涛', 3, 0, 21, 0, 0, 13],
	['2026-jiangxi', '360000', '2026-01-27', '省长', '叶建春', 3, 0, 12, 1, 0, 13],
	['2026-jilin', '220000', '2026-01-27', '省长', '胡玉亭', 4, 0, 10, 0, 0, 12],
	['2026-liaoning', '210000', '2026-01-27', '省长', '王新伟', 3, 0, 10, 0, 0, 12],
	['2026-neimenggu', '150000', '2026-02-04', '自治区人民政府主席', '包钢', 6, 0, 15, 1, 0, 13],
	['2026-ningxia', '640000', '2026-02-03', '自治区人民政府主席', '张雨浦', 3, 0, 6, 0, 0, 24],
	['2026-shandong', '370000', '2026-01-27', '山东省省长', '周乃翔', 3, 0, 16, 0, 0, 12],
	['2026-shanxi', '140000', '2026-02-02', '省长', '卢东亮', 4, 10, 8, 0, 0, 13],
	['2026-sichuan', '510000', '2026-02-03', '四川省人民政府省长', '施小琳', 3, 0, 10, 1, 0, 24],
	['2026-tianjin', '120000', '2026-01-26', '天津市市长', '张工', 3, 14, 0, 0, 0, 13],
	['2026-xinjiang', '650000', '2026-01-27', '自治区主席', '艾尔肯·吐尼亚孜', 4, 10, 12, 0, 0, 13],
	['2026-yunnan', '530000', '2026-01-28', '省长', '王予波', 3, 21, 0, 0, 0, 19],
];

const read = (dir: string, file: string): string | undefined =>
	fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : undefined;

describe('published 2026 provincial reports', () => {
	it('the archive holds the 24', () => {
		expect(
			fs
				.readdirSync(reports)
				.filter((d) => d.startsWith('2026-'))
				.sort(),
		).toEqual(EXPECTED.map((e) => e[0]));
	});
	for (const [id, region, delivered, role, name, parts, sections, numbered, annexes, notes, furniture] of EXPECTED) {
		describe(id, () => {
			const dir = path.join(reports, id);
			const raw = fs.readFileSync(path.join(dir, 'source.raw.txt'));
			// The day the copy was received is the one fact no copy holds: the committed edition's, given back.
			const retrieved = /^ {2}retrieved: (\S+)$/m.exec(read(dir, 'zh-Hans.md') ?? '')?.[1];
			const result = importReport(new Uint8Array(raw), {
				file: path.join(dir, 'source.raw.txt'),
				editor: read(dir, 'editor-corrections.yaml') ?? '',
				retrieved,
			});
			it('re-imports to exactly what is committed, with nothing missing or left for the editor', () => {
				expect(result.unresolved).toEqual([]);
				expect(result.missing).toEqual([]);
				expect(result.problems).toEqual([]);
				expect(read(dir, 'zh-Hans.md')).toBe(result.markdown);
				expect(read(dir, 'corrections-ledger.yaml')).toBe(result.ledgerYaml);
			});
			it('metadata and structure', () => {
				const md = result.markdown;
				const body = md.split('---\n').slice(2).join('---\n');
				const count = (re: RegExp) => (body.match(re) ?? []).length;
				expect(result.metadata).toMatchObject({ report: id, region, year: 2026, delivered, speaker: { role, name } });
				expect(result.metadata.meeting).toMatch(/^.+第.+届人民代表大会第.次会议$/);
				expect([count(/^## /gm), count(/^### /gm), count(/^\*\*（[一二三四五六七八九十]+）/gm), count(/^# (?!注释)/gm)]).toEqual([
					parts,
					sections,
					numbered,
					annexes,
				]);
				const noteBlock = body.split('\n# 注释\n')[1];
				expect(noteBlock ? noteBlock.trim().split('\n\n').length : 0).toBe(notes);
				if (noteBlock) for (const p of noteBlock.trim().split('\n\n')) expect(p).toMatch(/^［\d+］\S+：\S/);
			});
			it('furniture set aside verbatim, one ledger entry per line; a Simplified source is not converted', () => {
				const ledger = parse(result.ledgerYaml);
				expect(ledger.changes.filter((c: { method: string }) => c.method === 'furniture').length).toBe(furniture);
				expect(ledger.script.detected).toBe('simplified');
				expect(ledger.changes.filter((c: { method: string }) => c.method === 'traditional-to-simplified')).toEqual([]);
				expect(result.markdown).not.toMatch(/来源：|时间：20|相关报道|扫一扫|【字号|记者.{0,12}摄/);
			});
			it('every source line that is not furniture is in the edition exactly once, unchanged but for its ledger entries', () => {
				expect(checkAgainstSource(dir).errors).toEqual([]);
			});
		});
	}
});
