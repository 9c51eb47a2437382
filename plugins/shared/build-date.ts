/**
 * The one date a build may write into its output (PDF dates, the manifest, citation access dates
 * before the browser sets them), so that two builds of the same commit are byte-identical:
 * `SOURCE_DATE_EPOCH` (seconds, https://reproducible-builds.org/specs/source-date-epoch/) when set,
 * else the date of the last commit of the project, else undefined (not a git checkout: callers fall
 * back to a date from the content, e.g. the day the report was delivered).
 */
import { spawnSync } from 'node:child_process';

let cached: { cwd: string; epoch: number | undefined } | undefined;

/** Build epoch in seconds, or undefined when neither SOURCE_DATE_EPOCH nor a git commit is available. */
export function buildEpoch(cwd: string = process.cwd()): number | undefined {
	const fromEnv = process.env.SOURCE_DATE_EPOCH;
	if (fromEnv !== undefined && /^\d+$/.test(fromEnv.trim())) return Number(fromEnv.trim());
	if (cached?.cwd === cwd) return cached.epoch;
	const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8' });
	const out = git.status === 0 ? git.stdout.trim() : '';
	const epoch = /^\d+$/.test(out) ? Number(out) : undefined;
	cached = { cwd, epoch };
	return epoch;
}

/** The build epoch as a Date, or undefined (see buildEpoch). */
export function buildDate(cwd?: string): Date | undefined {
	const epoch = buildEpoch(cwd);
	return epoch === undefined ? undefined : new Date(epoch * 1000);
}
