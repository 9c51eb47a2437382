/**
 * Fuzzing (fast-check) of the importer and the figure extractor: ≥ 10,000 generated inputs per run.
 * Never a crash (an ImportError with a message is a refusal, not a crash) or a hang; no text dropped;
 * the importer's output imported again is itself; figures are well formed and point into the text.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEnFigures, extractZhFigures, type Figure } from '../../plugins/content/figures/index.ts';
import { ImportError } from '../../plugins/import/errors.ts';
import { importReport, type ImportResult } from '../../plugins/import/import-report.ts';
import { toSimplified } from '../../plugins/import/damaged-copy/traditional.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20250104);
const counts: Record<string, number> = {};
const started = Date.now();
const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
afterAll(() => {
	const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
	console.log(`[fuzz] ${total} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}): ${JSON.stringify(counts)}`);
});

const encode = (text: string) => new TextEncoder().encode(text);
const HAN = /[\u3400-\u9fff]/gu;
const hanCounts = (text: string) => {
	const out = new Map<string, number>();
	for (const ch of text.match(HAN) ?? []) out.set(ch, (out.get(ch) ?? 0) + 1);
	return out;
};

/** Import, treating an ImportError as a clean refusal; anything else thrown fails the property. */
function tryImport(text: string | Uint8Array): ImportResult | ImportError {
	try {
		return importReport(typeof text === 'string' ? encode(text) : text, { id: '2024-fuzz-city' });
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
}

// Pieces report text is made of: Han phrases, numbers, punctuation (full-width and ASCII), pinyin, Latin.
const hanPhrase = fc.constantFrom(
	'经济',
	'发展',
	'重大项目',
	'扎实推进',
	'区委',
	'政府',
	'报告',
	'工作',
	'全年',
	'签约',
	'总投资',
	'亿元',
	'万人',
	'增长',
	'左右',
	'社会',
	'消费品',
	'零售总额',
	'產業',
	'區域',
	'開發',
	'一是',
	'二是',
	'稳住',
	'大盘',
);
const piece = fc.oneof(
	{ weight: 6, arbitrary: hanPhrase },
	{ weight: 2, arbitrary: fc.constantFrom('，', '。', '、', '；', '：', '（', '）', '“', '”', '！', '？', '……', '——') },
	{ weight: 2, arbitrary: fc.constantFrom(',', '.', ';', ':', '(', ')', '"', '!', '?', '%', '+', '-', '~', '*', '#', '<', '>', '[', ']', '_', '`') },
	{
		weight: 2,
		arbitrary: fc.oneof(fc.nat({ max: 100000 }).map(String), fc.constantFrom('30.7%', '1,000', '5G', 'PM2.5', '1+8', '2024年', '3.5亿元', '10:30')),
	},
	{ weight: 1, arbitrary: fc.constantFrom('(qū)', '(chǎn)', 'q(qū)', '(zhōng)', '(yè)') },
	{ weight: 1, arbitrary: fc.constantFrom(' ', '　', 'GDP', 'Report', '?', '\uFFFD', 'ㄒ', '└') },
);
const line = fc.array(piece, { minLength: 0, maxLength: 20 }).map((pieces) => pieces.join(''));
const heading = fc.oneof(
	fc.tuple(fc.constantFrom('一', '二', '三', '四'), hanPhrase).map(([n, t]) => `${n}、${t}`),
	fc.tuple(fc.constantFrom('一', '二', '三'), hanPhrase).map(([n, t]) => `（${n}）${t}`),
);
const head = fc.constantFrom(
	['（江苏省）2024年常州市天宁区政府工作报告', '政府工作报告', '——2024年1月4日在区第十七届人民代表大会第四次会议上', '区委副书记、区长 张凯奇', '各位代表：'],
	['政府工作报告', '各位代表：'],
	[],
);
const reportText = fc
	.tuple(
		head,
		fc.array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: heading }), { minLength: 0, maxLength: 25 }),
		fc.constantFrom('\n', '\r\n', '\n\n'),
	)
	.map(([headLines, body, eol]) => [...headLines, ...body].join(eol));

