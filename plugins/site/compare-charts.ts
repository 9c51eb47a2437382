/**
 * Progressive enhancement for the comparison page's charts. Without script every chart is in the page:
 * the stylesheet shows the first (GDP growth) and the one an in-page link targets (`#chart-cpi`), and
 * shows them all where `:has()` is unknown. With script, a labelled `<select>` replaces the links, shows
 * the chosen indicator's chart and hides the rest, and keeps the choice in the address
 * (`?indicator=cpi`), so a reload or a shared link opens the same chart.
 */
export const indicatorParam = 'indicator';

function setupCharts(root: HTMLElement): void {
	const charts = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
	if (charts.length < 2) return;
	const keyOf = (chart: HTMLElement) => chart.dataset.chart ?? '';
	const params = new URLSearchParams(location.search);
	// An address naming no chart of this page (an old link, a typo) opens the first, as without script.
	const fromHash = charts.find((chart) => `#${chart.id}` === location.hash);
	const initial = charts.find((chart) => keyOf(chart) === params.get(indicatorParam)) ?? fromHash ?? charts[0]!;

	const label = document.createElement('label');
	label.className = 'compare__pick';
	const select = document.createElement('select');
	select.id = `${root.id || 'compare-charts'}-select`;
	select.name = indicatorParam;
	label.htmlFor = select.id;
	label.textContent = root.dataset.selectLabel ?? 'Indicator';
	for (const chart of charts) {
		const option = document.createElement('option');
		option.value = keyOf(chart);
		option.textContent = chart.querySelector('h3')?.textContent?.trim() ?? option.value;
		select.append(option);
	}
	const wrapper = document.createElement('div');
	wrapper.className = 'compare__picker';
	wrapper.append(label, select);

	const show = (key: string) => {
		for (const chart of charts) chart.hidden = keyOf(chart) !== key;
		select.value = key;
		root.dataset.shown = key;
	};
	select.addEventListener('change', () => {
		show(select.value);
		const url = new URL(location.href);
		url.searchParams.set(indicatorParam, select.value);
		// The hash of a no-script link would contradict the choice on reload; the query now holds it.
		url.hash = '';
		history.replaceState(history.state, '', url);
	});

	const links = root.querySelector<HTMLElement>('[data-chart-links]');
	if (links) links.hidden = true;
	(links ?? charts[0]!).before(wrapper);
	// From here the stylesheet's :target rules step aside (they are scoped to :not([data-enhanced])).
	root.dataset.enhanced = '';
	show(keyOf(initial));
}

for (const root of document.querySelectorAll<HTMLElement>('[data-compare-charts]')) setupCharts(root);
