import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { displayPathOf, type EditionFile } from '../content/editions.ts';
import type { ContentProblem } from '../shared/problem.ts';

/** One registered region: its English name and the regions below it. */
export interface RegionEntry {
	en: string;
	line: number;
	children: Map<string, RegionEntry>;
}

export interface RegionRegistry {
	displayPath: string;
	provinces: Map<string, RegionEntry>;
}

const LEVELS = ['province', 'city', 'district'] as const;
const CHILD_KEY = { province: 'cities', city: 'districts' } as const;

/**
 * `<contentDir>/regions.yaml`: province → cities → districts, each `中文名: { en: English }` (a district
 * may be `中文名: English`). Absent file: undefined (a project without a registry checks no regions).
 */
export function readRegionRegistry(root: string, contentDir: string, problems: ContentProblem[]): RegionRegistry | undefined {
	const path = join(contentDir, 'regions.yaml');
	if (!existsSync(path)) return undefined;
	const displayPath = displayPathOf(path, root);
	const lineCounter = new LineCounter();
	const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true });
	if (doc.errors.length > 0) {
		const error = doc.errors[0]!;
		problems.push({ file: displayPath, line: error.linePos?.[0].line ?? 1, ruleId: 'region-registry', message: `The region registry is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Fix the YAML on this line.` });
		return undefined; // regions are not checked against a registry that cannot be read
	}
	const read = (node: unknown, level: 0 | 1 | 2): Map<string, RegionEntry> => {
		const out = new Map<string, RegionEntry>();
		const items = (node as { items?: { key?: { value?: unknown; range?: number[] }; value?: unknown }[] } | null)?.items ?? [];
		for (const item of items) {
			const zh = String(item.key?.value ?? '');
			const line = item.key?.range ? lineCounter.linePos(item.key.range[0]!).line : 1;
			const value = item.value as { value?: unknown; get?: (key: string, keepScalar?: boolean) => unknown } | null;
			const en = typeof value?.value === 'string' ? value.value : value?.get ? String(value.get('en') ?? '') : '';
			if (!en) problems.push({ file: displayPath, line, ruleId: 'region-registry', message: `${zh} has no English name; write it as \`${zh}: { en: <English name> }\`.` });
			const childKey = level < 2 ? CHILD_KEY[LEVELS[level] as 'province' | 'city'] : undefined;
			const childNode = childKey && value?.get ? value.get(childKey, true) : undefined;
			out.set(zh, { en, line, children: childNode ? read(childNode, (level + 1) as 1 | 2) : new Map() });
		}
		return out;
	};
	return { displayPath, provinces: read(doc.contents, 0) };
}

/** Every region an edition names must be registered, under its parent, with the registered English name. */
export function checkRegions(edition: Pick<EditionFile, 'displayPath' | 'frontmatter' | 'fieldLines'>, registry: RegionRegistry): ContentProblem[] {
	const region = edition.frontmatter?.region as Record<string, { zh?: unknown; en?: unknown } | undefined> | undefined;
	if (!region || typeof region !== 'object') return [];
	const problems: ContentProblem[] = [];
	let known = registry.provinces;
	const trail: string[] = [];
	for (const level of LEVELS) {
		const name = region[level];
		if (!name || typeof name.zh !== 'string') break; // the schema reports a missing or malformed name
		const line = edition.fieldLines.get(`region.${level}.zh`) ?? edition.fieldLines.get(`region.${level}`);
		const entry = known.get(name.zh);
		if (!entry) {
			const under = trail.length ? ` under ${trail.join(' › ')}` : '';
			const where = trail.length ? `under ${trail.join(' › ')} › ${level === 'city' ? 'cities' : 'districts'}` : 'at the top level';
			const en = typeof name.en === 'string' ? name.en : '<English name>';
			problems.push({
				file: edition.displayPath,
				line,
				ruleId: 'unknown-region',
				message: `region.${level} ${name.zh} is not a known region${under} (${registry.displayPath}). Check the name for typos; if it is right, register it: add \`${name.zh}: { en: ${en} }\` ${where} in ${registry.displayPath}.`,
			});
			break;
		}
		if (typeof name.en === 'string' && name.en !== entry.en) {
			problems.push({
				file: edition.displayPath,
				line: edition.fieldLines.get(`region.${level}.en`) ?? line,
				ruleId: 'region-name',
				message: `region.${level}.en is ${JSON.stringify(name.en)}, but ${registry.displayPath}:${entry.line} names ${name.zh} ${JSON.stringify(entry.en)}. Use the registered name (or correct the registry for every report).`,
			});
		}
		trail.push(name.zh);
		known = entry.children;
	}
	return problems;
}
