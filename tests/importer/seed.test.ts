import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../plugins/import/import-report.ts';
import { parse } from 'yaml';
import { checkAgainstSource } from './source-check.ts';

const dir = 'content/reports/2025-changzhou-tianning';
const raw = fs.readFileSync(`${dir}/source.raw.txt`);
const editor = fs.readFileSync(`${dir}/editor-corrections.yaml`, 'utf8');
// The day the copy was received is the one fact no copy holds: the committed edition's, given back.
const retrieved = /^ {2}retrieved: (\S+)$/m.exec(fs.readFileSync(`${dir}/zh-Hans.md`, 'utf8'))?.[1];
const result = importReport(new Uint8Array(raw), { file: `${dir}/source.raw.txt`, editor, retrieved });

describe('committed seed report', () => {
	it('zh-Hans.md and the ledger equal what importReport produces', () => {
		expect(result.unresolved).toEqual([]);
		expect(fs.readFileSync(`${dir}/zh-Hans.md`, 'utf8')).toBe(result.markdown);
		expect(fs.readFileSync(`${dir}/corrections-ledger.yaml`, 'utf8')).toBe(result.ledgerYaml);
	});
	it('frontmatter', () => {
		expect(result.metadata).toMatchObject({
			report: '2025-changzhou-tianning',
			language: 'zh-Hans',
			title: '政府工作报告',
			headline: '（江苏省）2025年常州市天宁区政府工作报告',
			region: '320402',
			year: 2025,
			meeting: '区第十七届人民代表大会第四次会议',
			delivered: '2025-01-04',
			speaker: { name: '张凯奇', role: '区委书记、区长' },
			status: 'final',
			source: { file: 'source.raw.txt', sha256: '0af2c30a5a54e63537a31d87647c271491022e42d945018364453bdca0828321' },
		});
		expect(result.missing).toEqual([]);
		expect(result.problems).toEqual([]);
	});
	it('ledger: the script detected, one entry per change, every editor decision with a paragraph id', () => {
		const l = parse(result.ledgerYaml);
		expect(l.script.detected).toBe('traditional');
		expect(l.rules['pinyin-strip']).toBe(1191);
		expect(l.rules.editor).toBe(22);
		expect(l.rules.punctuation).toBe(516);
		expect(l.changes.length).toBe(Object.values(l.rules as Record<string, number>).reduce((a, b) => a + b, 0));
		for (const c of l.changes) {
			expect(c).toEqual({
				id: expect.stringMatching(/^c\d{4}$/),
				line: expect.any(Number),
				column: expect.any(Number),
				paragraph: expect.stringMatching(/^(p\d+(-s\d+)?-\d+|p\d+-s\d+|p\d+|meta)$/),
				before: expect.any(String),
				after: expect.any(String),
				method: expect.any(String),
				why: expect.any(String),
			});
		}
		const editorChanges = l.changes.filter((c: { method: string }) => c.method === 'editor');
		expect(editorChanges.length).toBe(22);
		expect(editorChanges.find((c: { line: number }) => c.line === 25).paragraph).toBe('p2-s1');
		expect(l.frontmatter.map((h: { gives: string }) => h.gives)).toEqual(['headline', 'title', 'meeting, delivered', 'speaker']);
	});
	it('output has no damage left', () => {
		const body = result.markdown.split('---\n')[2]!;
		expect(body).not.toMatch(/[?？]/);
		expect(body).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
		expect(body).not.toMatch(/[,;:()]/);
	});
	it('every raw line with its ledger changes applied is, in order, exactly the edition (nothing dropped, doubled or changed unlisted)', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
		fs.copyFileSync(`${dir}/source.raw.txt`, path.join(out, 'source.raw.txt'));
		fs.writeFileSync(path.join(out, 'zh-Hans.md'), result.markdown);
		fs.writeFileSync(path.join(out, 'corrections-ledger.yaml'), result.ledgerYaml);
		expect(checkAgainstSource(out).errors).toEqual([]);
		expect(checkAgainstSource(dir).errors).toEqual([]);
	});
});

describe('CLI', () => {
	const node = process.execPath;
	it('imports deterministically, atomically, copies the source', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'imp-'));
		fs.copyFileSync(`${dir}/editor-corrections.yaml`, path.join(out, 'editor-corrections.yaml'));
		execFileSync(node, ['scripts/import.ts', `${dir}/source.raw.txt`, out]);
		const a = fs.readFileSync(path.join(out, 'zh-Hans.md'));
		const la = fs.readFileSync(path.join(out, 'corrections-ledger.yaml'));
		execFileSync(node, ['scripts/import.ts', `${dir}/source.raw.txt`, out]);
		expect(fs.readFileSync(path.join(out, 'zh-Hans.md')).equals(a)).toBe(true);
		expect(fs.readFileSync(path.join(out, 'corrections-ledger.yaml')).equals(la)).toBe(true);
		expect(fs.readFileSync(path.join(out, 'source.raw.txt')).equals(raw)).toBe(true);
		expect(fs.readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
	});
	it('exits 1 listing unresolved spots (file:line:col, bytes, candidates, exact fix) and writes nothing', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'imp-'));
		const r = spawnSync(node, ['scripts/import.ts', `${dir}/source.raw.txt`, out], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/source\.raw\.txt:25:1: "\?。ㄒ唬└罅Χ葦U"/);
		expect(r.stderr).toMatch(/GBK bytes: 3F A1 A3/);
		expect(r.stderr).toMatch(/editor-corrections\.yaml/);
		expect(r.stderr).toMatch(/- line: 25\n\s+find: "\?。ㄒ唬└罅Χ葦U"\n\s+replace:/);
		expect(fs.existsSync(path.join(out, 'zh-Hans.md'))).toBe(false);
	});
	it('clear errors for empty, binary, stale editor entries; GBK and UTF-16 decode', () => {
		const t = fs.mkdtempSync(path.join(os.tmpdir(), 'imp-'));
		fs.writeFileSync(path.join(t, 'empty.txt'), '');
		fs.writeFileSync(path.join(t, 'bin.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x89]));
		let r = spawnSync(node, ['scripts/import.ts', path.join(t, 'empty.txt'), path.join(t, 'o1')], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/empty\.txt: the file is empty/);
		r = spawnSync(node, ['scripts/import.ts', path.join(t, 'bin.txt'), path.join(t, 'o2')], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/bin\.txt: .*binary/);
		fs.writeFileSync(path.join(t, 'e.yaml'), 'corrections:\n  - { line: 3, find: "不存在", replace: "x", why: test }\n');
		r = spawnSync(node, ['scripts/import.ts', `${dir}/source.raw.txt`, path.join(t, 'o3'), '--editor', path.join(t, 'e.yaml')], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/e\.yaml: correction for line 3 has find "不存在", which is not in .*source\.raw\.txt:3/);
		const text = '政府工作报告\n——2025年1月4日在区第一届人民代表大会第一次会议上\n区长 王某\n各位代表：\n一、回顾\n工作很好。\n';
		const gbk = new Uint8Array([...new TextEncoder().encode('')]);
		expect(gbk.length).toBe(0);
		const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const a = importReport(new Uint8Array(u16), { id: 'x' });
		expect(a.ledger.source.encoding).toBe('utf-16le');
		expect(a.structure.speaker).toMatchObject({ name: '王某', role: '区长' });
	});
});
