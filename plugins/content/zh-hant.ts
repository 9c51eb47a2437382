import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

/**
 * Hong Kong standard characters (OpenCC `cn → hk`), character conversion only: phrase conversion
 * (`twp`) would swap vocabulary (软件 → 軟體) and so change the words of the record. Hong Kong and
 * Macao are the Traditional-reading public that follows mainland government documents most closely.
 */
const convert = OpenCC.Converter({ from: 'cn', to: 'hk' });

// Private-use code points never occur in report text, so they can hold protected names safely.
const PLACEHOLDER_BASE = 0xe000;

/**
 * Convert Simplified text to Traditional, leaving each `exceptions` string (proper names whose
 * Simplified form is official, e.g. an enterprise's registered name) exactly as written.
 */
export function toTraditional(text: string, exceptions: readonly string[] = []): string {
	const ordered = [...new Set(exceptions)].filter(Boolean).sort((a, b) => b.length - a.length);
	let protectedText = text;
	ordered.forEach((name, index) => {
		protectedText = protectedText.split(name).join(String.fromCodePoint(PLACEHOLDER_BASE + index));
	});
	let converted = convert(protectedText);
	ordered.forEach((name, index) => {
		converted = converted.split(String.fromCodePoint(PLACEHOLDER_BASE + index)).join(name);
	});
	return converted;
}

/**
 * Proper names the zh-Hant edition keeps as written: `<contentDir>/zh-hant-exceptions.txt`, one per
 * line, `#` starts a comment. No file means no exceptions.
 */
export function readZhHantExceptions(contentDir: string): string[] {
	const path = join(contentDir, 'zh-hant-exceptions.txt');
	if (!existsSync(path)) return [];
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);
}
