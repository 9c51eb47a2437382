/**
 * Reading what the search and term pages show, in a real browser, for the browser tests of tests/search.
 */
import type { Page } from 'playwright-core';

export interface TermPageCounts {
	/** Paragraphs per report, as the page lists them. */
	counts: Record<string, number>;
	total: number;
	elapsed: number;
	/** Records Pagefind returned that the page checked for the phrase. */
	candidates: number;
}

/** Open the term page of `site` for `query` and wait until it has counted exactly that query. */
export async function termPageCounts(page: Page, site: string, lang: string, query: string, edition?: string): Promise<TermPageCounts> {
	await page.goto(`${site}/${lang}/terms/?${new URLSearchParams(edition ? { q: query, edition } : { q: query })}`);
	await page.waitForFunction((q) => {
		const root = document.querySelector<HTMLElement>('[data-term-page]');
		return root?.dataset.state === 'done' && root.dataset.query === q;
	}, query);
	const counts = Object.fromEntries(
		await page.$$eval('.term-report', (items) =>
			items.map((item) => [(item as HTMLElement).dataset.report!, Number((item as HTMLElement).dataset.count)] as const),
		),
	);
	const data = await page.$eval('[data-term-page]', (root) => ({ ...(root as HTMLElement).dataset }));
	return { counts, total: Number(data.total), elapsed: Number(data.elapsed), candidates: Number(data.candidates) };
}

/** Type a query into the open search page and wait until the page reports the results of exactly that query. */
export async function typeQuery(page: Page, query: string): Promise<void> {
	await page.fill('[data-search-input]', query);
	await page.press('[data-search-input]', 'Enter');
	await page.waitForFunction((q) => {
		const root = document.querySelector<HTMLElement>('[data-search-page]');
		return root?.dataset.state === 'done' && root.dataset.query === q;
	}, query);
}

/**
 * Search `site` for `query` on its search page (in `edition`, over the whole archive) and read every hit
 * it lists, pressing "more" until none is left: `<report>#<id>` in the page's order, exact-phrase hits marked.
 */
export async function searchPageHits(page: Page, site: string, edition: string, query: string): Promise<{ count: number; hits: string[]; exact: string[] }> {
	// Typed into the page when it is open already: Pagefind's script and index stay loaded, as for a reader.
	if (!page.url().startsWith(`${site}/${edition}/search/`)) {
		await page.goto(`${site}/${edition}/search/`);
		await page.waitForSelector('[data-search-page][data-state="empty"]');
	}
	await typeQuery(page, query);
	const count = Number(await page.getAttribute('[data-search-page]', 'data-count'));
	while (await page.isVisible('[data-search-more]')) {
		const shown = await page.locator('.search-hit').count();
		await page.click('[data-search-more]');
		await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n, shown);
	}
	const hits = await page.$$eval('.search-hit', (items) =>
		items.map((item) => ({
			key: `${(item as HTMLElement).dataset.report}#${(item as HTMLElement).dataset.id}`,
			exact: 'exact' in (item as HTMLElement).dataset,
		})),
	);
	return { count, hits: hits.map((hit) => hit.key), exact: hits.filter((hit) => hit.exact).map((hit) => hit.key) };
}

export interface SearchCase {
	edition: string;
	query: string;
}

/**
 * Search two builds of the same archive with the same queries on their search pages and compare what
 * they list: the same hits (as sets), the same exact-phrase hits. Returns the queries that differ, and how
 * many list their first ten hits in the same order (the order is each index's ranking, which counts
 * words per index).
 */
export async function compareSearches(page: Page, a: string, b: string, cases: readonly SearchCase[]): Promise<{ differ: string[]; sameOrder: number }> {
	const differ: string[] = [];
	let sameOrder = 0;
	const sorted = (keys: string[]) => [...keys].sort().join();
	for (const { edition, query } of cases) {
		const left = await searchPageHits(page, a, edition, query);
		const right = await searchPageHits(page, b, edition, query);
		if (left.count !== right.count || sorted(left.hits) !== sorted(right.hits) || sorted(left.exact) !== sorted(right.exact))
			differ.push(`[${edition}] ${query}: ${left.count} hits (${left.exact.length} exact) against ${right.count} (${right.exact.length} exact)`);
		if (left.hits.slice(0, 10).join() === right.hits.slice(0, 10).join()) sameOrder += 1;
	}
	return { differ, sameOrder };
}
