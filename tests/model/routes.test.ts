import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeTable } from '../../plugins/integrations/routes.ts';

/** `/[lang]/[report]` → `/<lang>/<report>/`; a rest parameter `[...region]` → `<region>`; files keep their extension. */
const asReadmeUrl = (pattern: string) => {
	const url = pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, '<$1>');
	return url === '/' || /\.[a-z]+$/.test(url) ? url : `${url}/`;
};

describe('the route table', () => {
	it('matches the README URL table row for row, in order', () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const section = readme.slice(readme.indexOf('## URL scheme'), readme.indexOf('Files written after the pages'));
		const rows = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
		expect(rows).toEqual(routeTable.map((row) => asReadmeUrl(row.pattern)));
	});

	it('has one row per pattern and one entrypoint per row', () => {
		expect(new Set(routeTable.map((row) => row.pattern)).size).toBe(routeTable.length);
		expect(new Set(routeTable.map((row) => row.entrypoint)).size).toBe(routeTable.length);
	});
});
