/**
 * The filters of the search page, in the order the page shows them. Every search record carries a
 * value for each (plugins/search/records.ts); the page reads and writes them in the URL (`?year=2026&level=…`).
 */
export const filterKeys = ['year', 'level', 'province', 'region', 'part'] as const;
export type FilterKey = (typeof filterKeys)[number];
