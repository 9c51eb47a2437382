import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { parseOptions } from '../../plugins/options.ts';

describe('reportPress() options', () => {
	it('fills defaults', () => {
		expect(parseOptions(undefined).contentDir).toBe('content');
	});

	it('names an unknown option', () => {
		expect(() => parseOptions({ contentdir: 'x' })).toThrow('  - `(options)`: unknown option(s) `contentdir`');
	});

	it('normalises the print option inside the schema: false, or complete settings', () => {
		expect(parseOptions({}).pdf).toEqual({ printShop: false, timeoutSeconds: 300 });
		expect(parseOptions({ pdf: true }).pdf).toEqual({ printShop: false, timeoutSeconds: 300 });
		expect(parseOptions({ pdf: false }).pdf).toBe(false);
		expect(parseOptions({ pdf: { printShop: true, concurrency: 2 } }).pdf).toEqual({ printShop: true, timeoutSeconds: 300, concurrency: 2 });
	});

	it('throws an AstroError with the exact message and a hint', () => {
		let error: unknown;
		try {
			parseOptions({ search: 'yes', pdf: { timeoutSeconds: -1 } });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(AstroError);
		expect((error as AstroError).message).toBe(
			'Invalid reportPress() options in astro.config.mjs:\n  - `search`: Invalid input: expected boolean, received string\n  - `pdf.timeoutSeconds`: Too small: expected number to be >0',
		);
		expect((error as AstroError).hint).toBe('See the README section "Using the integration in another Astro site" for every option.');
	});

	it('names a malformed option and what it expects', () => {
		expect(() => parseOptions({ contentDir: 42 })).toThrow('  - `contentDir`: Invalid input: expected string, received number');
		expect(() => parseOptions({ title: { en: 'Archive' } })).toThrow('  - `title.zh-Hans`: Invalid input: expected string, received undefined');
	});
});

describe('the README quick start', () => {
	it('gives two commands, and CI runs the README test command exactly', () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		const commands = block
			.split('\n')
			.map((line) => line.replace(/#.*/, '').trim())
			.filter(Boolean);
		expect(commands).toEqual(['bash scripts/build.sh', 'bash scripts/test.sh']);
		const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
		expect(ci.split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '))).toEqual([commands[1]]);
	});
});
