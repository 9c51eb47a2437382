/**
 * The search page on Pagefind's JS API: one bundle per language edition (`/pagefind/<lang>/`), every
 * record a paragraph (or heading, or an edition's title page). Pagefind finds candidates; hits whose
 * paragraph contains the whole query come first (plugins/search/query.ts, rerank), quoted queries
 * keep exact hits only. State lives in the URL (?q=&edition=&year=&region=&part=&sort=), so results
 * can be linked and the page works from the plain GET form in the header.
 */
import { filterKeys, type FilterKey } from './filters.ts';
import { bundleLoader, type ArchiveIndex, type PagefindFilters, type PagefindFragment, type PagefindResult } from './pagefind-bundle.ts';
import { excerptHtml, highlightRanges, parseQuery, rerank, containsPhrase } from './query.ts';

interface Hit {
	rank: number;
	result: PagefindResult;
	content: string | undefined;
	fragment: PagefindFragment | undefined;
}

interface State {
	q: string;
	edition: string;
	sort: '' | 'date';
	filters: Record<FilterKey, string[]>;
}

const PAGE = 10;
/** How many of Pagefind's best hits are loaded and checked for the exact phrase before anything is shown. */
const RERANK_WINDOW = 30;
/** A quoted query shows exact hits only, so more candidates are checked. */
const QUOTED_WINDOW = 100;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setup(root);

