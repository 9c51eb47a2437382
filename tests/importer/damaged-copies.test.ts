/**
 * Damaged copies beyond the seed: the seed's kind of damage (Traditional script, pinyin after characters,
 * neutral tones included, ASCII punctuation) applied to the clean opening of another report comes back
 * exactly; an opening without a title line and with its meeting line split over two lines is read right
 * or refused, never imported with a garbage title, an empty region or the id `2025`.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingTable } from '../../plugins/import/damaged-copy/pinyin.ts';
import { importReport } from '../../plugins/import/import-report.ts';
import { damage, mulberry32 } from './damage.ts';

const seedRaw = fs.readFileSync('content/reports/2025-changzhou-tianning/source.raw.txt', 'utf8');
// the seed's own readings (Traditional character → first reading), plus neutral-tone syllables the seed never shows
const readings = new Map([...readingTable(seedRaw)].map(([c, r]) => [c, [...r][0]!]));
for (const [c, r] of [
	['們', 'men'],
	['的', 'de'],
	['了', 'le'],
	['子', 'zi'],
	['麼', 'me'],
] as const)
	readings.set(c, r);

const enc = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
/** the clean opening of the Jiangsu report, furniture left out: head lines, salutation, first part */
const jiangsu = fs.readFileSync('content/reports/2026-jiangsu/source.raw.txt', 'utf8').split('\n');
const opening = [jiangsu[9]!, jiangsu[10]!, jiangsu[13]!, ...jiangsu.slice(15, 22)];

describe('the seed’s damage on another report', () => {
	it('neutral-tone annotations are stripped: 我们(men) → 我们', () => {
		const head = damage(opening.slice(0, 4), { rand: mulberry32(7), pinyinRate: 0.3, mojibakeLines: [], readings });
		const lines = [...head, '我們(men)堅持穩中求進(jìn),我們(men)的(de)工作取得了(le)新成效。'];
		const r = importReport(enc(lines));
		expect(r.cleaned.at(-1)!.text).toBe('我们坚持稳中求进，我们的工作取得了新成效。');
	});
	it('a toneless word in a clean copy is never taken for pinyin', () => {
		const r = importReport(enc([...opening.slice(0, 4), '推动AI(ai)与产业融合，建设5G(gai)基站。']));
		expect(r.cleaned.at(-1)!.text).toBe('推动AI（ai）与产业融合，建设5G（gai）基站。');
	});
	it('Traditional + pinyin (30 % of characters) + ASCII punctuation on the Jiangsu opening: every line back exactly', () => {
		const clean = importReport(enc(opening));
		for (const seed of [1, 2, 3, 4, 5]) {
			const damaged = damage(opening, { rand: mulberry32(seed), pinyinRate: 0.3, mojibakeLines: [], readings });
			expect(damaged.join('\n')).toMatch(/\((?:men|de)\)/);
			const r = importReport(enc(damaged));
			expect(r.ledger.script.detected).toBe('traditional');
			expect(r.unresolved).toEqual([]);
			expect(r.cleaned.map((l) => l.text)).toEqual(opening);
			expect(r.metadata).toEqual({ ...clean.metadata, source: { ...clean.metadata.source, sha256: r.metadata.source.sha256 } });
		}
	});
});

describe('an opening without a title line, meeting line split over two lines', () => {
	const text = [
		'2025年3月21日在汉滨区第十九届',
		'人民代表大会第五次会议上',
		'区长 王某某',
		'各位代表：',
		'现在，我代表区人民政府向大会报告工作。',
		'一、2024年工作回顾',
		'我们坚持稳中求进。',
		'各位代表！让我们团结奋斗！',
	];
	it('the meeting is read across the two lines; the region comes from it; no garbage title', () => {
		const r = importReport(enc(text));
		expect(r.structure.meeting?.lines).toEqual([1, 2]);
		expect(r.metadata).toMatchObject({
			report: '2025-ankang-hanbin',
			region: '610902',
			meeting: '汉滨区第十九届人民代表大会第五次会议',
			delivered: '2025-03-21',
			title: '政府工作报告',
			speaker: { role: '区长', name: '王某某' },
		});
		expect(r.warnings).toContain('no title line: the title is set to 政府工作报告');
		expect(r.missing).toEqual([]);
	});
	it('a place the region model does not know: refused with the line and the flag, never the id `2025`', () => {
		const r = importReport(enc(text.map((l) => l.replace('汉滨区', '某某区'))));
		expect(r.metadata.report).toBe('');
		expect(r.missing.map((m) => [m.field, m.line])).toEqual([
			['region', 1],
			['id', 1],
		]);
		expect(r.missing[0]!.fix).toMatch(/--region <GB\/T 2260 code>/);
		expect(importReport(enc(text.map((l) => l.replace('汉滨区', '某某区'))), { region: '610902' }).metadata.report).toBe('2025-ankang-hanbin');
	});
	it('Chinese-numeral dates and the meeting line in parentheses', () => {
		const r = importReport(enc(['政府工作报告', '（二〇二六年一月二十七日在贵州省第十四届人民代表大会第四次会议上）', '省长 李炳军', ...text.slice(3)]));
		expect(r.metadata).toMatchObject({ delivered: '2026-01-27', meeting: '贵州省第十四届人民代表大会第四次会议', region: '520000', report: '2026-guizhou' });
	});
});
