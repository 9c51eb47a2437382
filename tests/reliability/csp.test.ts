/**
 * Security headers and escaping, in a real build opened in Chromium: every page type carries the
 * Content-Security-Policy and violates none of it (no console CSP report, no securitypolicyviolation
 * event), no page has inline scripts, inline event handlers or style attributes, _headers is written,
 * and metadata and text with attribute-breaking quotes and markup-like characters are escaped.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader, cspMetaContent } from '../../plugins/site/csp.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { contentFor } from './corpus.ts';
import { buildScript, makeSite, removeSites } from './site.ts';

const report = '2024-testcity-demo';
// Quotes that would end an attribute, an ampersand, a would-be handler and markup-like text, where the checks allow them
// (straight quotes in metadata; English report text takes typographic quotes only: plugins/checks/english-quotes.ts).
const role = `District Mayor" onmouseover="alert(1)" data-x='y`;
const text = `Quoted “words” & ‘apostrophes’, a < b > c, and javascript:alert(1) as plain text.`;

describe('CSP and escaping in a built site, in Chromium', () => {
	let dist: string;
	let build: { status: number | null; output: string };
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let browser: Browser;
	const pages = [
		'/',
		'/en/',
		'/zh-Hans/',
		'/zh-Hant/',
		`/en/${report}/`,
		`/zh-Hans/${report}/`,
		`/zh-Hant/${report}/`,
		`/en/${report}/parallel/`,
		'/en/about/',
		'/zh-Hans/colophon/',
	];

	beforeAll(async () => {
		const root = contentFor({ name: 'escaping', dir: '/nonexistent', description: '', expected: [] });
		const en = join(root, 'content/reports', report, 'en.md');
		writeFileSync(
			en,
			readFileSync(en, 'utf8')
				.replace('role: District Mayor }', `role: ${JSON.stringify(role)} }`)
				.replace('We will launch a campaign for major projects.', `We will launch a campaign for major projects. ${text}`),
		);
		const site = makeSite(join(root, 'content'), 'rp-rel-csp-');
		build = buildScript(['--root', site]);
		dist = join(site, 'dist');
		server = await serveStatic(dist);
		browser = await launchChromium();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		removeSites();
	});

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('writes _headers with the policy (plus frame-ancestors) and other security headers', () => {
		const headers = readFileSync(join(dist, '_headers'), 'utf8');
		expect(headers).toContain(`/*\n  Content-Security-Policy: ${cspHeader}\n`);
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(cspHeader).toContain("frame-ancestors 'none'");
	});

	it('every page: the policy as first <meta> after charset; no inline script, event handler or style attribute', () => {
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (entry.isDirectory()) walk(join(dir, entry.name));
				else if (entry.name.endsWith('.html')) files.push(join(dir, entry.name));
			}
		};
		walk(dist);
		expect(files.length).toBeGreaterThanOrEqual(pages.length);
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const name = relative(dist, file);
			expect(html, name).toContain(`<meta http-equiv="content-security-policy" content="${cspMetaContent}">`);
			expect(html.indexOf('http-equiv="content-security-policy"'), name).toBeLessThan(html.search(/<(?:script|link|style)\b/));
			// Scripts are files; the only inline <script> allowed is a JSON-LD data block (not executed, not subject to script-src), which must not close early.
			for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
				if (/\ssrc="/.test(match[1]!)) continue;
				expect(match[1], name).toMatch(/type="application\/ld\+json"/);
				expect(() => JSON.parse(match[2]!), name).not.toThrow();
				expect(match[2], name).not.toMatch(/<\//);
			}
			expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi), name).toBeNull();
			expect(html.match(/<[a-z][^>]*\sstyle\s*=/gi), name).toBeNull();
			expect(html.match(/<style\b/gi), name).toBeNull();
		}
	});

	it('opens every page type with no CSP violation', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			(window as unknown as { __violations: string[] }).__violations = [];
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
			);
		});
		const problems: string[] = [];
		for (const path of pages) {
			const page = await context.newPage();
			page.on('console', (message) => {
				if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`${path}: console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
			const response = await page.goto(server.url + path, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			await page.waitForTimeout(150);
			for (const violation of await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)) problems.push(`${path}: ${violation}`);
			expect(await page.locator('[onmouseover], [onerror], [onclick]').count(), path).toBe(0);
			await page.close();
		}
		await context.close();
		expect(problems).toEqual([]);
	}, 180_000);

	it('the policy is enforced: an injected inline script is refused (the test can see a violation)', async () => {
		const page = await browser.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${server.url}/en/`, { waitUntil: 'load' });
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__inline = true;';
			document.head.append(script);
			await new Promise((resolve) => setTimeout(resolve, 50));
			return (window as unknown as { __inline?: boolean }).__inline === true;
		});
		expect(ran).toBe(false);
		expect(violations.length).toBeGreaterThan(0);
		await page.close();
	}, 60_000);

	it('escapes quotes and markup-like text in metadata and report text', async () => {
		const html = readFileSync(join(dist, 'en', report, 'index.html'), 'utf8');
		expect(html).not.toContain(role);
		const page = await browser.newPage();
		await page.goto(`${server.url}/en/${report}/`, { waitUntil: 'load' });
		const body = await page.locator('body').innerText();
		expect(body).toContain(text);
		expect(await page.locator('[onmouseover], [data-x]').count()).toBe(0);
		if (body.includes('District Mayor')) expect(body).toContain(role);
		await page.close();
	}, 60_000);
});
