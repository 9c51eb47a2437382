import type { AstroIntegrationLogger } from 'astro';
import { checkContent } from '../checks/index.ts';
import { formatProblem } from '../shared/problem.ts';
import { displayPathOf } from '../content/editions.ts';

/**
 * Astro shows only thrown Markdown errors, so content checks run as their own step before anything
 * is built: every problem is logged with file and line, then the build stops.
 */
export function runContentChecks(options: { root: string; contentDir: string; logger: AstroIntegrationLogger }): void {
	const { problems } = checkContent({ root: options.root, contentDir: options.contentDir });
	if (problems.length === 0) return;
	for (const problem of problems) options.logger.error(formatProblem(problem));
	throw new Error(
		`report-press: ${problems.length} content problem(s) in ${displayPathOf(options.contentDir, options.root)}/; fix them (listed above) and build again.`,
	);
}
