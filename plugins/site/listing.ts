/**
 * Progressive enhancement for the report listing (ReportList.astro): the full list is static HTML;
 * this shows the filter form, hides the entries that do not match year, level, province and text,
 * recounts the groups, and keeps the filter in the URL query (`?year=2026&level=province&province=jiangsu&q=…`)
 * so that a reload, a bookmark or a shared link opens the same selection.
 */

const fields = ['year', 'level', 'province', 'q'] as const;
type Field = (typeof fields)[number];
type Filter = Record<Field, string>;

/** Lowercase, no spaces: `Jiangsu Province` matches `jiangsu province` and `jiangsuprovince`. */
const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, '');

function readQuery(form: HTMLFormElement): Filter {
	const params = new URLSearchParams(location.search);
	const filter = {} as Filter;
	for (const name of fields) {
		const value = params.get(name) ?? '';
		const control = form.elements.namedItem(name);
		// A value the list does not offer (an old link) is dropped rather than hiding everything.
		if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === value)) filter[name] = '';
		else filter[name] = value;
	}
	return filter;
}

function readForm(form: HTMLFormElement): Filter {
	const data = new FormData(form);
	return Object.fromEntries(fields.map((name) => [name, String(data.get(name) ?? '').trim()])) as Filter;
}

function writeForm(form: HTMLFormElement, filter: Filter): void {
	for (const name of fields) {
		const control = form.elements.namedItem(name);
		if (control instanceof HTMLSelectElement || control instanceof HTMLInputElement) control.value = filter[name];
	}
}

function writeQuery(filter: Filter): void {
	const params = new URLSearchParams(location.search);
	for (const name of fields) {
		if (filter[name]) params.set(name, filter[name]);
		else params.delete(name);
	}
	const query = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	// Year, level and province slug mean the same in every language: the language switch keeps the selection.
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-link]')) {
		const url = new URL(link.href);
		url.search = query;
		link.href = url.href;
	}
}

function apply(listing: HTMLElement, filter: Filter): void {
	const text = normalize(filter.q);
	const entries = [...listing.querySelectorAll<HTMLElement>('[data-entry]')];
	let shown = 0;
	for (const entry of entries) {
		const match =
			(!filter.year || entry.dataset.year === filter.year) &&
			(!filter.level || entry.dataset.level === filter.level) &&
			(!filter.province || entry.dataset.province === filter.province) &&
			(!text || normalize(entry.dataset.text ?? '').includes(text));
		entry.hidden = !match;
		if (match) shown += 1;
	}
	// Innermost groups first, so that a year counts what its levels still show.
	for (const group of [...listing.querySelectorAll<HTMLElement>('[data-group]')].reverse()) {
		const visible = group.querySelectorAll('[data-entry]:not([hidden])').length;
		group.hidden = visible === 0;
		const count = group.querySelector(':scope > :is(h2, h3, h4, h5, h6) [data-count]');
		if (count) count.textContent = String(visible);
	}
	const strings = JSON.parse(listing.dataset.strings ?? '{}') as { shown?: string };
	const status = listing.querySelector<HTMLElement>('[data-listing-status]');
	const active = fields.some((name) => filter[name]);
	if (status) status.textContent = active ? (strings.shown ?? '').replace('{shown}', String(shown)).replace('{total}', String(entries.length)) : '';
	const empty = listing.querySelector<HTMLElement>('[data-listing-empty]');
	if (empty) empty.hidden = shown > 0;
}

function setup(listing: HTMLElement): void {
	const form = listing.querySelector<HTMLFormElement>('[data-listing-filter]');
	if (!form) return;
	form.hidden = false;
	const initial = readQuery(form);
	writeForm(form, initial);
	apply(listing, initial);
	writeQuery(initial);
	const update = () => {
		const filter = readForm(form);
		apply(listing, filter);
		writeQuery(filter);
	};
	form.addEventListener('input', update);
	form.addEventListener('change', update);
	// Enter in the text box must not reload the page: the filter already applies as one types.
	form.addEventListener('submit', (event) => event.preventDefault());
	// Reset clears the controls after this event; read them once it has.
	form.addEventListener('reset', () => setTimeout(update));
}

for (const listing of document.querySelectorAll<HTMLElement>('[data-listing]')) setup(listing);
