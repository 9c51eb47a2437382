/**
 * One language edition's search index in the browser, shared by the search page (search-page.ts) and
 * the term page (term-page.ts). The index is sharded (a Pagefind bundle per year:
 * `/pagefind/<lang>/<shard>/`, listed newest first in `/pagefind/<lang>/shards.json`); the newest shard
 * is opened and the others merged into it with Pagefind's `mergeIndex`, which shares one WebAssembly
 * module among them. Queries go to Pagefind as index-terms.ts makes them. Only the parts of Pagefind's
 * JS API these pages use are typed.
 */
import { pagefindQuery, searchTerms } from './index-terms.ts';

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

/** A shard value no record has: a search filtered by it returns no results, but still counts its words in `totalFilters`. */
const NO_SHARD = '\u0000';

const noResults = (): PagefindResponse => ({ results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} });

/**
 * The shards in which every one of `terms` occurs. Pagefind searches each shard on its own and drops a
 * word that shard does not hold, answering with the records that hold the other words (亳州 in a shard
 * without 亳 would list every 州); a single index of the whole archive would return none of them. So a
 * query of several words searches only the shards that hold them all: one count per word, without results.
 */
async function shardsHoldingAll(instance: PagefindInstance, terms: readonly string[]): Promise<string[]> {
	const counts = await Promise.all(terms.map((term) => instance.search(term, { filters: { shard: { any: [NO_SHARD] } } })));
	const shards = Object.keys(counts[0]?.totalFilters.shard ?? {});
	return shards.filter((shard) => counts.every((count) => (count.totalFilters.shard?.[shard] ?? 0) > 0));
}

function archiveIndex(instance: PagefindInstance): ArchiveIndex {
	return {
		filters: () => instance.filters(),
		async search(text, { exact = false, filters = {}, sort = {} } = {}) {
			const terms = searchTerms(text);
			if (terms.length === 0) return noResults();
			// An exact phrase is found only where all its words are, in a row: a shard without one of them has no hit.
			if (!exact && terms.length > 1) {
				const shards = await shardsHoldingAll(instance, terms);
				if (shards.length === 0) return noResults();
				filters = { ...filters, shard: { any: shards } };
			}
			return instance.search(pagefindQuery(terms, exact), { filters, sort });
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
				const response = await fetch(`/pagefind/${edition}/shards.json`);
				if (!response.ok) throw new Error(`search index of ${edition}: /pagefind/${edition}/shards.json answered ${response.status}`);
				const { shards } = (await response.json()) as { shards: string[] };
				if (shards.length === 0) return { search: async () => noResults(), filters: async () => ({}) };
				const paths = shards.map((shard) => `/pagefind/${edition}/${shard}/`);
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
				for (const path of paths.slice(1)) await created.mergeIndex(path);
				return archiveIndex(created);
			})();
			bundles.set(edition, index);
		}
		return index;
	};
}
