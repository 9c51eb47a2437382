/**
 * Independent proof that an edition holds its source: read only the committed files (source.raw.txt,
 * corrections-ledger.yaml, zh-Hans.md), apply the ledger's changes to the raw lines, and consume the
 * body with them in order. Every source line that is not furniture must appear exactly once, unchanged
 * but for its listed changes: a line dropped, doubled, moved or altered without an entry fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Change {
	line: number;
	column: number;
	before: string;
	after: string;
	method: string;
}
interface HeadLine {
	line: number;
	text: string;
	gives: string;
}

export interface SourceCheck {
	errors: string[];
	furniture: number;
	lines: number;
}

export function checkAgainstSource(dir: string): SourceCheck {
	const errors: string[] = [];
	const raw = fs
		.readFileSync(path.join(dir, 'source.raw.txt'), 'utf8')
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	const ledger = parse(fs.readFileSync(path.join(dir, 'corrections-ledger.yaml'), 'utf8')) as { changes: Change[]; frontmatter: HeadLine[] };
	const md = fs.readFileSync(path.join(dir, 'zh-Hans.md'), 'utf8');
	const [, fm, ...rest] = md.split('---\n');
	const front = parse(fm!) as Record<string, unknown>;
	const blocks = rest
		.join('---\n')
		.trim()
		.split('\n\n')
		.map((b) => ({
			heading: /^#{1,3} /.test(b),
			text: b
				.replace(/^#{1,3} /, '')
				.replace(/\*\*/g, '')
				.replace(/^(\d+)\\([.)])/, '$1$2')
				.replace(/^\\([#>+\-*])/, '$1'),
		}));
	const byLine = new Map<number, Change[]>();
	for (const c of ledger.changes) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
	const head = new Map(ledger.frontmatter.map((h) => [h.line, h]));
	let bi = 0;
	let off = 0;
	let furniture = 0;
	let count = 0;
	let meeting = '';
	raw.forEach((line, i) => {
		const n = i + 1;
		const changes = (byLine.get(n) ?? []).sort((a, b) => b.column - a.column);
		if (changes.some((c) => c.method === 'furniture')) {
			furniture++;
			if (changes.length !== 1 || changes[0]!.before !== line || changes[0]!.after !== '')
				errors.push(`line ${n}: furniture entry is not the whole line verbatim`);
			return;
		}
		let s = line;
		for (const c of changes) {
			if (s.slice(c.column - 1, c.column - 1 + c.before.length) !== c.before) {
				errors.push(
					`line ${n}:${c.column}: ledger says ${JSON.stringify(c.before)}, source has ${JSON.stringify(s.slice(c.column - 1, c.column - 1 + c.before.length))}`,
				);
				return;
			}
			s = s.slice(0, c.column - 1) + c.after + s.slice(c.column - 1 + c.before.length);
		}
		if (s === '') return;
		count++;
		const h = head.get(n);
		if (h) {
			if (h.text !== s) errors.push(`line ${n}: frontmatter line ${JSON.stringify(h.text)} is not the source line ${JSON.stringify(s)}`);
			if (h.gives === 'title' && front.title !== s.replace(/(?<=[\u3400-\u9fff])[\s\u3000]+(?=[\u3400-\u9fff])/g, ''))
				errors.push(`line ${n}: title ${JSON.stringify(front.title)} is not the source line`);
			if (h.gives === 'headline' && !String(front.headline ?? '').includes(s)) errors.push(`line ${n}: headline does not hold the source line`);
			if (h.gives === 'speaker') {
				const sp = front.speaker as { name: string; role: string };
				if (!s.replace(/[\s\u3000]/g, '').endsWith(sp.name)) errors.push(`line ${n}: speaker name ${sp.name} is not in ${JSON.stringify(s)}`);
			}
			if (h.gives.startsWith('meeting')) meeting += s;
			return;
		}
		const block = blocks[bi];
		if (!block) {
			errors.push(`line ${n}: ${JSON.stringify(s.slice(0, 30))} is not in the body (the body has ended)`);
			return;
		}
		if (block.text.slice(off, off + s.length) !== s) {
			errors.push(
				`line ${n}: ${JSON.stringify(s.slice(0, 30))} is not next in the body (block ${bi + 1} at ${off}: ${JSON.stringify(block.text.slice(off, off + 30))})`,
			);
			return;
		}
		off += s.length;
		// an annex heading printed on two lines (附件 / 2026年自治区民生实事) is one heading: `附件　…`
		if (block.heading && block.text[off] === '\u3000' && off < block.text.length) off++;
		if (off === block.text.length) {
			bi++;
			off = 0;
		}
	});
	const delivered = front.delivered instanceof Date ? front.delivered.toISOString().slice(0, 10) : String(front.delivered);
	const [y, m, d] = delivered.split('-').map(Number);
	if (!meeting.includes(`在${String(front.meeting)}`))
		errors.push(`meeting ${JSON.stringify(front.meeting)} is not in the meeting line ${JSON.stringify(meeting)}`);
	if (!meeting.includes(`${y}年${m}月${d}日`) && !/〇/.test(meeting))
		errors.push(`delivered ${delivered} is not the date of the meeting line ${JSON.stringify(meeting)}`);
	if (bi < blocks.length) errors.push(`the body goes on after the last source line: ${JSON.stringify(blocks[bi]!.text.slice(off, off + 30))}`);
	return { errors: errors.slice(0, 10), furniture, lines: count };
}
