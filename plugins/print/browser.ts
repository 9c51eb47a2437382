/** One headless Chromium (Debian's, or REPORT_PRESS_CHROMIUM) serving a built site from disk, without a server. */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// Paged.js is served like a site file, so the HTTP cache and V8's code cache keep it compiled from one document to the next.
import { pagedPolyfillPath, pagedScriptPath } from './render.ts';

/** Flags headless Chromium needs here (root, no GPU, closed network). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function chromiumPath(): string {
	return process.env.REPORT_PRESS_CHROMIUM || '/usr/bin/chromium';
}

/**
 * Flags that keep Chromium off the network while it prints the site served at `origin`: every request but
 * to that origin goes to a proxy that is not there (port 9) and no host name resolves, so it fails at once
 * (render.ts then fails the document). Chromium refuses these itself; Playwright's `route()` would stop
 * every request in Node to decide, a tenth of each document's time.
 */
export function offlineArgs(origin: string): string[] {
	const { hostname, port } = new URL(origin);
	return [
		'--proxy-server=http://127.0.0.1:9',
		`--proxy-bypass-list=<-loopback>;${hostname}:${port}`,
		`--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${hostname}`,
	];
}

/** A Chromium for printing the site served at `origin`, and nothing else (offlineArgs). */
export async function launchBrowser(origin: string): Promise<Browser> {
	const executablePath = chromiumPath();
	try {
		return await chromium.launch({ executablePath, args: [...chromiumArgs, ...offlineArgs(origin)], headless: true });
	} catch (error) {
		throw new Error(
			`could not start Chromium at ${executablePath} (${(error as Error).message.split('\n')[0]}); install Debian's chromium (scripts/env.sh does) or set REPORT_PRESS_CHROMIUM to a Chrome/Chromium binary.`,
		);
	}
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
};

/**
 * A static file server for the built site on 127.0.0.1 (ephemeral port), cacheable so fonts load once
 * per browser. Files are read once per server: a built site does not change while it is printed, and
 * dozens of documents ask for the same fonts.
 */
export async function serveSite(siteDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const bodies = new Map<string, Promise<{ path: string; body: Buffer }>>();
	const load = (pathname: string) => {
		let loaded = bodies.get(pathname);
		if (!loaded) {
			loaded = (async () => {
				if (pathname === pagedScriptPath) return { path: pagedPolyfillPath, body: await readFile(pagedPolyfillPath) };
				let path = join(siteDir, pathname);
				if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
				return { path, body: await readFile(path) };
			})();
			// A failed read (404) is not remembered.
			loaded.catch(() => bodies.delete(pathname));
			bodies.set(pathname, loaded);
		}
		return loaded;
	};
	const server = createServer(async (request, response) => {
		try {
			const pathname = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
			const { path, body } = await load(pathname);
			response.writeHead(200, {
				'content-type': types[extname(path)] ?? 'application/octet-stream',
				'cache-control': 'public, max-age=3600',
				'content-length': body.length,
			});
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
