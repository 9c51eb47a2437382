import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { astroBuild } from './astro-build.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export const fixtureSite = new URL('../fixtures/site', import.meta.url).pathname;

export interface ServedFixture {
	/** `http://127.0.0.1:<port>` of the built site. */
	base: string;
	outDir: string;
	browser: Browser;
	/** Close the browser and the server, remove the content and the build. */
	close: () => Promise<void>;
}

/**
 * The fixture site (tests/fixtures/site) built from a content folder that `fill` writes, served on
 * localhost, with Chromium launched. The folder is made inside the site root, where Astro's content
 * layer needs it (it stores entries by paths relative to the root).
 */
export async function serveFixtureSite(name: string, fill: (content: string) => void): Promise<ServedFixture> {
	const content = mkdtempSync(join(fixtureSite, `.${name}-content-`));
	const outDir = mkdtempSync(join(tmpdir(), `rp-${name}-dist-`));
	const remove = () => {
		rmSync(content, { recursive: true, force: true });
		rmSync(outDir, { recursive: true, force: true });
	};
	try {
		fill(content);
		const build = astroBuild(fixtureSite, { FIXTURE_OUT_DIR: outDir, FIXTURE_CONTENT_DIR: content });
		expect(build.status, build.output).toBe(0);
	} catch (error) {
		remove();
		throw error;
	}
	const server = await serveStatic(outDir);
	const browser = await launchChromium();
	return {
		base: server.url,
		outDir,
		browser,
		close: async () => {
			await browser.close();
			await server.close();
			remove();
		},
	};
}
