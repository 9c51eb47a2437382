import { extractEnFigures, type EnExtractOptions } from './en.ts';
import type { Figure, FigureLanguage } from './types.ts';
import { extractZhFigures, type ZhExtractOptions } from './zh.ts';

export type { Approx, Figure, FigureLanguage, FigureUnit } from './types.ts';
export { compareFigures, type CompareOptions, type FigureComparison } from './compare.ts';
export { formatFigure } from './format.ts';
export { extractEnFigures, extractZhFigures };

export interface ExtractOptions {
	zh?: ZhExtractOptions;
	en?: EnExtractOptions;
}

/** The language whose extractor reads an edition: zh-Hans and zh-Hant read as Chinese, the rest as English. */
export const figureLanguageOf = (edition: string): FigureLanguage => (edition.startsWith('zh') ? 'zh' : 'en');

/** Every figure of a plain-text paragraph. */
export function extractFigures(text: string, language: FigureLanguage, options: ExtractOptions = {}): Figure[] {
	return language === 'zh' ? extractZhFigures(text, options.zh) : extractEnFigures(text, options.en);
}

