/**
 * The archive as a reader browses it: every report placed in its region (GB/T 2260, from
 * plugins/content/regions.ts), sorted by year, level and region code, and the region pages that
 * follow from those regions. Pure functions of the report data; URLs derive only from region slugs.
 */
import { regionByCode, regionChain, type Region, type RegionLevel } from '../content/regions.ts';
import { zh, type UiLanguage } from './i18n.ts';
import type { ReportGroup } from '../content/collection.ts';

export type { RegionLevel };
/** Listing order: the higher government first. */
export const regionLevels = ['province', 'city', 'county'] as const satisfies readonly RegionLevel[];
const rank = (level: RegionLevel) => regionLevels.indexOf(level);

export interface ArchiveEntry {
	group: ReportGroup;
	report: string;
	year: number;
	/** The government that reports. */
	region: Region;
	/** From the province-level division down to `region` itself. */
	chain: Region[];
	province: Region;
}

/** The region of a report's original and its chain, province first. */
export function regionChainOf(group: ReportGroup): Region[] {
	const code = group.original.region;
	const region = regionByCode(code);
	if (!region) throw new Error(`${group.report}: region ${JSON.stringify(code)} is not a known GB/T 2260 code`);
	// Whatever order regionChain gives, the listing needs top-down, with the region itself last.
	const chain = new Map([...regionChain(region), region].map((each) => [each.code, each]));
	return [...chain.values()].sort((x, y) => rank(x.level) - rank(y.level));
}

/** Every report as a listing entry: newest year first, then province-, city-, county-level, then by code. */
export function archiveEntries(groups: readonly ReportGroup[]): ArchiveEntry[] {
	return groups
		.map((group) => {
			const chain = regionChainOf(group);
			return { group, report: group.report, year: group.original.year, region: chain.at(-1)!, chain, province: chain[0]! };
		})
		.sort(
			(x, y) =>
				y.year - x.year ||
				rank(x.region.level) - rank(y.region.level) ||
				x.province.code.localeCompare(y.province.code) ||
				x.region.code.localeCompare(y.region.code) ||
				x.report.localeCompare(y.report),
		);
}

/** `jiangsu/changzhou/tianning`: the slugs of the chain, the permanent path of a region page. */
export const regionPath = (chain: readonly Region[]) => chain.map((region) => region.slug).join('/');
export const regionUrl = (lang: UiLanguage, chain: readonly Region[]) => `/${lang}/region/${regionPath(chain)}/`;

/**
 * The name of a place as readers of `lang` write it, from `chain[from]` down:
 * `江苏省常州市天宁区` / `Tianning District, Changzhou, Jiangsu Province`.
 */
export function placeName(chain: readonly Region[], lang: UiLanguage, from = 0): string {
	const parts = chain.slice(from);
	if (lang === 'en')
		return parts
			.map((region) => region.en)
			.reverse()
			.join(', ');
	return zh(lang, parts.map((region) => region.zh).join(''));
}

/** One region with a page: it has reports, or regions below it have. */
export interface RegionPage {
	region: Region;
	chain: Region[];
	/** Reports of this government itself, in listing order. */
	own: ArchiveEntry[];
	/** Regions directly below with reports (theirs or further down), by code, with how many. */
	children: { chain: Region[]; count: number }[];
	/** Reports of this region and every region below it. */
	count: number;
}

export function regionPages(entries: readonly ArchiveEntry[]): RegionPage[] {
	const pages = new Map<string, RegionPage>();
	const pageOf = (chain: Region[]) => {
		const region = chain.at(-1)!;
		let page = pages.get(region.code);
		if (!page) pages.set(region.code, (page = { region, chain, own: [], children: [], count: 0 }));
		return page;
	};
	for (const entry of entries) {
		for (let index = 0; index < entry.chain.length; index += 1) {
			const page = pageOf(entry.chain.slice(0, index + 1));
			page.count += 1;
			if (index === entry.chain.length - 1) {
				page.own.push(entry);
				continue;
			}
			const below = entry.chain.slice(0, index + 2);
			const child = page.children.find((each) => each.chain.at(-1)!.code === below.at(-1)!.code);
			if (child) child.count += 1;
			else page.children.push({ chain: below, count: 1 });
		}
	}
	for (const page of pages.values()) page.children.sort((x, y) => x.chain.at(-1)!.code.localeCompare(y.chain.at(-1)!.code));
	return [...pages.values()].sort((x, y) => x.region.code.localeCompare(y.region.code));
}

/** What the text box of the filter matches: every name of the place and report, in every language, lowercased. */
export function searchText(entry: ArchiveEntry): string {
	const titles = Object.values(entry.group.editions).map((edition) => edition?.data.title ?? '');
	const names = entry.chain.flatMap((region) => [region.zh, zh('zh-Hant', region.zh), region.en, region.slug]);
	return [...new Set([entry.report, String(entry.year), ...names, ...titles])].join(' ').toLowerCase();
}