/** A clean report: full-width punctuation, Simplified, no pinyin, no mojibake markers, one paragraph a line. */
const cleanPhrase = fc.constantFrom(
	'经济发展',
	'重大项目扎实推进',
	'全年签约项目116个',
	'总投资120亿元',
	'增长5%左右',
	'社会消费品零售总额',
	'PM2.5浓度下降',
	'5G基站',
	'推进“1+8”',
	'完成30.7%',
);
const cleanSentence = fc.array(cleanPhrase, { minLength: 1, maxLength: 5 }).map((parts) => `${parts.join('，')}。`);
const cleanParagraph = fc.array(cleanSentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(''));
const cleanReport = fc
	.tuple(
		fc.array(cleanParagraph, { minLength: 0, maxLength: 2 }),
		fc.array(
			fc.tuple(
				hanPhrase.filter((t) => !/[產區開]/.test(t)),
				fc.array(cleanParagraph, { minLength: 1, maxLength: 4 }),
			),
			{ minLength: 1, maxLength: 4 },
		),
	)
	.map(([opening, parts]) => {
		const numerals = '一二三四五六七八九';
		return [
			'（江苏省）2024年常州市天宁区政府工作报告',
			'政府工作报告',
			'——2024年1月4日在区第十七届人民代表大会第四次会议上',
			'区委副书记、区长 张凯奇',
			'各位代表：',
			...opening,
			...parts.flatMap(([title, paragraphs], index) => [`${numerals[index]}、${title}`, ...paragraphs]),
		].join('\n');
	});

/** Everything of a result a reader or editor can see: the Markdown (text + metadata), the ledger and the unresolved spots. */
const visible = (result: ImportResult) =>
	[result.markdown, result.ledgerYaml, ...result.unresolved.map((spot) => `${spot.raw} ${spot.candidates.join(' ')}`)].join('\n');

