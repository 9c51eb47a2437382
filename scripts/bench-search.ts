/**
 * Search payload benchmark: bytes transferred (Playwright network log, HTTP body + headers as sent
 * over the wire) to open the search page, for the first search, and for later searches, per language
 * edition. A benchmark, not a test: it prints numbers and writes nothing.
 *
 *   node scripts/bench-search.ts            builds the site (print edition off) into a temp folder
 *   node scripts/bench-search.ts <outDir>   uses an existing build (e.g. dist)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { buildSite } from '../tests/search/build-site.ts';

const given = process.argv[2];
const outDir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'report-press-bench-search-'));
if (!given) {
	console.log(`building the site into ${outDir} …`);
	buildSite(outDir);
}

const server = await serveStatic(outDir);
const browser = await launchChromium();

interface Transfer {
	url: string;
	bytes: number;
}

/** Collect every finished request (the page's and its search worker's) until `stop()` is called. */
function record(page: Page): { stop: () => Promise<Transfer[]> } {
	const pending: Promise<Transfer>[] = [];
	const onFinished = (request: Request) => {
		pending.push(request.sizes().then((sizes) => ({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
	};
	page.context().on('requestfinished', onFinished);
	return {
		stop: async () => {
			page.context().off('requestfinished', onFinished);
			return Promise.all(pending);
		},
	};
}

async function waitForQuery(page: Page, query: string): Promise<void> {
	await page.waitForFunction((q) => {
		const root = document.querySelector<HTMLElement>('[data-search-page]');
		return root?.dataset.state === 'done' && root.dataset.query === q;
	}, query);
	// Let fragment requests started for the visible results finish.
	await page.waitForLoadState('networkidle');
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (list: Transfer[]) => list.reduce((total, item) => total + item.bytes, 0);
const byKind = (list: Transfer[]) => {
	const kinds = new Map<string, number>();
	for (const item of list) {
		const kind = /\/pagefind\//.test(item.url) ? (item.url.match(/\.(pf_\w+|pagefind|js|json)$/)?.[1] ?? 'other') : 'page';
		kinds.set(kind, (kinds.get(kind) ?? 0) + item.bytes);
	}
	return [...kinds].map(([kind, bytes]) => `${kind} ${kib(bytes)}`).join(', ');
};

const scenarios: { edition: string; queries: string[] }[] = [
	{ edition: 'zh-Hans', queries: ['新能源汽车', '城中村改造', '枫桥经验'] },
	{ edition: 'zh-Hant', queries: ['城中村改造', '新能源汽車'] },
	{ edition: 'en', queries: ['new energy vehicles', 'urban village', 'Fengqiao'] },
];

try {
	for (const { edition, queries } of scenarios) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let recorder = record(page);
		await page.goto(`${server.url}/${edition}/search/`);
		await page.waitForSelector('[data-search-page][data-state="empty"]');
		await page.waitForLoadState('networkidle');
		let transfers = await recorder.stop();
		console.log(`\n${edition}: open the search page: ${kib(sum(transfers))} in ${transfers.length} requests (${byKind(transfers)})`);
		for (const [index, query] of queries.entries()) {
			recorder = record(page);
			await page.fill('[data-search-input]', query);
			await page.press('[data-search-input]', 'Enter');
			await waitForQuery(page, query);
			transfers = await recorder.stop();
			const label = index === 0 ? 'first search' : 'later search';
			console.log(`${edition}: ${label} "${query}": ${kib(sum(transfers))} in ${transfers.length} requests (${byKind(transfers) || 'nothing'})`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
	if (!given) rmSync(outDir, { recursive: true, force: true });
}
