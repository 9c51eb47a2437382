import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { ReportPressOptions } from '../options.ts';

export type SetupParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

const virtualId = 'virtual:report-press/config';

/**
 * What the pages need from the build: the archive title and which editions exist (a virtual
 * module), MDX for the about/colophon texts, and no inline scripts or stylesheets (the pages carry a
 * strict Content-Security-Policy).
 */
export function setupSite({ config, updateConfig }: Pick<SetupParams, 'config' | 'updateConfig'>, options: ReportPressOptions): void {
	const hasMdx = config.integrations.some((integration) => integration.name === '@astrojs/mdx');
	// The content folder, for pages that read its glossary (the English indicator names of the comparison pages and targets export).
	const contentDir = resolve(fileURLToPath(config.root), options.contentDir);
	const virtual = `export const title = ${JSON.stringify(options.title)}; export const pdf = ${options.pdf !== false}; export const search = ${options.search}; export const contentDir = ${JSON.stringify(contentDir)};`;
	updateConfig({
		...(hasMdx ? {} : { integrations: [mdx()] }),
		build: { inlineStylesheets: 'never' },
		vite: {
			build: { assetsInlineLimit: 0 },
			plugins: [
				{
					name: 'report-press:config',
					resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
					load: (id: string) => (id === `\0${virtualId}` ? virtual : undefined),
				},
			],
		},
	});
}
