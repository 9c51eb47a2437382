/** LineEdit: whatever the steps do, the raw line with the listed changes applied is the edited line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineEdit } from '../../plugins/import/edits.ts';

const apply = (raw: string, edit: LineEdit): string => {
	let s = raw;
	for (const c of [...edit.changes()].sort((a, b) => b.column - a.column)) {
		expect(s.slice(c.column - 1, c.column - 1 + c.before.length)).toBe(c.before);
		s = s.slice(0, c.column - 1) + c.after + s.slice(c.column - 1 + c.before.length);
	}
	return s;
};

describe('LineEdit', () => {
	it('neighbouring changes of one kind are one entry; a later step on changed text stays one entry', () => {
		const e = new LineEdit('區(qū)域發展,很好');
		e.replace(1, 5, '', 'pinyin-strip', 'pinyin annotation');
		e.replace(0, 1, '区', 'traditional-to-simplified', 't→s');
		e.replace(2, 3, '发', 'traditional-to-simplified', 't→s');
		e.replace(4, 5, '，', 'punctuation', 'full-width');
		expect(e.text).toBe('区域发展，很好');
		expect(e.changes().map((c) => [c.column, c.before, c.after, c.method])).toEqual([
			[1, '區', '区', 'traditional-to-simplified'],
			[2, '(qū)', '', 'pinyin-strip'],
			[7, '發', '发', 'traditional-to-simplified'],
			[9, ',', '，', 'punctuation'],
		]);
		const f = new LineEdit('?!叭');
		f.replace(0, 3, '。“三', 'editor', 'decision');
		f.replace(1, 2, '”', 'punctuation', 'later');
		expect(f.changes()).toEqual([{ column: 1, before: '?!叭', after: '。”三', method: 'editor', why: 'decision; then later' }]);
	});
	it('random replacements: raw + changes = text', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 30 }),
				fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.string({ maxLength: 3 })), { maxLength: 8 }),
				(raw, steps) => {
					const e = new LineEdit(raw);
					for (const [at, len, text] of steps) {
						const t = e.text;
						if (t.length === 0) break;
						const start = at % t.length;
						const end = Math.min(t.length, start + Math.max(1, len));
						e.replace(start, end, text, 'editor', 'x');
					}
					expect(apply(raw, e)).toBe(e.text);
				},
			),
			{ numRuns: 2000, seed: 1 },
		);
	});
});
