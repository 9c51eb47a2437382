/**
 * A term across the archive (the page /<lang>/terms/): how many paragraphs of each report contain a
 * query, and the keyword-in-context lines of every occurrence. Pure, no DOM, no Pagefind: the browser
 * module (term-page.ts) feeds it the paragraphs Pagefind returned. Matching is query.ts's (fold,
 * phraseRanges), so the counts agree with the search page's "exact phrase" badge. Unit-tested in
 * tests/search/term-counts.test.ts.
 */
import { parseQuery, phraseRanges } from './query.ts';

/** A report as the page lists it, from the build (one per report that has an edition in the searched language). */
export interface TermReport {
	report: string;
	year: number;
	/** The region in the reader's language: `安徽省`, `Anhui Province`. */
	name: string;
	/** GB/T 2260 code: the order of regions with the same count. */
	code: string;
}

/** One record Pagefind returned, as its fragment has it. */
export interface TermRecord {
	report: string;
	id: string;
	/** Record kind (records.ts): `paragraph` and `note` are counted; headings and the title record are not. */
	kind: string;
	text: string;
	url: string;
}

/** One occurrence of the term, with its context; `before`/`after` are already cut to the radius. */
export interface KwicLine {
	before: string;
	match: string;
	after: string;
	/** Text was cut off before `before` / after `after` (the page shows an ellipsis). */
	clippedBefore: boolean;
	clippedAfter: boolean;
}

export interface TermParagraph {
	id: string;
	url: string;
	lines: KwicLine[];
}

export interface ReportCount {
	report: TermReport;
	/** Paragraphs containing the term, in reading order. */
	paragraphs: TermParagraph[];
	occurrences: number;
}

export interface YearCount {
	year: number;
	/** Reports with at least one paragraph, most paragraphs first (then GB/T 2260 order). */
	reports: ReportCount[];
	/** Reports of that year whose edition does not contain the term, GB/T 2260 order. */
	without: TermReport[];
	paragraphs: number;
	occurrences: number;
}

export interface TermCounts {
	phrase: string;
	/** Newest year first. */
	years: YearCount[];
	paragraphs: number;
	occurrences: number;
	/** Reports with at least one paragraph. */
	reportsWith: number;
	/** Reports searched (every report with an edition in the searched language). */
	reportsSearched: number;
	/** Records Pagefind returned that were checked (its candidates: it matches words, not the phrase). */
	candidates: number;
}

/** Only text is counted: a heading that names the term is not a paragraph about it, and the title record repeats metadata. */
export const isCountedKind = (kind: string) => kind === 'paragraph' || kind === 'note';

/** A letter or digit of a script written with spaces between words (a Han character is a word boundary of its own). */
const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);

/**
 * The context of every occurrence of `phrase` in `text`: about `radius` characters either side. A
 * Latin-script side is cut back to a whole word (a Han side needs no such cut), and a line never
 * runs across the next occurrence's start, so that every occurrence has its own line.
 */
export function kwicLines(text: string, phrase: string, radius = 20): KwicLine[] {
	const ranges = phraseRanges(text, phrase);
	return ranges.map(([start, end]) => {
		let from = Math.max(0, start - radius);
		let to = Math.min(text.length, end + radius);
		// Only a cut inside a word (letters on both sides of the cut) moves to the next word start.
		if (from > 0 && isWordChar(text[from - 1]!) && isWordChar(text[from]!)) {
			const space = text.slice(from, start).search(/\s/);
			if (space >= 0) from += space + 1;
		}
		if (to < text.length && isWordChar(text[to - 1]!) && isWordChar(text[to]!)) {
			const space = text.slice(end, to).search(/\s\S*$/);
			if (space > 0) to = end + space;
		}
		return {
			before: text.slice(from, start).trimStart(),
			match: text.slice(start, end),
			after: text.slice(end, to).trimEnd(),
			clippedBefore: from > 0,
			clippedAfter: to < text.length,
		};
	});
}

/**
 * Document order of block ids (structure.ts): opening `p0-…`, parts `p1…` (a part's own paragraphs
 * `p2-3` come before its sections `p2-s1-…`, as the numbering only starts sections after them), then
 * annexes `a1…`, then notes `n1…`. The fragments Pagefind returns carry no position, and ids are enough.
 */
export function compareIds(a: string, b: string): number {
	const key = (id: string) =>
		id.split('-').map((segment, index) => {
			const match = /^([a-z]*)(\d+)$/.exec(segment);
			if (!match) return [9, 0];
			const [, letters, digits] = match;
			// First segment: container kind; later: a bare number (paragraph) before `s<n>` (section).
			const rank = index === 0 ? (({ p: 0, a: 1, n: 2 } as Record<string, number>)[letters!] ?? 3) : letters === '' ? 0 : 1;
			return [rank, Number(digits)];
		});
	const [x, y] = [key(a), key(b)];
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		// A shorter id (a container) comes before what it holds.
		if (!x[i]) return -1;
		if (!y[i]) return 1;
		const diff = x[i]![0]! - y[i]![0]! || x[i]![1]! - y[i]![1]!;
		if (diff !== 0) return diff;
	}
	return 0;
}

/**
 * Count, per report, the paragraphs whose text contains the query as a phrase (Pagefind finds by
 * words, so its candidates include paragraphs with the words apart; those are dropped here), grouped
 * by year. `reports` are all the reports searched, so that the ones without the term can be named too.
 */
export function countTerm(query: string, records: readonly TermRecord[], reports: readonly TermReport[], radius = 20): TermCounts {
	const { phrase } = parseQuery(query);
	const byReport = new Map<string, TermParagraph[]>();
	const seen = new Set<string>();
	for (const record of records) {
		if (!isCountedKind(record.kind)) continue;
		// Pagefind returns each record once; a repeated record must still count once.
		const key = `${record.report}#${record.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const lines = phrase ? kwicLines(record.text, phrase, radius) : [];
		if (lines.length === 0) continue;
		const list = byReport.get(record.report) ?? [];
		list.push({ id: record.id, url: record.url, lines });
		byReport.set(record.report, list);
	}
	const years = [...new Set(reports.map((report) => report.year))].sort((a, b) => b - a);
	const byCode = (a: TermReport, b: TermReport) => a.code.localeCompare(b.code) || a.report.localeCompare(b.report);
	const yearCounts = years.map((year): YearCount => {
		const ofYear = reports.filter((report) => report.year === year).sort(byCode);
		const counted = ofYear
			.filter((report) => byReport.has(report.report))
			.map((report): ReportCount => {
				const paragraphs = byReport.get(report.report)!.sort((a, b) => compareIds(a.id, b.id));
				return { report, paragraphs, occurrences: paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.length, 0) };
			})
			.sort((a, b) => b.paragraphs.length - a.paragraphs.length || b.occurrences - a.occurrences || byCode(a.report, b.report));
		return {
			year,
			reports: counted,
			without: ofYear.filter((report) => !byReport.has(report.report)),
			paragraphs: counted.reduce((sum, count) => sum + count.paragraphs.length, 0),
			occurrences: counted.reduce((sum, count) => sum + count.occurrences, 0),
		};
	});
	return {
		phrase,
		years: yearCounts.filter((year) => year.reports.length > 0 || year.without.length > 0),
		paragraphs: yearCounts.reduce((sum, year) => sum + year.paragraphs, 0),
		occurrences: yearCounts.reduce((sum, year) => sum + year.occurrences, 0),
		reportsWith: yearCounts.reduce((sum, year) => sum + year.reports.length, 0),
		reportsSearched: reports.length,
		candidates: records.length,
	};
}