function setup(root: HTMLElement): void {
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
	const pageLang = root.dataset.lang ?? document.documentElement.lang;
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const details = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
	let sequence = 0;
	let ordered: Hit[] = [];
	let shown = 0;
	let currentQuery = '';
	let currentEdition = '';
	let filtersFor = '';

	if (matchMedia('(max-width: 48rem)').matches) details.open = false;

	/** One Pagefind instance per edition bundle, loaded on first use. */
	const bundle = bundleLoader();

	function readState(): State {
		const params = new URLSearchParams(location.search);
		const edition = params.get('edition') ?? pageLang;
		return {
			q: params.get('q') ?? '',
			edition: ['zh-Hans', 'zh-Hant', 'en'].includes(edition) ? edition : pageLang,
			sort: params.get('sort') === 'date' ? 'date' : '',
			filters: Object.fromEntries(filterKeys.map((key) => [key, params.getAll(key)])) as State['filters'],
		};
	}

	function formState(): State {
		const data = new FormData(form);
		return {
			q: String(data.get('q') ?? ''),
			edition: String(data.get('edition') ?? pageLang),
			sort: data.get('sort') === 'date' ? 'date' : '',
			filters: Object.fromEntries(filterKeys.map((key) => [key, data.getAll(key).map(String)])) as State['filters'],
		};
	}

	function writeUrl(state: State): void {
		const params = new URLSearchParams();
		if (state.q) params.set('q', state.q);
		if (state.edition !== pageLang) params.set('edition', state.edition);
		for (const key of filterKeys) for (const value of state.filters[key]) params.append(key, value);
		if (state.sort) params.set('sort', state.sort);
		const query = params.toString();
		history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
		termsLink(state);
	}

	/** The link to the term page carries the query and edition, so "count across reports" counts what was searched. */
	function termsLink(state: State): void {
		const link = root!.querySelector<HTMLAnchorElement>('[data-search-terms]');
		if (!link) return;
		const params = new URLSearchParams();
		if (state.q) params.set('q', parseQuery(state.q).text);
		if (state.edition !== pageLang) params.set('edition', state.edition);
		const query = params.toString();
		link.href = `/${pageLang}/terms/${query ? `?${query}` : ''}`;
	}

	function fillForm(state: State): void {
		input.value = state.q;
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="edition"]')) radio.checked = radio.value === state.edition;
		form.querySelector<HTMLSelectElement>('[data-search-sort]')!.value = state.sort;
	}

	/** The filter checkboxes of an edition (values differ by language: region and part names are in it). */
	async function renderFilters(instance: ArchiveIndex, state: State): Promise<void> {
		const all = await instance.filters();
		for (const key of filterKeys) {
			const fieldset = root!.querySelector<HTMLFieldSetElement>(`[data-filter="${key}"]`)!;
			const options = fieldset.querySelector<HTMLElement>('[data-filter-options]')!;
			const values = Object.keys(all[key] ?? {}).sort((a, b) =>
				key === 'year' ? b.localeCompare(a) : key === 'level' ? levelRank(a) - levelRank(b) : a.localeCompare(b, state.edition, { numeric: true }),
			);
			options.replaceChildren(
				...values.map((value) => {
					const label = document.createElement('label');
					label.className = 'search-filter__option';
					const box = document.createElement('input');
					box.type = 'checkbox';
					box.name = key;
					box.value = value;
					box.checked = state.filters[key].includes(value);
					const text = document.createElement('span');
					text.textContent = value;
					text.lang = state.edition;
					const count = document.createElement('span');
					count.className = 'search-filter__count';
					count.dataset.count = '';
					label.append(box, ' ', text, ' ', count);
					return label;
				}),
			);
			fieldset.hidden = values.length === 0;
		}
		filtersFor = state.edition;
	}

	function updateCounts(counts: Record<string, Record<string, number>>): void {
		for (const key of filterKeys) {
			for (const label of root!.querySelectorAll<HTMLLabelElement>(`[data-filter="${key}"] label`)) {
				const value = label.querySelector('input')!.value;
				label.querySelector<HTMLElement>('[data-count]')!.textContent = `(${counts[key]?.[value] ?? 0})`;
			}
		}
	}

	// Levels sort top down (province, city, county), not by name: the page lists their names in that order per language.
	const levelOrder = (Object.values(JSON.parse(root!.dataset.levels ?? '{}')) as string[][]).flat();
	const levelRank = (name: string) => levelOrder.indexOf(name) % 3;

	const format = (key: string, values: Record<string, string | number>) =>
		(strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

	async function run(state: State): Promise<void> {
		const mine = ++sequence;
		const query = parseQuery(state.q);
		let instance: ArchiveIndex;
		try {
			instance = await bundle(state.edition);
			if (filtersFor !== state.edition) await renderFilters(instance, state);
		} catch (error) {
			console.error(error);
			status.textContent = strings.failed ?? '';
			return;
		}
		if (mine !== sequence) return;
		if (!query.text) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = strings.empty ?? '';
			root!.dataset.query = '';
			root!.dataset.state = 'empty';
			return;
		}
		status.textContent = strings.searching ?? '';
		root!.dataset.state = 'searching';
		const filters: PagefindFilters = {};
		for (const key of filterKeys) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
		const sort = state.sort === 'date' ? { date: 'desc' } : {};
		// A quoted query is one exact search. Otherwise the records with every word, and among them the
		// exact-phrase ones (a second, exact search) first, in Pagefind's order, before any is loaded.
		const [response, exact] = await Promise.all([
			instance.search(query.text, { filters, sort, exact: query.quoted }),
			query.quoted || state.sort === 'date' ? undefined : instance.search(query.text, { filters, exact: true }),
		]);
		if (mine !== sequence) return;
		const exactIds = new Set(exact?.results.map((result) => result.id));
		const results = exact
			? [...response.results.filter((result) => exactIds.has(result.id)), ...response.results.filter((result) => !exactIds.has(result.id))]
			: response.results;
		const hits: Hit[] = results.map((result, rank) => ({ rank, result, content: undefined, fragment: undefined }));
		const window = query.quoted ? QUOTED_WINDOW : state.sort === 'date' ? PAGE : RERANK_WINDOW;
		await load(hits.slice(0, window));
		if (mine !== sequence) return;
		ordered =
			state.sort === 'date'
				? query.quoted
					? hits.filter((hit) => hit.content !== undefined && containsPhrase(hit.content, query.phrase))
					: hits
				: rerank(hits, state.q);
		currentQuery = state.q;
		currentEdition = state.edition;
		updateCounts(response.filters);
		list.replaceChildren();
		shown = 0;
		await showMore(false);
		if (mine !== sequence) return;
		const total = ordered.length;
		status.textContent = total === 0 ? format('none', { q: query.text }) : total === 1 ? (strings.countOne ?? '') : format('count', { n: total });
		root!.dataset.count = String(total);
		root!.dataset.query = state.q;
		root!.dataset.sort = state.sort;
		root!.dataset.state = 'done';
	}

	async function load(hits: Hit[]): Promise<void> {
		await Promise.all(
			hits.map(async (hit) => {
				if (hit.fragment) return;
				hit.fragment = await hit.result.data();
				hit.content = hit.fragment.content;
			}),
		);
	}

	async function showMore(focus: boolean): Promise<void> {
		const next = ordered.slice(shown, shown + PAGE);
		await load(next);
		const items = next.map((hit) => renderHit(hit));
		list.append(...items);
		shown += next.length;
		more.hidden = shown >= ordered.length;
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	function renderHit(hit: Hit): HTMLLIElement {
		const fragment = hit.fragment!;
		const { meta } = fragment;
		const text = fragment.content;
		const exact = containsPhrase(text, parseQuery(currentQuery).phrase);
		const item = document.createElement('li');
		item.className = 'search-hit';
		item.dataset.id = meta.id ?? '';
		item.dataset.kind = meta.kind ?? '';
		item.dataset.report = meta.report ?? '';
		if (exact) item.dataset.exact = '';
		const link = document.createElement('a');
		link.className = 'search-hit__link';
		const url = new URL(fragment.url, location.origin);
		url.searchParams.set('hl', parseQuery(currentQuery).text);
		link.href = `${url.pathname}${url.search}${url.hash}`;
		link.textContent = meta.heading || url.pathname;
		link.lang = currentEdition;
		const context = document.createElement('p');
		context.className = 'search-hit__context';
		context.lang = currentEdition;
		context.textContent = meta.reportLine ?? '';
		if (meta.id) {
			const id = document.createElement('span');
			id.className = 'search-hit__id';
			id.textContent = ` · ¶ ${meta.id}`;
			context.append(id);
		}
		if (exact) {
			const badge = document.createElement('span');
			badge.className = 'search-hit__exact';
			badge.textContent = strings.exact ?? '';
			context.append(' ', badge);
		}
		const excerpt = document.createElement('p');
		excerpt.className = 'search-hit__excerpt';
		excerpt.lang = currentEdition;
		excerpt.innerHTML = excerptHtml(text, highlightRanges(text, currentQuery, currentEdition), currentEdition === 'en' ? 110 : 45);
		item.append(link, context, excerpt);
		return item;
	}

	let debounce: ReturnType<typeof setTimeout> | undefined;
	const update = (delay: number) => {
		clearTimeout(debounce);
		debounce = setTimeout(() => {
			const state = formState();
			writeUrl(state);
			void run(state);
		}, delay);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update(0);
	});
	input.addEventListener('input', () => update(300));
	form.addEventListener('change', (event) => {
		const target = event.target as HTMLInputElement;
		if (target === input) return;
		if (target.name === 'edition') {
			// Region and part names are in the edition's language; a year is a year in every edition.
			for (const box of form.querySelectorAll<HTMLInputElement>('input[name="level"], input[name="province"], input[name="region"], input[name="part"]'))
				box.checked = false;
		}
		update(0);
	});
	more.addEventListener('click', () => void showMore(true));

	const initial = readState();
	fillForm(initial);
	termsLink(initial);
	void run(initial);
}
