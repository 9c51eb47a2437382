/** Archive publishing components for the web edition's pages and layout (one import line each). */
export { default as ArchiveHead } from './ArchiveHead.astro';
export { default as CorrectionsNote } from './CorrectionsNote.astro';
export { default as FiguresTable } from './FiguresTable.astro';
export { default as IntegrityNote } from './IntegrityNote.astro';
export { default as PdfChecksum } from './PdfChecksum.astro';
export { buildDate } from '../archive/build-date.ts';
