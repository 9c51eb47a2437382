/**
 * The term page /<lang>/terms/?q=&edition=: a term across the archive, on the edition's search index
 * (every shard: pagefind-bundle.ts). Pagefind returns the records that hold the query's words; to count, every
 * result's fragment is loaded (in batches, with progress shown) and checked for the exact phrase
 * (term-counts.ts, on query.ts's matching). Counts per report, grouped by year, each report a
 * <details> with its keyword-in-context lines linked to the paragraphs (`?hl=` marks the term there).
 */
import { isHanTerm, searchTerms } from './index-terms.ts';
import { bundleLoader } from './pagefind-bundle.ts';
import { parseQuery } from './query.ts';
import { countTerm, type TermCounts, type TermRecord, type TermReport } from './term-counts.ts';

interface PageReport extends TermReport {
	editions: string[];
}

const editions = ['zh-Hans', 'zh-Hant', 'en'];
/**
 * Fragments loaded at a time. Each is one small request; a batch lets the status show progress and
 * a newer query stop an older one between batches. 100 was as fast as loading all at once (measured).
 */
const BATCH = 100;

const root = document.querySelector<HTMLElement>('[data-term-page]');
if (root) setup(root);

function setup(root: HTMLElement): void {
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
	const reports = JSON.parse(root.dataset.reports ?? '[]') as PageReport[];
	const pageLang = root.dataset.lang ?? document.documentElement.lang;
	const form = root.querySelector<HTMLFormElement>('[data-term-form]')!;
	const input = root.querySelector<HTMLInputElement>('[data-term-input]')!;
	const status = root.querySelector<HTMLElement>('[data-term-status]')!;
	const checked = root.querySelector<HTMLElement>('[data-term-checked]')!;
	const searchWrap = root.querySelector<HTMLElement>('[data-term-search-wrap]')!;
	const searchLink = root.querySelector<HTMLAnchorElement>('[data-term-search]')!;
	const years = root.querySelector<HTMLElement>('[data-term-years]')!;
	const originalWrap = root.querySelector<HTMLElement>('[data-term-original-wrap]')!;
	const originalLink = root.querySelector<HTMLAnchorElement>('[data-term-original]')!;
	const bundle = bundleLoader();
	let sequence = 0;

	// English counts take the singular after 1 ("1 paragraph", "1 of the 1 report"); Chinese has no plural.
	const singular = (text: string) => (pageLang === 'en' ? text.replace(/\b1 (paragraph|occurrence|report)s\b/g, '1 $1') : text);
	const format = (key: string, values: Record<string, string | number> = {}) =>
		singular((strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')));
	const numberFormat = new Intl.NumberFormat(pageLang);

	function readState(): { q: string; edition: string } {
		const params = new URLSearchParams(location.search);
		const edition = params.get('edition') ?? pageLang;
		return { q: params.get('q') ?? '', edition: editions.includes(edition) ? edition : pageLang };
	}

	function fillForm(state: { q: string; edition: string }): void {
		input.value = state.q;
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="edition"]')) radio.checked = radio.value === state.edition;
	}

	function urlFor(state: { q: string; edition: string }, path = location.pathname): string {
		const params = new URLSearchParams();
		if (state.q) params.set('q', state.q);
		if (state.edition !== pageLang) params.set('edition', state.edition);
		const query = params.toString();
		return `${path}${query ? `?${query}` : ''}`;
	}

	async function run(state: { q: string; edition: string }): Promise<void> {
		const mine = ++sequence;
		const started = performance.now();
		const query = parseQuery(state.q);
		years.replaceChildren();
		checked.hidden = true;
		originalWrap.hidden = true;
		searchWrap.hidden = !query.text;
		searchLink.href = urlFor({ q: query.text, edition: state.edition }, `/${pageLang}/search/`);
		if (!query.text) {
			status.textContent = strings.empty ?? '';
			root!.dataset.state = 'empty';
			root!.dataset.query = '';
			return;
		}
		root!.dataset.state = 'counting';
		status.textContent = strings.counting ?? '';
		const searched = reports.filter((report) => report.editions.includes(state.edition));
		let records: TermRecord[];
		try {
			const instance = await bundle(state.edition);
			// A phrase of Han characters is asked for as one (Pagefind's exact search returns only the records
			// with those characters in a row); other text as words anywhere in a record, which may stand
			// for longer words (`villag` for `villages`). Either way each record is then checked for the phrase.
			const response = await instance.search(query.text, { exact: searchTerms(query.text).every(isHanTerm) });
			if (mine !== sequence) return;
			records = [];
			for (let at = 0; at < response.results.length; at += BATCH) {
				status.textContent = format('progress', { done: at, n: response.results.length });
				const fragments = await Promise.all(response.results.slice(at, at + BATCH).map((result) => result.data()));
				if (mine !== sequence) return;
				for (const fragment of fragments) {
					records.push({
						report: fragment.meta.report ?? '',
						id: fragment.meta.id ?? '',
						kind: fragment.meta.kind ?? '',
						text: fragment.content,
						url: fragment.url,
					});
				}
			}
		} catch (error) {
			console.error(error);
			if (mine !== sequence) return;
			status.textContent = strings.failed ?? '';
			root!.dataset.state = 'failed';
			return;
		}
		const counts = countTerm(state.q, records, searched, state.edition === 'en' ? 45 : 20);
		const seconds = (performance.now() - started) / 1000;
		// No hits: the status says so; a list of every report as "not mentioned" would only repeat it.
		if (counts.paragraphs > 0) render(counts, state.edition);
		const values = {
			q: counts.phrase,
			reports: searched.length,
			with: counts.reportsWith,
			n: numberFormat.format(counts.paragraphs),
			k: numberFormat.format(counts.occurrences),
		};
		status.textContent = counts.paragraphs === 0 ? format('none', values) : format('total', values);
		const notSearched = reports.length - searched.length;
		checked.textContent = `${format('checked', { c: counts.candidates, n: counts.paragraphs, s: seconds.toFixed(2) })}${notSearched > 0 ? ` ${format(notSearched === 1 ? 'notSearchedOne' : 'notSearched', { n: notSearched })}` : ''}`;
		checked.hidden = false;
		// Nothing in a converted or translated edition, for a query with Chinese in it: it may be written as the original is (简体).
		if (counts.paragraphs === 0 && state.edition !== 'zh-Hans' && /\p{Script=Han}/u.test(query.text)) {
			originalLink.href = urlFor({ q: query.text, edition: 'zh-Hans' });
			originalLink.textContent = format('tryOriginal', { q: query.text });
			originalWrap.hidden = false;
		}
		root!.dataset.query = state.q;
		root!.dataset.edition = state.edition;
		root!.dataset.total = String(counts.paragraphs);
		root!.dataset.candidates = String(counts.candidates);
		root!.dataset.elapsed = String(Math.round(seconds * 1000));
		root!.dataset.state = 'done';
	}

	function render(counts: TermCounts, edition: string): void {
		const max = Math.max(1, ...counts.years.flatMap((year) => year.reports.map((report) => report.paragraphs.length)));
		const hl = counts.phrase;
		years.replaceChildren(
			...counts.years.map((year) => {
				const section = document.createElement('section');
				section.className = 'term-year';
				section.dataset.year = String(year.year);
				const heading = document.createElement('h3');
				heading.className = 'term-year__title';
				heading.textContent = format('year', { year: year.year });
				const line = document.createElement('span');
				line.className = 'term-year__line';
				line.textContent = format('yearLine', {
					reports: year.reports.length + year.without.length,
					with: year.reports.length,
					n: numberFormat.format(year.paragraphs),
				});
				heading.append(' ', line);
				section.append(heading);
				if (year.reports.length > 0) {
					const list = document.createElement('ol');
					list.className = 'term-reports';
					list.append(
						...year.reports.map((count) => {
							const item = document.createElement('li');
							item.className = 'term-report';
							item.dataset.report = count.report.report;
							item.dataset.count = String(count.paragraphs.length);
							const details = document.createElement('details');
							const summary = document.createElement('summary');
							summary.className = 'term-report__summary';
							const name = document.createElement('span');
							name.className = 'term-report__name';
							name.textContent = count.report.name;
							const bar = document.createElement('span');
							bar.className = 'term-report__bar';
							bar.setAttribute('aria-hidden', 'true');
							const fill = document.createElement('span');
							// CSSOM, not a style attribute: the CSP allows no inline styles, and this sets one number.
							fill.style.setProperty('--share', String(count.paragraphs.length / max));
							bar.append(fill);
							const number = document.createElement('span');
							number.className = 'term-report__count';
							number.textContent = count.paragraphs.length === 1 ? (strings.paragraphsOne ?? '') : format('paragraphs', { n: count.paragraphs.length });
							const occurrences = document.createElement('span');
							occurrences.className = 'term-report__occurrences';
							occurrences.textContent = count.occurrences > count.paragraphs.length ? format('occurrences', { k: count.occurrences }) : '';
							summary.append(name, bar, number, occurrences);
							const lines = document.createElement('ol');
							lines.className = 'term-kwic';
							lines.lang = edition;
							for (const paragraph of count.paragraphs) {
								for (const kwic of paragraph.lines) {
									const li = document.createElement('li');
									li.className = 'term-kwic__line';
									li.dataset.id = paragraph.id;
									const link = document.createElement('a');
									link.className = 'term-kwic__link';
									const url = new URL(paragraph.url, location.origin);
									url.searchParams.set('hl', hl);
									link.href = `${url.pathname}${url.search}${url.hash}`;
									const before = document.createElement('span');
									before.className = 'term-kwic__before';
									before.textContent = `${kwic.clippedBefore ? '…' : ''}${kwic.before}`;
									const mark = document.createElement('mark');
									mark.textContent = kwic.match;
									const after = document.createElement('span');
									after.className = 'term-kwic__after';
									after.textContent = `${kwic.after}${kwic.clippedAfter ? '…' : ''}`;
									link.append(before, mark, after);
									const id = document.createElement('span');
									id.className = 'term-kwic__id';
									id.textContent = `¶ ${paragraph.id}`;
									li.append(link, id);
									lines.append(li);
								}
							}
							const read = document.createElement('p');
							read.className = 'term-report__read';
							const readLink = document.createElement('a');
							readLink.href = `/${edition}/${count.report.report}/`;
							readLink.textContent = strings.readReport ?? '';
							read.append(readLink);
							details.append(summary, lines, read);
							item.append(details);
							return item;
						}),
					);
					section.append(list);
				}
				if (year.without.length > 0) {
					const without = document.createElement('p');
					without.className = 'term-year__without';
					without.textContent = `${strings.without ?? ''}${year.without.map((report) => report.name).join(pageLang === 'en' ? '; ' : '、')}`;
					section.append(without);
				}
				return section;
			}),
		);
	}

	const formState = () => {
		const data = new FormData(form);
		const edition = String(data.get('edition') ?? pageLang);
		return { q: String(data.get('q') ?? '').trim(), edition: editions.includes(edition) ? edition : pageLang };
	};

	// Each count is a page of its own in the history: back returns to the previous term.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const state = formState();
		history.pushState(null, '', urlFor(state));
		void run(state);
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).name !== 'edition') return;
		const state = formState();
		history.replaceState(null, '', urlFor(state));
		void run(state);
	});
	addEventListener('popstate', () => {
		const state = readState();
		fillForm(state);
		void run(state);
	});

	const initial = readState();
	fillForm(initial);
	void run(initial);
}
