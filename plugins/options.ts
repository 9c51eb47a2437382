import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';

/** Settings of the print edition, with every default filled in. */
const pdfSettingsSchema = z
	.object({
		/** Also write `<report>-zh-Hans-print-shop.pdf`: 3 mm bleed, crop marks, TrimBox and BleedBox set. */
		printShop: z.boolean().default(false),
		/** Seconds one document may take to paginate and print before the build fails. */
		timeoutSeconds: z.number().positive().default(300),
		/** Documents rendered at once (default: one per CPU core, at most one per GiB of memory). */
		concurrency: z.number().int().positive().optional(),
	})
	.strict();

export type PdfSettings = z.output<typeof pdfSettingsSchema>;

/** Options of `reportPress()`. */
export const reportPressOptionsSchema = z
	.object({
		/** Folder (relative to the project root) holding `reports/` and the glossary. */
		contentDir: z.string().min(1).default('content'),
		/** Name of the archive, per reading language. */
		title: z.object({ 'zh-Hans': z.string().min(1), en: z.string().min(1) }).default({ 'zh-Hans': '政府工作报告档案', en: 'Government Work Reports Archive' }),
		/** Full-text search: Pagefind bundles per language and year at `/pagefind/<lang>/<year>/` (built at the end of the build) and the search page `/<lang>/search/`. */
		search: z.boolean().default(true),
		/**
		 * Print edition: print pages at `/print/<report>/<edition>/` (zh-Hans, en, bilingual) and, at the end of
		 * the build, PDFs rendered from them with Paged.js into `<outDir>/pdf/` (plus the A5 booklet).
		 * `false` turns the print edition off; `true` (default) renders with default settings; an object tunes it.
		 * Normalised here, so the rest of the code sees `false` or complete settings.
		 */
		pdf: z
			.union([z.boolean(), pdfSettingsSchema])
			.default(true)
			.transform((value): PdfSettings | false => (value === false ? false : value === true ? pdfSettingsSchema.parse({}) : value)),
	})
	.strict();

export type ReportPressUserOptions = z.input<typeof reportPressOptionsSchema>;
export type ReportPressOptions = z.output<typeof reportPressOptionsSchema>;

/** Validate user options; a bad option throws an AstroError that names it, says what is expected, and where to read more. */
export function parseOptions(input: unknown): ReportPressOptions {
	const result = reportPressOptionsSchema.safeParse(input ?? {});
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const name = issue.path.join('.') || '(options)';
		const message = issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.map((key) => `\`${key}\``).join(', ')}` : issue.message;
		return `  - \`${name}\`: ${message}`;
	});
	throw new AstroError(
		`Invalid reportPress() options in astro.config.mjs:\n${lines.join('\n')}`,
		'See the README section "Using the integration in another Astro site" for every option.',
	);
}
