/**
 * Atom feed (RFC 4287) of published and corrected reports (pure). Entry ids are URNs made from the
 * report id and language only, so they never change — not when a report is corrected, not when the
 * site moves. A corrected report's entry is updated on its latest correction and carries the dated
 * corrections note; every date in the feed comes from the content, so the feed is reproducible.
 */
export interface FeedCorrection {
	date: Date;
	note: string;
}

export interface FeedEntry {
	report: string;
	title: string;
	/** Reading page (absolute when the site is known). */
	link: string;
	/** The report's data export. */
	json?: string;
	/** Day the report was delivered. */
	published: Date;
	author: string;
	summary: string;
	status: 'final' | 'corrected' | 'draft';
	corrections: FeedCorrection[];
	/** Label of the corrections note in the feed's language (`更正说明` / `Corrections`). */
	correctionsLabel: string;
	/** A date in the feed's language. */
	formatDate: (date: Date) => string;
}

export interface Feed {
	lang: string;
	title: string;
	/** URL of the feed itself. */
	self: string;
	/** The archive front page in the feed's language. */
	home: string;
	entries: FeedEntry[];
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const atomDate = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');

/** The entry's `updated`: its latest correction, else the day it was delivered. */
export const entryUpdated = (entry: Pick<FeedEntry, 'published' | 'corrections'>): Date =>
	new Date(Math.max(entry.published.getTime(), ...entry.corrections.map((correction) => correction.date.getTime())));

/** Stable id of a report in a language's feed. */
export const entryId = (report: string, lang: string) => `urn:report-press:report:${report}:${lang}`;

/** The corrections note as HTML (dated list). */
export function correctionsHtml(entry: Pick<FeedEntry, 'corrections' | 'correctionsLabel' | 'formatDate'>): string {
	if (entry.corrections.length === 0) return '';
	const items = entry.corrections.map(
		(correction) =>
			`<li><time datetime="${correction.date.toISOString().slice(0, 10)}">${escapeXml(entry.formatDate(correction.date))}</time>: ${escapeXml(correction.note)}</li>`,
	);
	return `<section class="corrections"><h2>${escapeXml(entry.correctionsLabel)}</h2><ul>${items.join('')}</ul></section>`;
}

export function atomXml(feed: Feed): string {
	const entries = feed.entries
		.filter((entry) => entry.status !== 'draft')
		.map((entry) => ({ entry, updated: entryUpdated(entry) }))
		.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.entry.report.localeCompare(b.entry.report));
	const feedUpdated = entries[0]?.updated ?? new Date(0);
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
		`<id>urn:report-press:feed:${escapeXml(feed.lang)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		`<updated>${atomDate(feedUpdated)}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
		'<generator>report-press</generator>',
	];
	for (const { entry, updated } of entries) {
		const content = `<p>${escapeXml(entry.summary)}</p>${correctionsHtml(entry)}`;
		lines.push(
			'<entry>',
			`<id>${escapeXml(entryId(entry.report, feed.lang))}</id>`,
			`<title>${escapeXml(entry.title)}</title>`,
			`<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
			...(entry.json ? [`<link rel="alternate" type="application/json" href="${escapeXml(entry.json)}"/>`] : []),
			`<published>${atomDate(entry.published)}</published>`,
			`<updated>${atomDate(updated)}</updated>`,
			`<author><name>${escapeXml(entry.author)}</name></author>`,
			`<category term="${escapeXml(entry.status)}"/>`,
			`<summary>${escapeXml(entry.summary)}</summary>`,
			`<content type="html">${escapeXml(content)}</content>`,
			'</entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
