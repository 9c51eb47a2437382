import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../plugins/options.ts';

describe('reportPress() options', () => {
	it('fills defaults', () => {
		expect(parseOptions(undefined).contentDir).toBe('content');
	});

	it('names an unknown option', () => {
		expect(() => parseOptions({ contentdir: 'x' })).toThrow('  - `(options)`: unknown option(s) `contentdir`');
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
		const commands = block.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
		expect(commands).toEqual(['bash scripts/build.sh', 'bash scripts/test.sh']);
		const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
		expect(ci.split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '))).toEqual([commands[1]]);
	});
});
