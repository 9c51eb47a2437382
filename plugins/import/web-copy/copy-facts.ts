/**
 * What a web copy says about itself (pure): the publisher its `来源：` line names and the day its
 * `时间：` / `发表时间：` line or bare publication date gives. Read only from lines the furniture pass set
 * aside, so body text is never mistaken for them; a copy that prints neither gives nothing.
 */
import { parseDate } from '../metadata.ts';

export interface CopyFacts {
	publisher?: string;
	/** YYYY-MM-DD */
	published?: string;
}

const SOURCE_LINE = /^来源[：:]\s*(\S.*)$/;
const DATE_WHY = /^(page (时间|发表时间|发布时间) line|value of the page's (时间|发表时间|发布时间) label|page publication date)$/;

const dayOf = (text: string): string | undefined => /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? parseDate(text);

/** `furniture`: raw line index → why it was set aside (the web-copy pass's reasons). The first of each fact wins. */
export function copyFacts(lines: readonly string[], furniture: ReadonlyMap<number, string>): CopyFacts {
	let publisher: string | undefined;
	let published: string | undefined;
	for (const [index, why] of [...furniture].sort((a, b) => a[0] - b[0])) {
		const text = lines[index]!.trim();
		if (why === 'page 来源 line') publisher ??= SOURCE_LINE.exec(text)?.[1]?.trim();
		else if (why === "value of the page's 来源 label") publisher ??= text;
		else if (DATE_WHY.test(why)) published ??= dayOf(text);
	}
	return { ...(publisher ? { publisher } : {}), ...(published ? { published } : {}) };
}
