import { citationEndpoint } from '../citation-records.ts';

/** `/api/reports/<report>.bib`: the report's citation records (plugins/publish/citation-export.ts). */
export const { getStaticPaths, GET } = citationEndpoint('bib');
