import { z } from 'astro/zod';

/** Options of `reportPress()`. */
export const reportPressOptionsSchema = z
	.object({
		/** Folder (relative to the project root) holding `reports/` and the glossary. */
		contentDir: z.string().min(1).default('content'),
		/** Name of the archive, per reading language. */
		title: z
			.object({ 'zh-Hans': z.string().min(1), en: z.string().min(1) })
			.default({ 'zh-Hans': '政府工作报告档案', en: 'Government Work Reports Archive' }),
	})
	.strict();

export type ReportPressUserOptions = z.input<typeof reportPressOptionsSchema>;
export type ReportPressOptions = z.output<typeof reportPressOptionsSchema>;

/** Validate user options; a bad option throws an error that names it and says what is expected. */
export function parseOptions(input: unknown): ReportPressOptions {
	const result = reportPressOptionsSchema.safeParse(input ?? {});
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const name = issue.path.join('.') || '(options)';
		const message = issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.map((key) => `\`${key}\``).join(', ')}` : issue.message;
		return `  - \`${name}\`: ${message}`;
	});
	return failOptions(lines);
}

function failOptions(lines: string[]): never {
	throw new Error(`Invalid reportPress() options in astro.config.mjs:\n${lines.join('\n')}\nSee the README section "Using the integration" for every option.`);
}
