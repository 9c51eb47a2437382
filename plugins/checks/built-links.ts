import { existsSync, readFileSync, statSync } from 'node:fs';
import { sitePaths } from '../shared/files.ts';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../shared/problem.ts';

export interface BuiltLinkOptions {
	/** How messages name the output folder (default: its path relative to the working directory). */
	label?: string | undefined;
	/** The site's origin (astro `site`): absolute links to it are internal too. */
	site?: string | undefined;
}

/**
 * After the build: every internal `<a href>` of every built page must reach a built file, and its
 * `#anchor` an element with that id on the target page. No `href` or `src` anywhere may be a script
 * URL. Report text has no links (markup check), so these links come from templates and MDX pages;
 * the message names the built page, line, and link. Pure: reads `outDir`, returns problems.
 */
export function checkBuiltLinks(outDir: string, options: BuiltLinkOptions = {}): ContentProblem[] {
	const pages = listHtml(outDir);
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idsCache.get(file);
		if (!ids) {
			ids = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => decodeEntities(match[1]!)));
			idsCache.set(file, ids);
		}
		return ids;
	};
	const origin = options.site ? new URL(options.site).origin : undefined;
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const shown = `${options.label ?? (relative(process.cwd(), outDir) || '.')}/${relative(outDir, page).split(sep).join('/')}`;
		const pagePath =
			'/' +
			relative(outDir, page)
				.split(sep)
				.join('/')
				.replace(/(^|\/)index\.html$/, '$1');
		const lineAt = (index: number) => html.slice(0, index).split('\n').length;
		for (const match of html.matchAll(/\s(href|src|action|formaction)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
			const value = decodeEntities(match[3] ?? match[4] ?? '');
			if (/^\s*(?:javascript|vbscript):/i.test(value.replace(/[\u0000-\u001f]/g, ''))) {
				problems.push({
					file: shown,
					line: lineAt(match.index),
					ruleId: 'script-url',
					message: `${match[1]}=${JSON.stringify(value)} is a script URL; links never run code. Remove it from the page's source.`,
				});
			}
		}
		for (const match of html.matchAll(/<a\s[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
			const href = decodeEntities(match[2] ?? match[3] ?? '');
			if (href === '' || /^(?:mailto|tel|javascript|vbscript|data):/i.test(href) || href === '#' || /^#top$/i.test(href)) continue;
			let url: URL;
			try {
				url = new URL(href, `http://site.invalid${pagePath}`);
			} catch {
				problems.push({
					file: shown,
					line: lineAt(match.index),
					ruleId: 'broken-link',
					message: `Link ${JSON.stringify(href)} is not a valid URL. Fix it in the page's source.`,
				});
				continue;
			}
			if (url.origin !== 'http://site.invalid' && url.origin !== origin) continue; // external
			const target = resolveTarget(outDir, decodeURIComponent(url.pathname));
			if (!target) {
				problems.push({
					file: shown,
					line: lineAt(match.index),
					ruleId: 'broken-link',
					message: `Link ${JSON.stringify(href)} points to ${url.pathname}, which the build did not produce. Fix the link in the page's source (template or MDX page), or build the page it names.`,
				});
				continue;
			}
			const fragment = url.hash.slice(1);
			if (fragment && !/^top$/i.test(fragment) && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
				problems.push({
					file: shown,
					line: lineAt(match.index),
					ruleId: 'broken-anchor',
					message: `Link ${JSON.stringify(href)}: ${url.pathname} has no element with id "${decodeURIComponent(fragment)}". Link to an id the page has (paragraph ids look like p2-s1-3).`,
				});
			}
		}
	}
	return problems;
}

function resolveTarget(outDir: string, pathname: string): string | undefined {
	const base = join(outDir, pathname);
	if (!base.startsWith(outDir)) return undefined;
	const candidates = pathname.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const listHtml = (dir: string): string[] =>
	sitePaths(dir)
		.filter((path) => path.endsWith('.html'))
		.map((path) => join(dir, path));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#34': '"' };
const decodeEntities = (value: string) =>
	value.replace(
		/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
		(whole, name: string) =>
			ENTITIES[name.toLowerCase()] ??
			(name.startsWith('#x') || name.startsWith('#X')
				? String.fromCodePoint(parseInt(name.slice(2), 16))
				: name.startsWith('#')
					? String.fromCodePoint(Number(name.slice(1)))
					: whole),
	);
