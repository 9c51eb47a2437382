import { ImportError } from './errors.ts';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk';

export interface DecodedSource {
	text: string;
	encoding: SourceEncoding;
}

function looksBinary(text: string): boolean {
	let control = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) control++;
	}
	return control > 0 && control / Math.max(1, text.length) > 0.001;
}

/**
 * bytes → string. UTF-8 (with or without BOM), UTF-16 with BOM, GBK when the bytes are not valid
 * UTF-8 but are valid GBK. Empty or binary input is an ImportError, never a crash.
 */
export function decodeBytes(bytes: Uint8Array, file = '<input>'): DecodedSource {
	if (bytes.length === 0) {
		throw new ImportError('empty', file, 'the file is empty; nothing to import. Check that the raw text was saved.', undefined);
	}
	let text: string;
	let encoding: SourceEncoding;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		text = decodeStrict('utf-8', bytes.subarray(3), file);
		encoding = 'utf-8-bom';
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		text = decodeStrict('utf-16le', bytes.subarray(2), file);
		encoding = 'utf-16le';
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		text = decodeStrict('utf-16be', bytes.subarray(2), file);
		encoding = 'utf-16be';
	} else {
		const utf8 = tryDecode('utf-8', bytes);
		if (utf8 !== undefined) {
			text = utf8;
			encoding = 'utf-8';
		} else {
			const gbk = tryDecode('gbk', bytes);
			if (gbk === undefined || looksBinary(gbk)) {
				throw new ImportError('binary', file, 'the file is neither UTF-8, UTF-16 (with BOM) nor GBK text; it looks binary. Re-save the raw text as UTF-8.');
			}
			text = gbk;
			encoding = 'gbk';
		}
	}
	if (looksBinary(text)) {
		throw new ImportError('binary', file, 'the file contains control bytes (NUL etc.); it looks binary, not text. Re-save the raw text as UTF-8.');
	}
	text = text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') {
		throw new ImportError('empty', file, 'the file contains only whitespace; nothing to import.');
	}
	return { text, encoding };
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function decodeStrict(label: string, bytes: Uint8Array, file: string): string {
	const s = tryDecode(label, bytes);
	if (s === undefined) throw new ImportError('encoding', file, `the file has a ${label} byte-order mark but invalid ${label} data. Re-save it as UTF-8.`);
	return s;
}
