import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { checkBuiltLinks } from '../checks/built-links.ts';
import { formatProblem } from '../shared/problem.ts';
import { headersFile } from '../site/csp.ts';

/**
 * The last step of a build (astro:build:done, after the PDFs): write `_headers` with the security
 * headers (unless the site ships its own), then check every internal link and anchor of the built
 * pages. A broken link fails the build, so scripts/build.ts keeps the previous dist/.
 */
export function finishBuild(options: { outDir: string; root: string; site?: string; logger: AstroIntegrationLogger }): void {
	const headers = join(options.outDir, '_headers');
	if (existsSync(headers))
		options.logger.warn(
			'_headers comes from the site (public/_headers); report-press did not write its security headers there. Copy them from plugins/security/csp.ts.',
		);
	else writeFileSync(headers, headersFile());
	// scripts/build.ts builds into .staging/dist-<pid>/ and swaps it into dist/: name pages as they will be published.
	const label = /[\\/]\.staging[\\/]dist-\d+[\\/]?$/.test(options.outDir) ? 'dist' : undefined;
	const problems = checkBuiltLinks(options.outDir, { label, site: options.site });
	if (problems.length === 0) return;
	for (const problem of problems) options.logger.error(formatProblem(problem));
	throw new Error(`report-press: ${problems.length} broken link(s) in the built pages; fix them (listed above) and build again.`);
}
