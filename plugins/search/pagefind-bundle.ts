/**
 * One language edition's search index in the browser, shared by the search page (search-page.ts) and
 * the term page (term-page.ts). The index is sharded (a Pagefind bundle per year:
 * `/pagefind/<lang>/<shard>/`, listed newest first in `/pagefind/<lang>/shards.json`, and the shards'
 * word list at `/pagefind/<lang>/words/`); the newest shard is opened and the others merged into it with
 * Pagefind's `mergeIndex`, which shares one WebAssembly module among them. Queries go to Pagefind as
 * index-terms.ts makes them, and a hit's meta comes back as the build wrote it. Only the parts of
 * Pagefind's JS API these pages use are typed.
 */
import { pagefindQuery, readMeta, searchTerms } from './index-terms.ts';

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
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: FilterCounts;
	totalFilters: FilterCounts;
}
export type PagefindFilters = Record<string, { any: string[] }>;
interface PagefindInstance {
	init: () => Promise<void>;
	mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
	search: (term: string, options?: Record<string, unknown>) => Promise<PagefindResponse>;
	filters: () => Promise<FilterCounts>;
}

export interface ArchiveSearchOptions {
	/** The words in a row, as a phrase (Pagefind's exact search), instead of all words anywhere in the record. */
	exact?: boolean;
	filters?: PagefindFilters;
	sort?: Record<string, string>;
}

/** One language edition's index, every shard of it. */
export interface ArchiveIndex {
	/** Records holding every word of `text` (or, `exact`, the words in a row), best first. */
	search: (text: string, options?: ArchiveSearchOptions) => Promise<PagefindResponse>;
	/** Every filter value with its number of records. */
	filters: () => Promise<FilterCounts>;
}

const noResults = (): PagefindResponse => ({ results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} });

/** Where one shard of a language's index is, relative to the site root: `pagefind/<lang>/<shard>` (its `pagefind.js` inside). */
export const bundlePath = (language: string, shard: string) => `pagefind/${language}/${shard}`;
/** The list of a language's shards, newest first, read before they are opened (`{"shards":["2026","2025"]}`). */
export const shardListPath = (language: string) => `pagefind/${language}/shards.json`;
/** The bundle beside the shards that holds the words of each (integrations/search.ts writes it); no shard's name. */
export const WORD_LIST = 'words';

/**
 * An edition's index: its shards and their word list, merged into one Pagefind instance. Pagefind
 * searches each shard on its own, and a word a shard does not hold is dropped there (the records with
 * the other words come back: 亳州 in a shard without 亳 listed every 州) or replaced by the longest word
 * of that shard it starts with (perovskite by `per`); one index of the whole archive answers with none of
 * those records. So a query first searches the word list (one record per shard, every word of it once),
 * which applies Pagefind's rules to the words of all shards at once, and then only the shards it names.
 * An exact phrase needs no such step: a shard without one of its words has no hit.
 */
function archiveIndex(instance: PagefindInstance, shards: readonly string[]): ArchiveIndex {
	const everyShard = { any: [...shards] };
	return {
		filters: () => instance.filters(),
		async search(text, { exact = false, filters = {}, sort = {} } = {}) {
			const terms = searchTerms(text);
			if (terms.length === 0) return noResults();
			const query = pagefindQuery(terms, exact);
			let searched = everyShard;
			if (!exact) {
				const holding = await instance.search(query, { filters: { [WORD_LIST]: everyShard } });
				searched = { any: shards.filter((shard) => (holding.filters[WORD_LIST]?.[shard] ?? 0) > 0) };
				if (searched.any.length === 0) return noResults();
			}
			// The shard filter also keeps the word list's own records out.
			const response = await instance.search(query, { filters: { ...filters, shard: searched }, sort });
			const results = response.results.map((result) => ({
				...result,
				data: async () => {
					const fragment = await result.data();
					return { ...fragment, meta: readMeta(fragment.meta) };
				},
			}));
			return { ...response, results };
		},
	};
}

/** One loader per page: each edition's index is fetched and initialised once, on first use. */
export function bundleLoader(): (edition: string) => Promise<ArchiveIndex> {
	const bundles = new Map<string, Promise<ArchiveIndex>>();
	return (edition) => {
		let index = bundles.get(edition);
		if (!index) {
			index = (async () => {
				const list = `/${shardListPath(edition)}`;
				const response = await fetch(list);
				if (!response.ok) throw new Error(`search index of ${edition}: ${list} answered ${response.status}`);
				const { shards } = (await response.json()) as { shards: string[] };
				if (shards.length === 0) return { search: async () => noResults(), filters: async () => ({}) };
				const paths = [...shards, WORD_LIST].map((shard) => `/${bundlePath(edition, shard)}/`);
				const module = (await import(/* @vite-ignore */ `${paths[0]}pagefind.js`)) as {
					createInstance: (options: Record<string, unknown>) => PagefindInstance;
				};
				// Pagefind segments the query in the language of <html lang> at the moment the instance is created;
				// a Chinese index searched from the English page must still segment the query as Chinese.
				const html = document.documentElement;
				const pageLanguage = html.lang;
				html.lang = edition;
				let created: PagefindInstance;
				try {
					created = module.createInstance({ basePath: paths[0], baseUrl: '/' });
				} finally {
					html.lang = pageLanguage;
				}
				await created.init();
				for (const path of paths.slice(1)) await created.mergeIndex(path, { baseUrl: '/' });
				return archiveIndex(created, shards);
			})();
			bundles.set(edition, index);
		}
		return index;
	};
}
