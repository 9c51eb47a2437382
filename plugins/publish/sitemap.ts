/**
 * sitemap.xml with language alternates (pure). Pages that exist in several languages share their
 * path after the language segment (`/zh-Hans/<report>/` ↔ `/en/<report>/`); each URL lists every
 * language version as `xhtml:link rel="alternate" hreflang`, itself included, plus `x-default`: the
 * language chooser `/` for the archive front pages, else the zh-Hans original (the authoritative text).
 */
export interface SitemapOptions {
	/** Absolute site URL (sitemaps require absolute URLs). */
	site: string | URL;
	/** Languages that open a path (`/zh-Hans/…`), in the order alternates are listed. */
	languages: readonly string[];
	/** Language whose version is x-default when there is no chooser page. */
	defaultLanguage: string;
	/** Paths left out (print sources, feeds): tested against the site path. */
	exclude?: (path: string) => boolean;
}

const escapeXml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');

export function sitemapXml(paths: readonly string[], options: SitemapOptions): string {
	const site = new URL(String(options.site));
	const url = (path: string) => new URL(path, site).href;
	const kept = paths.filter((path) => !options.exclude?.(path));
	const set = new Set(kept);
	const split = (path: string) => {
		const match = /^\/([^/]+)(\/.*)$/.exec(path);
		return match && options.languages.includes(match[1]!) ? { language: match[1]!, rest: match[2]! } : undefined;
	};
	const entries = kept.map((path) => {
		const parts = split(path);
		const lines = [`<url>`, `<loc>${escapeXml(url(path))}</loc>`];
		if (parts) {
			const versions = options.languages.map((language) => ({ language, path: `/${language}${parts.rest}` })).filter((version) => set.has(version.path));
			if (versions.length > 1) {
				for (const version of versions) lines.push(`<xhtml:link rel="alternate" hreflang="${version.language}" href="${escapeXml(url(version.path))}"/>`);
				const fallback = parts.rest === '/' && set.has('/') ? '/' : versions.find((version) => version.language === options.defaultLanguage)?.path;
				if (fallback) lines.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(url(fallback))}"/>`);
			}
		}
		lines.push('</url>');
		return lines.join('');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		'',
	].join('\n');
}