describe('importer fuzzing', () => {
	it('arbitrary bytes: never crashes, never hangs', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 0, maxLength: 400 }), (bytes) => {
				count('importer: bytes');
				const t = performance.now();
				tryImport(bytes);
				expect(performance.now() - t).toBeLessThan(1000);
			}),
			{ numRuns: 1500, seed: SEED },
		);
	});

	it('arbitrary Unicode text: never crashes; an import is a result or an ImportError with a message', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
				count('importer: unicode');
				const result = tryImport(text);
				if (result instanceof ImportError) expect(result.message).toMatch(/^\S.*: .+/);
				else expect(result.markdown.startsWith('---\n')).toBe(true);
			}),
			{ numRuns: 1500, seed: SEED },
		);
	});

	it('report-like text (headings, pinyin, ASCII punctuation, mojibake markers): no Han character dropped', () => {
		fc.assert(
			fc.property(reportText, (text) => {
				count('importer: report-like');
				const result = tryImport(text);
				if (result instanceof ImportError) return;
				// The importer converts a Traditional document and leaves a Simplified one as it is (it detects the
				// script), so both sides are counted by each character's Simplified form; pinyin carries no Han.
				const byForm = (counts: Map<string, number>) => {
					const out = new Map<string, number>();
					for (const [ch, n] of counts) out.set(toSimplified(ch, 'tw'), (out.get(toSimplified(ch, 'tw')) ?? 0) + n);
					return out;
				};
				const expected = byForm(hanCounts(text));
				const got = byForm(hanCounts(visible(result)));
				// The meeting line becomes `delivered` + `meeting`: its date words are accounted for there.
				for (const ch of '年月日在上') expected.delete(ch);
				for (const [ch, n] of expected) expect(got.get(ch) ?? 0, `${ch} dropped from ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(n);
			}),
			{ numRuns: 2500, seed: SEED },
		);
	});

	it('clean reports: imported unchanged, and the output imported again is itself', () => {
		fc.assert(
			fc.property(cleanReport, (text) => {
				count('importer: clean + re-import');
				const first = importReport(encode(text), { id: '2024-fuzz-city' });
				expect(first.unresolved).toEqual([]);
				expect(first.cleaned.map((l) => l.text)).toEqual(text.split('\n'));
				const again = importReport(encode(first.cleaned.map((l) => l.text).join('\n')), { id: '2024-fuzz-city' });
				expect(again.markdown).toBe(first.markdown);
				expect(again.ledger.changes).toEqual([]);
			}),
			{ numRuns: 600, seed: SEED },
		);
	});
});

/** A figure is well formed: finite value, known unit, raw text found at its offset inside the text. */
function expectWellFormed(figures: Figure[], text: string) {
	let previous = -1;
	for (const figure of figures) {
		expect(Number.isFinite(figure.value), JSON.stringify({ text, figure })).toBe(true);
		expect(figure.offset).toBeGreaterThanOrEqual(0);
		expect(figure.offset + figure.raw.length).toBeLessThanOrEqual(text.length);
		expect(figure.raw.length).toBeGreaterThan(0);
		expect(text.slice(figure.offset, figure.offset + figure.raw.length), JSON.stringify({ text, figure })).toBe(figure.raw);
		expect(figure.offset, JSON.stringify({ text, figures })).toBeGreaterThanOrEqual(previous);
		previous = figure.offset;
		if (figure.range) {
			expect(figure.range.every(Number.isFinite)).toBe(true);
			expect(figure.range[0]).toBe(figure.value);
		}
	}
}

const zhToken = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.oneof(
			fc.nat({ max: 10_000_000 }).map(String),
			fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
			fc.constantFrom('1,000', '12,345.6', '0', '00', '1e5', '９９'),
		),
	},
	{ weight: 3, arbitrary: fc.constantFrom('一', '二', '两', '三', '十', '十二', '百', '千', '万', '亿', '零', '五十', '一百二十', '三千万', '万亿', '百万') },
	{
		weight: 3,
		arbitrary: fc.constantFrom(
			'亿元',
			'万元',
			'元',
			'%',
			'％',
			'个百分点',
			'平方公里',
			'亩',
			'万吨',
			'倍',
			'个月',
			'年',
			'月',
			'日',
			'天',
			'小时',
			'个',
			'项',
			'家',
			'人次',
			'美元',
			'万美元',
		),
	},
	{ weight: 2, arbitrary: fc.constantFrom('约', '超过', '近', '不少于', '左右', '以上', '以内', '余', '多', '第', '-', '至', '~', '—', '到') },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'全年',
			'签约项目',
			'总投资',
			'增长',
			'“',
			'”',
			'，',
			'。',
			'一体化',
			'三农',
			'十四五',
			'百强',
			'万象城',
			'2024年',
			'1月',
			'3-5年',
		),
	},
);
const enToken = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.oneof(
			fc.nat({ max: 10_000_000 }).map(String),
			fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n.toFixed(1)),
			fc.constantFrom('1,000', '1,2,3', '12,345.6', '0.5', '.5', '5.'),
		),
	},
	{
		weight: 3,
		arbitrary: fc.constantFrom(
			'RMB',
			'yuan',
			'billion',
			'million',
			'trillion',
			'percent',
			'%',
			'percentage points',
			'square kilometers',
			'mu',
			'tons',
			'times',
			'months',
			'years',
			'days',
			'hours',
			'US$',
			'$',
			'USD',
			'euros',
		),
	},
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'about',
			'around',
			'over',
			'more than',
			'nearly',
			'at least',
			'no more than',
			'to',
			'-',
			'–',
			'and',
			'first',
			'second',
			'third',
			'37th',
			'two',
			'three',
			'twelve',
			'hundred',
			'dozen',
		),
	},
	{
		weight: 2,
		arbitrary: fc.constantFrom('January', 'in', '2024', 'the', 'projects', 'enterprises', '(', ')', ',', '.', 'No.', 'Phase', 'PM2.5', '5G', '“', '”'),
	},
);
const sentence = (token: fc.Arbitrary<string>, joiner: fc.Arbitrary<string>) =>
	fc.array(fc.tuple(token, joiner), { maxLength: 30 }).map((parts) => parts.map(([t, j]) => t + j).join(''));

describe('figure extractor fuzzing', () => {
	it('zh: never crashes, figures well formed with offsets inside the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					{ weight: 4, arbitrary: sentence(zhToken, fc.constantFrom('', '', '', ' ')) },
					{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
				),
				(text) => {
					count('figures: zh');
					expectWellFormed(extractZhFigures(text), text);
				},
			),
			{ numRuns: 2500, seed: SEED },
		);
	});

	it('en: never crashes, figures well formed with offsets inside the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					{ weight: 4, arbitrary: sentence(enToken, fc.constantFrom(' ', ' ', '', ', ')) },
					{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
				),
				(text) => {
					count('figures: en');
					expectWellFormed(extractEnFigures(text), text);
				},
			),
			{ numRuns: 2500, seed: SEED },
		);
	});

	it('no catastrophic backtracking: adversarial paragraphs at the zh paragraph limit (4,000 characters) stay fast', () => {
		const pieces = ['1', '1,', '一二三四五六七八九十', '1.1.', '百分之', 'about ', '1 to 2 to ', 'RMB 1 billion ', '第十', '约3亿元左右，'];
		for (const piece of pieces) {
			const text = piece.repeat(Math.ceil(4_000 / piece.length));
			count('figures: adversarial');
			for (const extract of [extractZhFigures, extractEnFigures]) {
				const t = performance.now();
				expectWellFormed(extract(text), text);
				// Generous for a loaded CI machine; before the fixes the numeral run alone took 6-15 s.
				expect(performance.now() - t, `${piece} × ${text.length / piece.length}`).toBeLessThan(3_000);
			}
		}
	});
});
