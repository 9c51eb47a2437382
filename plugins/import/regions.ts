/** The importer's view of the region model (one import point, so the importer depends on one module). */
export { findRegion, regionByCode, regionChain, reportId, type Region } from '../content/regions.ts';
