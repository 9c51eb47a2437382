/**
 * The Content-Security-Policy of the web edition. Every page serves only its own files: scripts and
 * styles are bundled files (build.inlineStylesheets: 'never', assetsInlineLimit 0), no inline
 * <script>, no style="" attributes, no on* handlers (tests/reliability/csp.test.ts checks the built
 * pages and opens them in Chromium). 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run;
 * it allows compiling WebAssembly only, never eval of JavaScript.
 */
export const cspDirectives: readonly string[] = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"frame-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** The policy as a `<meta http-equiv>` carries it (frame-ancestors is ignored in meta, so it is header-only). */
export const cspMetaContent = cspDirectives.join('; ');

/** The policy as an HTTP header. */
export const cspHeader = [...cspDirectives, "frame-ancestors 'none'"].join('; ');

/** Headers for every page, as hosts that read a `_headers` file (Netlify, Cloudflare Pages) expect them. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'Content-Security-Policy': cspHeader,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export function headersFile(): string {
	return `# Written by report-press at build time (plugins/security/csp.ts).\n/*\n${Object.entries(securityHeaders)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}
