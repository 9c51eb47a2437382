/** Frontmatter metadata from the detected structure; what could not be found is listed, never guessed. */
import { findRegion, regionByCode, reportId, type Region } from '../content/regions.ts';
import type { ReportStructure } from './structure.ts';

export interface ReportMetadata {
	report: string;
	language: 'zh-Hans';
	title: string;
	headline?: string;
	/** GB/T 2260 code; names come from the region model */
	region: string;
	year?: number;
	meeting?: string;
	delivered?: string;
	speaker?: { name: string; role: string };
	status: 'draft' | 'final' | 'corrected';
	source: { file: string; sha256: string; url?: string; publisher?: string; published?: string; retrieved?: string };
}

/** A required field that is missing: where it should have been and how to supply it. */
export interface MissingField {
	field: 'id' | 'region' | 'year' | 'delivered' | 'meeting' | 'speaker' | 'part';
	line: number;
	what: string;
	fix: string;
}

export interface MetadataOptions {
	id?: string | undefined;
	/** GB/T 2260 code given by the editor (--region) */
	region?: string | undefined;
	sha256: string;
	sourceFile?: string | undefined;
	sourceUrl?: string | undefined;
	/** who published the copy and when, as the copy prints it (web-copy/copy-facts.ts) */
	publisher?: string | undefined;
	published?: string | undefined;
	/** day the copy was received (YYYY-MM-DD) */
	retrieved?: string | undefined;
	status?: 'draft' | 'final' | 'corrected' | undefined;
	/** the photo captions and other furniture, where a role may be printed (湖南: 省长毛伟明作政府工作报告) */
	captions?: readonly string[];
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十七 → 27, 十 → 10, 27 → 27 */
function smallNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
	return (s.includes('十') ? (tens ? CN_DIGITS[tens]! : 1) * 10 : 0) + (ones ? CN_DIGITS[ones]! : 0);
}

