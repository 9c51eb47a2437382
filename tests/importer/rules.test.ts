import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../plugins/import/decode.ts';
import { ImportError } from '../../plugins/import/errors.ts';
import { encodeGbk, lossyDecode } from '../../plugins/import/damaged-copy/gbk.ts';
import { buildModel, repairLine } from '../../plugins/import/damaged-copy/mojibake.ts';
import { readingTable, stripPinyin } from '../../plugins/import/damaged-copy/pinyin.ts';
import { fixPunctuation } from '../../plugins/import/punctuation.ts';
import { applyExceptions, toSimplified } from '../../plugins/import/damaged-copy/traditional.ts';
import { parseEditorCorrections } from '../../plugins/import/editor.ts';

describe('decode', () => {
	it('UTF-8, UTF-8 BOM', () => {
		expect(decodeBytes(new TextEncoder().encode('各位代表：'))).toEqual({ text: '各位代表：', encoding: 'utf-8' });
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('报告')]))).toEqual({ text: '报告', encoding: 'utf-8-bom' });
	});
	it('UTF-16 LE/BE with BOM', () => {
		const le = [0xff, 0xfe, 0xa5, 0x62, 0x4a, 0x54]; // 报告
		const be = [0xfe, 0xff, 0x62, 0xa5, 0x54, 0x4a];
		expect(decodeBytes(new Uint8Array(le))).toEqual({ text: '报告', encoding: 'utf-16le' });
		expect(decodeBytes(new Uint8Array(be))).toEqual({ text: '报告', encoding: 'utf-16be' });
	});
	it('GBK bytes', () => {
		expect(decodeBytes(new Uint8Array(encodeGbk('政府工作报告\n各位代表：')))).toEqual({ text: '政府工作报告\n各位代表：', encoding: 'gbk' });
	});
	it('CRLF is normalised', () => {
		expect(decodeBytes(new TextEncoder().encode('一\r\n二')).text).toBe('一\n二');
	});
	it('empty / whitespace / binary → ImportError naming the file', () => {
		expect(() => decodeBytes(new Uint8Array([]), 'x.txt')).toThrowError(/x\.txt: the file is empty/);
		expect(() => decodeBytes(new TextEncoder().encode(' \n\n'), 'x.txt')).toThrowError(ImportError);
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x81]);
		expect(() => decodeBytes(png, 'img.png')).toThrowError(/img\.png: .*binary/);
		expect(() => decodeBytes(new Uint8Array([0x41, 0, 0x42, 0]), 'z')).toThrowError(/binary/);
	});
	it('invalid UTF-16 payload after BOM → error, not crash', () => {
		expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'u16')).toThrowError(ImportError);
	});
});

describe('pinyin-strip', () => {
	it('removes annotations after CJK only', () => {
		expect(stripPinyin('天寧區(qū)生產(chǎn)總值').text).toBe('天寧區生產總值');
		expect(stripPinyin('資源補償(激勵)試行').text).toBe('資源補償(激勵)試行');
		expect(stripPinyin('PM2.5(abc)和(ozone)').text).toBe('PM2.5(abc)和(ozone)');
		expect(stripPinyin('區(qū)委').count).toBe(1);
	});
	it('learns readings from the document', () => {
		expect([...readingTable('區(qū)產(chǎn)區(qū)').get('區')!]).toEqual(['qū']);
	});
});

describe('punctuation', () => {
	it('ASCII → full-width in Chinese context, numbers and Latin kept', () => {
		expect(fixPunctuation('現在,我代表:各位;(江蘇省)好!').text).toBe('現在，我代表：各位；（江蘇省）好！');
		expect(fixPunctuation('增長30.7%,PM2.5年均').text).toBe('增長30.7%，PM2.5年均');
		expect(fixPunctuation('“1+8”專項,5G科創,1,000人,10:30').text).toBe('“1+8”專項，5G科創，1,000人，10:30');
		expect(fixPunctuation('他說"好"了').text).toBe('他說“好”了');
		expect(fixPunctuation('Hello, world: (ok)').text).toBe('Hello, world: (ok)');
	});
});

describe('traditional-to-simplified', () => {
	it('OpenCC tw→cn', () => {
		expect(toSimplified('天寧區人民政府工作報告', 'tw')).toBe('天宁区人民政府工作报告');
		expect(toSimplified('隨著中央一系列增量政策', 'tw')).toBe('随着中央一系列增量政策');
	});
	it('converter exceptions fix 著 left by hk→cn, with positions', () => {
		const s = toSimplified('要素資源跟著項目走', 'hk');
		expect(s).toBe('要素资源跟著项目走');
		expect(applyExceptions(s)).toEqual({ text: '要素资源跟着项目走', hits: [{ index: 4, before: '跟著', after: '跟着', why: expect.any(String) }] });
		expect(applyExceptions('著名作家').text).toBe('著名作家');
	});
});

describe('mojibake', () => {
	it('lossy GBK decode reproduces the seed damage exactly', () => {
		// the seed heading: full-width indent + （一）更大力度擴 with the first lead byte replaced by '?'
		const b = encodeGbk('　（一）更大力度擴');
		b[0] = 0x3f;
		expect(lossyDecode(b)).toBe('?。ㄒ唬└罅Χ葦U');
	});
	it('recovers a one-byte shift confirmed by the pinyin hint', () => {
		const context = '科技創新。國家級綠色工業園區。生產總值。產業(chǎn)發展,生產總值。產(chǎn)業';
		const line = '';
		const doc = `${context}\n${context}\n${line}`;
		const m = buildModel(doc, readingTable(doc));
		const b = encodeGbk('總值');
		// build a spot: '?' + shifted bytes of “值。產” where the lead of 值 is lost
		const bytes = encodeGbk('值。產');
		bytes[0] = 0x3f;
		const damaged = `全市生產總${lossyDecode(bytes)}(chǎn)業`;
		const spots = repairLine(damaged, m);
		expect(b.length).toBe(4);
		expect(spots).toHaveLength(1);
		expect(spots[0]!.recovered).toBe('值。產(chǎn)');
		expect(spots[0]!.method).toBe('auto:pinyin-hint');
	});
	it('never guesses: a run with lost inner bytes is unresolved with candidates', () => {
		const raw = '?。ㄒ唬└罅Χ葦U大社會需求';
		const doc = `（一）大力度擴大社會需求。需求擴大。\n${raw}`;
		const spots = repairLine(raw, buildModel(doc, readingTable(doc)));
		expect(spots).toHaveLength(1);
		expect(spots[0]!.recovered).toBeUndefined();
		expect(spots[0]!.raw).toBe('?。ㄒ唬└罅Χ葦U');
		expect(spots[0]!.why).toMatch(/not used anywhere else/);
	});
	it('a genuine question mark is left alone', () => {
		const doc = '你好吗?我很好。\n' + '你好吗。我很好。'.repeat(3);
		expect(repairLine(doc, buildModel(doc, readingTable(doc)))).toEqual([]);
	});
});

describe('editor corrections reader', () => {
	it('parses and validates', () => {
		expect(parseEditorCorrections('corrections:\n  - { line: 3, find: "?a", replace: "产", why: hint }\n')).toEqual([
			{ line: 3, find: '?a', replace: '产', why: 'hint' },
		]);
		expect(() => parseEditorCorrections('corrections:\n  - { line: 3, find: "?a", replace: "产" }\n', 'e.yaml')).toThrowError(
			/e\.yaml: corrections\[0\]: `why` is required/,
		);
		expect(parseEditorCorrections('')).toEqual([]);
	});
});
