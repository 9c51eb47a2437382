import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../plugins/import/import-report.ts';
import { readingTable } from '../../plugins/import/damaged-copy/pinyin.ts';
import { damage, mulberry32 } from './damage.ts';

const dir = 'content/reports/2025-changzhou-tianning';
const md = fs.readFileSync(`${dir}/zh-Hans.md`, 'utf8');
const rawSeed = fs.readFileSync(`${dir}/source.raw.txt`, 'utf8');
// reading table derived from the seed's own annotations (Traditional char → first reading)
const readings = new Map([...readingTable(rawSeed)].map(([c, r]) => [c, [...r][0]!]));
const body = md
	.split('---\n')[2]!
	.trim()
	.split('\n\n')
	.map((b) => b.replace(/\*\*/g, '').replace(/^#{2,3} /, ''));
const head = ['（江苏省）2025年常州市天宁区政府工作报告', '政府工作报告', '——2025年1月4日在区第十七届人民代表大会第四次会议上', '区委书记、区长 张凯奇'];
const clean = [...head, ...body];

const enc = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const textByLine = (r: ReturnType<typeof importReport>) => new Map(r.cleaned.map((l) => [l.line, l.text]));

const stats = { docs: 0, lines: 0, mechExact: 0, spots: 0, recovered: 0, flagged: 0, silent: 0, cleanDocs: 0, cleanExact: 0 };

describe('damage generator round trip', () => {
	it('clean input passes through unchanged (no false alarms)', () => {
		const r = importReport(enc(clean), { id: 't' });
		expect(r.unresolved).toEqual([]);
		expect(r.cleaned.map((l) => l.text)).toEqual(clean);
	});

	it('mechanical damage (Traditional + pinyin + ASCII punctuation) and GBK mojibake: measured recovery', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 4, max: clean.length - 12 }), (seed, start) => {
				const lines = [...head, ...clean.slice(start, start + 12)];
				const rand = mulberry32(seed);
				const candidates = lines.map((_, i) => i).filter((i) => i >= head.length);
				const mojibakeLines = [candidates[Math.floor(rand() * candidates.length)]!, candidates[Math.floor(rand() * candidates.length)]!].filter(
					(v, i, a) => a.indexOf(v) === i,
				);
				const opts = { rand: mulberry32(seed + 1), pinyinRate: 0.3, readings };
				const base = importReport(enc(damage(lines, { ...opts, mojibakeLines: [] })), { id: 't' });
				const hit = importReport(enc(damage(lines, { ...opts, rand: mulberry32(seed + 1), mojibakeLines })), { id: 't' });
				stats.docs++;
				// mechanical rules: every line back exactly
				const bl = textByLine(base);
				expect(base.unresolved).toEqual([]);
				lines.forEach((l, i) => {
					stats.lines++;
					if (bl.get(i + 1) === l) stats.mechExact++;
				});
				// mojibake: recovered exactly, or flagged — measure silent errors
				const hl = textByLine(hit);
				const flaggedLines = new Set(hit.unresolved.map((u) => u.line));
				for (const li of mojibakeLines) {
					stats.spots++;
					if (flaggedLines.has(li + 1)) stats.flagged++;
					else if (hl.get(li + 1) === bl.get(li + 1)) stats.recovered++;
					else stats.silent++;
				}
				// lines without injected damage are never touched
				lines.forEach((_, i) => {
					if (!mojibakeLines.includes(i)) expect(hl.get(i + 1)).toBe(bl.get(i + 1));
				});
			}),
			{ numRuns: 40, seed: 20250104 },
		);
		const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
		console.log(
			`[recovery] docs=${stats.docs} mechanical lines exact ${stats.mechExact}/${stats.lines} (${pct(stats.mechExact, stats.lines)}); ` +
				`mojibake spots=${stats.spots}: auto-recovered exactly ${stats.recovered} (${pct(stats.recovered, stats.spots)}), flagged for editor ${stats.flagged} (${pct(stats.flagged, stats.spots)}), silently wrong ${stats.silent} (${pct(stats.silent, stats.spots)})`,
		);
		expect(stats.mechExact / stats.lines).toBeGreaterThan(0.95);
		expect(stats.silent / stats.spots).toBeLessThan(0.1);
	});
});
