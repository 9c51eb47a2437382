/**
 * What the figures table on a reading page shows (pure): rows in the page language (zh-Hant pages
 * show the converted text; a row the translation lacks shows the original, marked with its
 * language), and the bars of the chart: every target and result stated in percent.
 */
import type { EditionLanguage } from '../content/schemas/report.ts';
import type { Bar } from './chart.ts';
import type { FigureRow, FiguresTable } from '../content/figures/targets.ts';

export interface ViewRow {
	kind: FigureRow['kind'];
	block: string;
	clause: string;
	figure?: string;
	/** Language the row's text is in (differs from the page when the translation lacks the row). */
	lang: EditionLanguage;
	value?: number;
	unit?: FigureRow['unit'];
}

export function viewRows(rows: readonly FigureRow[], lang: EditionLanguage): ViewRow[] {
	return rows.map((row) => {
		const shown = row.text[lang] ? lang : 'zh-Hans';
		const text = row.text[shown]!;
		return {
			kind: row.kind,
			block: row.block,
			clause: text.clause,
			...(text.figure ? { figure: text.figure } : {}),
			lang: shown,
			...(row.value !== undefined ? { value: row.value, unit: row.unit } : {}),
		};
	});
}

/** Bars of the chart: targets and results in percent, targets first. */
export function percentBars(table: FiguresTable, lang: EditionLanguage, href: (block: string) => string): Bar[] {
	return [...viewRows(table.targets, lang), ...viewRows(table.results, lang)]
		.filter((row) => row.unit === 'percent' && row.value !== undefined && row.figure)
		.map((row) => ({ label: row.clause, valueText: row.figure!, value: row.value!, series: row.kind, href: href(row.block) }));
}
