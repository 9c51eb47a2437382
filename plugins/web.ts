import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { ReportPressOptions } from './options.ts';

type SetupParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/** Absolute path of a route entrypoint in plugins/routes/ (for injectRoute). */
export const routes = (name: string) => fileURLToPath(new URL(`./routes/${name}`, import.meta.url));
const virtualId = 'virtual:report-press/config';

/**
 * The web edition: archive, reading pages, parallel view, about/colophon (MDX), plus what they need
 * from the build: the archive title (virtual module), where PDFs may be found, MDX support, and no
 * inline scripts or stylesheets (a strict CSP is planned).
 */
export function setupWebEdition({ config, injectRoute, updateConfig }: SetupParams, options: ReportPressOptions): void {
	const hasMdx = config.integrations.some((integration) => integration.name === '@astrojs/mdx');
	updateConfig({
		...(hasMdx ? {} : { integrations: [mdx()] }),
		build: { inlineStylesheets: 'never' },
		vite: {
			build: { assetsInlineLimit: 0 },
			plugins: [
				{
					name: 'report-press:config',
					resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
					load: (id: string) => (id === `\0${virtualId}` ? `export const title = ${JSON.stringify(options.title)}; export const pdf = ${options.pdf !== false};` : undefined),
				},
			],
		},
	});
	injectRoute({ pattern: '/', entrypoint: routes('home.astro') });
	injectRoute({ pattern: '/[lang]', entrypoint: routes('archive.astro') });
	injectRoute({ pattern: '/[lang]/[report]', entrypoint: routes('report.astro') });
	injectRoute({ pattern: '/[lang]/[report]/parallel', entrypoint: routes('parallel.astro') });
	// Text in MDX (routes/pages/<page>.<lang>.mdx), framed by these pages.
	injectRoute({ pattern: '/[lang]/about', entrypoint: routes('about.astro') });
	injectRoute({ pattern: '/[lang]/colophon', entrypoint: routes('colophon.astro') });
}
