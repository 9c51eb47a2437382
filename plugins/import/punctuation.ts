/**
 * ASCII punctuation → GB/T 15834 full-width in Chinese context. Numbers (1,000; 10:30; 30.7%; 1+8),
 * PM2.5, 5G and Latin words keep ASCII.
 */
const isCjk = (ch: string | undefined): boolean =>
	ch !== undefined && /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018-\u201d\u2026\u00b7]/.test(ch);
const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/** the nearest non-ASCII-word character on either side (skipping 30.7%, PM2.5, 1+8) is Chinese */
function nearCjk(chars: string[], i: number): boolean {
	const skip = /[A-Za-z0-9.%+\-]/;
	let l = i - 1;
	while (l >= 0 && skip.test(chars[l]!)) l--;
	let r = i + 1;
	while (r < chars.length && skip.test(chars[r]!)) r++;
	return isCjk(chars[l]) || isCjk(chars[r]);
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

export interface PunctuationResult {
	text: string;
	count: number;
}

export function fixPunctuation(input: string): PunctuationResult {
	const chars = [...input];
	let count = 0;
	// parentheses: convert a pair when its content or its surroundings are Chinese
	const stack: number[] = [];
	const pairs: Array<[number, number]> = [];
	chars.forEach((c, i) => {
		if (c === '(') stack.push(i);
		else if (c === ')' && stack.length) pairs.push([stack.pop()!, i]);
	});
	for (const [o, c] of pairs) {
		const inner = chars.slice(o + 1, c).join('');
		if (/[\u3400-\u9fff]/.test(inner) || isCjk(chars[o - 1]) || isCjk(chars[c + 1])) {
			chars[o] = '（';
			chars[c] = '）';
			count += 2;
		}
	}
	let quoteOpen = true;
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i]!;
		const prev = chars[i - 1];
		const next = chars[i + 1];
		if (c in FULL) {
			if (isAsciiAlnum(prev) && isAsciiAlnum(next)) continue; // 1,000  10:30
			if (isCjk(prev) || isCjk(next) || nearCjk(chars, i)) {
				chars[i] = FULL[c]!;
				count++;
			}
		} else if (c === '"') {
			if (isCjk(prev) || isCjk(next)) {
				chars[i] = quoteOpen ? '“' : '”';
				quoteOpen = !quoteOpen;
				count++;
			}
		}
	}
	return { text: chars.join(''), count };
}
