/**
 * Loading one language edition's Pagefind bundle (`/pagefind/<lang>/pagefind.js`) in the browser,
 * shared by the search page (search-page.ts) and the term page (term-page.ts). Only the parts of
 * Pagefind's JS API these pages use are typed.
 */

export interface PagefindFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}
export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindFragment>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindInstance {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string, options?: Record<string, unknown>) => Promise<PagefindResponse>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

/** One loader per page: each edition's bundle is fetched and initialised once, on first use. */
export function bundleLoader(): (edition: string) => Promise<PagefindInstance> {
	const bundles = new Map<string, Promise<PagefindInstance>>();
	return (edition) => {
		let instance = bundles.get(edition);
		if (!instance) {
			instance = (async () => {
				const module = (await import(/* @vite-ignore */ `/pagefind/${edition}/pagefind.js`)) as {
					createInstance: (options: Record<string, unknown>) => PagefindInstance;
				};
				// Pagefind segments the query in the language of <html lang> at the moment the instance is created;
				// a Chinese bundle searched from the English page must still segment the query as Chinese.
				const html = document.documentElement;
				const pageLanguage = html.lang;
				html.lang = edition;
				let created: PagefindInstance;
				try {
					created = module.createInstance({ basePath: `/pagefind/${edition}/`, baseUrl: '/' });
				} finally {
					html.lang = pageLanguage;
				}
				await created.init();
				return created;
			})();
			bundles.set(edition, instance);
		}
		return instance;
	};
}
