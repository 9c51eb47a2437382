/**
 * The print browser never reaches past the site it prints: Chromium itself refuses every other host (and
 * every other port of this machine), and a print page that asks for anything outside its site fails its
 * document with the address named, instead of printing without it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, serveSite } from '../../plugins/print/browser.ts';
import { renderDocument } from '../../plugins/print/render.ts';

const siteDir = mkdtempSync(join(tmpdir(), 'rp-offline-'));
let site: Awaited<ReturnType<typeof serveSite>>;
let bystander: ReturnType<typeof createServer>;
let bystanderHits = 0;
let bystanderOrigin = '';

beforeAll(async () => {
	// Another server on this machine, which a page of the printed site must not reach either.
	bystander = createServer((_, response) => {
		bystanderHits += 1;
		response.end('body { color: red }');
	});
	await new Promise<void>((resolve) => bystander.listen(0, '127.0.0.1', resolve));
	bystanderOrigin = `http://127.0.0.1:${(bystander.address() as AddressInfo).port}`;
	writeFileSync(
		join(siteDir, 'own.html'),
		'<!doctype html><html lang="en"><title>own</title><link rel="stylesheet" href="/own.css"><p>Only its own files.</p></html>',
	);
	writeFileSync(join(siteDir, 'own.css'), 'p { color: black }');
	writeFileSync(
		join(siteDir, 'foreign.html'),
		`<!doctype html><html lang="en"><title>foreign</title><link rel="stylesheet" href="${bystanderOrigin}/print.css"><img src="http://example.com/seal.png" alt=""><p>A page that reaches out.</p></html>`,
	);
	site = await serveSite(siteDir);
});

afterAll(async () => {
	await site?.close();
	await new Promise<void>((resolve) => bystander.close(() => resolve()));
	rmSync(siteDir, { recursive: true, force: true });
});

it('prints a page that loads only its own files, and fails one that asks for another host or port, naming what it asked for', async () => {
	const browser = await launchBrowser(site.origin);
	try {
		const context = await browser.newContext();
		const own = await renderDocument(context, `${site.origin}/own.html`, { timeoutMs: 60_000, plain: true });
		expect(own.loaded).toEqual(['/own.css', '/own.html']);
		expect(own.pdf.byteLength).toBeGreaterThan(0);

		const error = await renderDocument(context, `${site.origin}/foreign.html`, { timeoutMs: 60_000, plain: true }).then(
			() => undefined,
			(caught: Error) => caught.message,
		);
		expect(error).toContain(`${site.origin}/foreign.html asked for `);
		expect(error).toContain(`${bystanderOrigin}/print.css`);
		expect(error).toContain('http://example.com/seal.png');
		expect(error).toContain('a print page loads only files of its own site');
		// Refused by Chromium, not merely reported afterwards.
		expect(bystanderHits).toBe(0);
	} finally {
		await browser.close();
	}
});
