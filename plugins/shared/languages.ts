/**
 * The one vocabulary of languages and editions. Readers, search bundles and print editions all
 * derive from these lists, so adding an edition is one change here.
 */

/** Every language edition a reader can open, in switch order: the original, its Traditional conversion, the translation. Also the interface languages of the site and the search bundles. */
export const languages = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof languages)[number];

/** Editions held as files. zh-Hant is derived from zh-Hans at build time and never stored. */
export const storedLanguages = ['zh-Hans', 'en'] as const satisfies readonly Language[];

export const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

/** Each language named in itself (autonym), for language switches. */
export const languageNames: Record<Language, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };
/** Short autonyms for compact switches. */
export const languageShortNames: Record<Language, string> = { 'zh-Hans': '简体', 'zh-Hant': '繁體', en: 'EN' };

/** The PDFs a report can be printed as: the original, its Traditional conversion, the translation, and original and translation interleaved paragraph by paragraph. */
export const printEditions = ['zh-Hans', 'zh-Hant', 'en', 'bilingual'] as const;
export type PrintEdition = (typeof printEditions)[number];

/** The print editions of a report held in these languages: zh-Hans always; zh-Hant when derived; en and bilingual with a translation. */
export const printEditionsOf = (held: readonly string[]): PrintEdition[] =>
	printEditions.filter((edition) => edition === 'zh-Hans' || (edition === 'zh-Hant' ? held.includes('zh-Hant') : held.includes('en')));
