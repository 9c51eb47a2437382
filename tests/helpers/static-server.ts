import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** Serve a built site from `root` on 127.0.0.1 (random port), as a static host would: `/x/` → `/x/index.html`. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let path = normalize(join(root, pathname));
		if (path !== root && !path.startsWith(root + sep)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/` }).end();
				return;
			}
			path = join(path, 'index.html');
		}
		if (!existsSync(path)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
		createReadStream(path).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
