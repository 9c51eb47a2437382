/**
 * robots.txt: the archive is public, so everything may be crawled. `Sitemap:` must be an absolute URL,
 * and sitemap.xml is written only when the site URL is configured (plugins/integrations/publish.ts),
 * so without a site URL the line is left out rather than pointing at a guessed host.
 */
export function robotsTxt(site: URL | undefined): string {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL('/sitemap.xml', site).href}`);
	return `${lines.join('\n')}\n`;
}
