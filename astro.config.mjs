import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import reportPress from './plugins/index.ts';

export default defineConfig({
	site: process.env.REPORT_PRESS_SITE ?? 'https://reports.example.org',
	// scripts/build.ts builds into a staging folder and swaps it in only on success.
	outDir: process.env.REPORT_PRESS_OUT_DIR ?? 'dist',
	integrations: [mdx(), reportPress()],
});
