/**
 * Progressive enhancement for the comparison page: a column heading becomes a button that sorts the
 * regions by that indicator's target (low end; a range sorts by its low end, a target without a figure
 * last), and again the other way. Without script the table stays in GB/T 2260 order, which is also what
 * the region heading restores. The state is announced with `aria-sort`.
 */
function setupSorting(table: HTMLTableElement): void {
	const body = table.tBodies[0];
	const headings = [...(table.tHead?.rows[0]?.cells ?? [])];
	if (!body || headings.length === 0) return;
	const original = [...body.rows];
	const valueOf = (row: HTMLTableRowElement, column: number): number | undefined => {
		const low = row.cells[column]?.dataset.low;
		return low === undefined || low === '' ? undefined : Number(low);
	};
	for (const [column, heading] of headings.entries()) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'compare__sort';
		button.append(...heading.childNodes);
		heading.append(button);
		button.addEventListener('click', () => {
			const descending = heading.getAttribute('aria-sort') === 'ascending';
			for (const other of headings) other.removeAttribute('aria-sort');
			let rows = original;
			if (column > 0) {
				rows = [...original].sort((a, b) => {
					const x = valueOf(a, column);
					const y = valueOf(b, column);
					if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
					return descending ? y - x : x - y;
				});
			}
			heading.setAttribute('aria-sort', column === 0 || !descending ? 'ascending' : 'descending');
			body.append(...rows);
		});
	}
}

for (const table of document.querySelectorAll<HTMLTableElement>('[data-compare-table]')) setupSorting(table);
