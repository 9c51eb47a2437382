import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import reportPress from './plugins/index.ts';

export default defineConfig({
	// The one place the archive's address is set (README: "Where the archive is served"). Without it every
	// URL is root-relative, and what needs an absolute URL (sitemap.xml) is not written.
	site: process.env.REPORT_PRESS_SITE || undefined,
	// scripts/build.ts builds into a staging folder and swaps it in only on success.
	outDir: process.env.REPORT_PRESS_OUT_DIR ?? 'dist',
	integrations: [mdx(), reportPress()],
});