/** The delivery date in a meeting line: 2026年1月27日 or 二〇二六年一月二十七日 → 2026-01-27. */
export function parseDate(text: string): string | undefined {
	const m = /(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/.exec(text);
	if (!m) return undefined;
	const year = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number([...m[1]!].map((c) => CN_DIGITS[c]).join(''));
	const month = smallNumber(m[2]!);
	const day = smallNumber(m[3]!);
	if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The role printed before the name in a caption: …。省长毛伟明作政府工作报告 → 省长. */
function roleFromCaptions(name: string, captions: readonly string[]): string | undefined {
	for (const c of captions) {
		const at = c.indexOf(name);
		if (at <= 0 || !/作政府工作报告|代表.{0,12}人民政府/.test(c.slice(at))) continue;
		const role = /[\u3400-\u9fff、]+$/.exec(c.slice(0, at).replace(/^.*[，。：；！？\s]/, ''))?.[0];
		if (role && /(长|主席|书记)$/.test(role)) return role;
	}
	return undefined;
}

export function buildMetadata(s: ReportStructure, opts: MetadataOptions): { meta: ReportMetadata; warnings: string[]; missing: MissingField[] } {
	const warnings: string[] = [];
	const missing: MissingField[] = [];
	const headLine = s.title?.line ?? s.headlineLines.at(-1) ?? s.meeting?.line ?? s.blocks[0]?.line ?? 1;
	const meetingText = s.meeting?.text ?? '';
	const delivered = parseDate(meetingText);
	// the meeting's name: what stands between 在 and 上 (——2026年1月27日在福建省第十四届人民代表大会第四次会议上)
	const meeting = /在(.+?会议)上?\s*[）)]?$/.exec(meetingText)?.[1];
	let region: Region | undefined;
	if (opts.region) {
		region = regionByCode(opts.region);
		if (!region)
			missing.push({
				field: 'region',
				line: headLine,
				what: `--region ${opts.region} is not a GB/T 2260 code the region model knows`,
				fix: 'pass the six-digit code of the province, city or county, e.g. --region 320000',
			});
	} else {
		// the most specific region any head line names (a district beats its province)
		const depth = { province: 0, city: 1, county: 2 } as const;
		for (const t of [...s.headline, s.title?.text ?? '', meetingText, s.speaker?.role ?? '']) {
			const r = t ? findRegion(t) : undefined;
			if (r && (!region || depth[r.level] > depth[region.level])) region = r;
		}
		if (!region)
			missing.push({
				field: 'region',
				line: headLine,
				what: 'no province, city or county is named in the title, headline or meeting line',
				fix: 'pass --region <GB/T 2260 code>, e.g. --region 610902',
			});
	}
	const titleYear = /(\d{4})年/.exec([s.title?.text ?? '', ...s.headline].join(' '))?.[1];
	const year = delivered ? Number(delivered.slice(0, 4)) : titleYear ? Number(titleYear) : undefined;
	if (!s.meeting) {
		missing.push({
			field: 'meeting',
			line: headLine,
			what: 'no meeting line (——2026年1月27日在…人民代表大会第…次会议上) before the salutation 各位代表：',
			fix: 'check that the copy is complete; the meeting line names the session and the day the report was delivered',
		});
		missing.push({
			field: 'delivered',
			line: headLine,
			what: 'no delivery date: it is the date of the meeting line',
			fix: 'restore the meeting line from the printed report',
		});
	} else if (!meeting)
		missing.push({
			field: 'meeting',
			line: s.meeting.line,
			what: `the meeting line “${meetingText}” names no session (…在…会议上)`,
			fix: 'check the meeting line against the printed report',
		});
	if (s.meeting && !delivered)
		missing.push({
			field: 'delivered',
			line: s.meeting.line,
			what: `the meeting line “${meetingText}” has no date`,
			fix: 'check the meeting line against the printed report',
		});
	if (year === undefined)
		missing.push({ field: 'year', line: headLine, what: 'no year in the meeting line or the title', fix: 'check the meeting line against the printed report' });
	let speaker = s.speaker ? { name: s.speaker.name, role: s.speaker.role } : undefined;
	if (speaker && !speaker.role) {
		const role = roleFromCaptions(speaker.name, opts.captions ?? []);
		if (role) speaker = { ...speaker, role };
		else {
			missing.push({
				field: 'speaker',
				line: s.speaker!.line,
				what: `the speaker line “${s.speaker!.text}” gives a name but no role, and no caption names the role`,
				fix: 'check the speaker line against the printed report',
			});
			speaker = undefined;
		}
	}
	if (!s.speaker)
		missing.push({
			field: 'speaker',
			line: (s.meeting?.lines.at(-1) ?? headLine) + 1,
			what: 'no speaker line (role and name, e.g. 省长 李炳军) after the meeting line',
			fix: 'check that the copy is complete',
		});
	if (!s.blocks.some((b) => b.kind === 'part'))
		missing.push({ field: 'part', line: s.salutation?.line ?? headLine, what: 'no part heading (一、…) in the body', fix: 'check that the copy is complete' });
	let id = opts.id;
	if (!id && region && year !== undefined) id = reportId(region, year);
	if (!id)
		missing.push({
			field: 'id',
			line: headLine,
			what: 'no report id: it is made from the region and the year',
			fix: 'supply the region and year (see above), or pass --id <year>-<place>',
		});
	if (!s.title && !s.headline.length) warnings.push('no title line: the title is set to 政府工作报告');
	const meta: ReportMetadata = {
		report: id ?? '',
		language: 'zh-Hans',
		title: s.title?.text ?? '政府工作报告',
		...(s.headline.length ? { headline: s.headline.join(' ') } : {}),
		region: region?.code ?? '',
		...(year !== undefined ? { year } : {}),
		...(meeting ? { meeting } : {}),
		...(delivered ? { delivered } : {}),
		...(speaker ? { speaker } : {}),
		status: opts.status ?? 'final',
		source: {
			file: opts.sourceFile ?? 'source.raw.txt',
			sha256: opts.sha256,
			...(opts.sourceUrl ? { url: opts.sourceUrl } : {}),
			...(opts.publisher ? { publisher: opts.publisher } : {}),
			...(opts.published ? { published: opts.published } : {}),
			...(opts.retrieved ? { retrieved: opts.retrieved } : {}),
		},
	};
	return { meta, warnings, missing };
}
