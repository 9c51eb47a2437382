import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import reportPress from '../../plugins/index.ts';

// The main site as astro.config.mjs builds it, minus the print edition (PDFs take minutes and search does
// not need them): used by tests/search and scripts/bench-search.ts with `astro build --config`.
export default defineConfig({
	root: new URL('../../', import.meta.url).pathname,
	site: process.env.REPORT_PRESS_SITE || undefined,
	outDir: process.env.REPORT_PRESS_OUT_DIR ?? 'dist',
	integrations: [mdx(), reportPress({ pdf: false })],
});
