import { citationEndpoint } from '../citation-records.ts';

/** `/api/reports/<report>.csl.json`: the report's citation records (plugins/publish/citation-export.ts). */
export const { getStaticPaths, GET } = citationEndpoint('csl.json');
