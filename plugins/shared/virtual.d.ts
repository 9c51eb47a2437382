declare module 'virtual:report-press/config' {
	/** The archive's name per reading language (reportPress({ title })). */
	export const title: { 'zh-Hans': string; en: string };
	/** Whether the site makes PDFs (reportPress({ pdf })). */
	export const pdf: boolean;
	/** Whether the site has full-text search (reportPress({ search })). */
	export const search: boolean;
	/** The content folder, absolute (reportPress({ contentDir })): where the pages read content/glossary.tsv. */
	export const contentDir: string;
}
