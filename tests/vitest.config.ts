import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/**/*.test.ts'],
		exclude: ['**/node_modules/**', 'tests/fixtures/**'],
		testTimeout: 30_000,
		hookTimeout: 300_000,
	},
});
