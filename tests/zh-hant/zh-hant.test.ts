import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../plugins/content/zh-hant.ts';

describe('toTraditional (OpenCC cn → hk, characters only)', () => {
	it.each([
		['天宁区人民政府向大会报告工作', '天寧區人民政府向大會報告工作'],
		['全年签约优质项目116个，涉及总投资120亿元。', '全年簽約優質項目116個，涉及總投資120億元。'],
		['2000余亩土地', '2000餘畝土地'],
		['严格实行“要素资源跟着项目走”', '嚴格實行“要素資源跟着項目走”'],
		['PM2.5平均浓度30.7微克/立方米', 'PM2.5平均濃度30.7微克/立方米'],
	])('%s', (simplified, traditional) => {
		expect(toTraditional(simplified)).toBe(traditional);
	});

	it('keeps vocabulary: no phrase substitution', () => {
		expect(toTraditional('软件和信息服务业')).toBe('軟件和信息服務業');
	});

	it('leaves listed proper names exactly as written', () => {
		expect(toTraditional('盒马鲜生万象城店全市首开', ['盒马鲜生'])).toBe('盒马鲜生萬象城店全市首開');
		expect(toTraditional('余')).toBe('餘');
		expect(toTraditional('余姓代表', ['余姓'])).toBe('余姓代表');
	});
});
