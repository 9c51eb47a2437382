import { z } from 'astro/zod';
import { languages } from '../../shared/languages.ts';
import { regionCodeSchema } from './region.ts';

export { languages as editionLanguages, type Language as EditionLanguage } from '../../shared/languages.ts';

/**
 * Frontmatter of one language edition of one report (`content/reports/<report>/<language>.md`).
 * Fields in "the edition's language" are written in that edition's language; the rest are shared.
 */
export const reportSchema = z
	.object({
		/** Report id shared by all editions of one report: `<year>-<province>`, `<year>-<city>` or `<year>-<city>-<district>` in lowercase pinyin (reportId in plugins/content/regions.ts). */
		report: z
			.string()
			.regex(/^\d{4}(-[a-z]+)+$/, 'must look like 2025-changzhou-tianning (year, then lowercase pinyin place names)'),
		/** Language of this edition (BCP 47). */
		language: z.enum(languages),
		/** Document title in the edition's language, e.g. `政府工作报告`. */
		title: z.string().min(1),
		/** The page title the source carried, if any, kept so that nothing of the source is dropped. */
		headline: z.string().min(1).optional(),
		/** Where the government that reports sits: its GB/T 2260 code (`'320402'`), from which every name is derived. */
		region: regionCodeSchema,
		/** The year the report plans for (the year it is delivered in). */
		year: z.number().int().min(1949).max(2100),
		/** The session it was delivered at, in the edition's language. */
		meeting: z.string().min(1),
		/** Day the report was delivered (YAML date, `2025-01-04`). */
		delivered: z.coerce.date(),
		/** Who delivered it, in the edition's language. */
		speaker: z.object({
			/** Personal name. */
			name: z.string().min(1),
			/** Office(s) held, as the source states them. */
			role: z.string().min(1),
		}),
		/** Editorial state: draft (not published), final, or corrected after publication. */
		status: z.enum(['draft', 'final', 'corrected']),
		/** The raw text this edition's canonical original was imported from. */
		source: z.object({
			/** File name inside the report folder. */
			file: z.string().min(1),
			/** SHA-256 of that file, hex. */
			sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits (sha256sum of the file)'),
			/** Address of the page the copy was taken from, only where the copy records it (never guessed). */
			url: z.url({ protocol: /^https?$/, error: 'must be the http(s) address the copy was taken from' }).optional(),
			/** Who published the copy, as the copy names it (its `来源：湖南日报` line). */
			publisher: z.string().min(1).optional(),
			/** Day the copy was published, as the copy dates it (its `时间：2026-02-24` line). */
			published: z.coerce.date().optional(),
			/** Day the copy was received into the archive (imported). */
			retrieved: z.coerce.date().optional(),
		}),
		/**
		 * Day this edition's text last changed other than by a listed correction (a translation's last revision).
		 * The version date shown to readers is the latest of this, the corrections' dates and `source.retrieved`
		 * (plugins/site/provenance.ts).
		 */
		updated: z.coerce.date().optional(),
		/** For an edition converted by machine from another (zh-Hant from zh-Hans with OpenCC): its source edition. Never stored in files. */
		derivedFrom: z.enum(['zh-Hans']).optional(),
		/** For a translation: the language of the edition it translates. Absent on the original. */
		translationOf: z.enum(['zh-Hans']).optional(),
		/** For a translation: whether every paragraph is translated. A partial edition shows untranslated paragraphs in the original. */
		completeness: z.enum(['complete', 'partial']).optional(),
		/**
		 * Corrections made after publication, oldest first, in the edition's language. Required (at least one)
		 * when `status` is `corrected`; shown as a dated note on the reading page and in the feed. A correction
		 * changes text only: permalinks and paragraph ids stay as they were.
		 */
		corrections: z
			.array(
				z
					.object({
						/** Day the correction was published (YAML date, `2025-03-01`). */
						date: z.coerce.date(),
						/** What changed and why, e.g. `第二部分第3段：“48亿元”更正为“4.8亿元”（录入错误）。` */
						note: z.string().min(1),
					})
					.strict(),
			)
			.optional(),
	})
	.strict()
	.superRefine((data, ctx) => {
		const isTranslation = data.language !== 'zh-Hans';
		if (isTranslation && data.language === 'en' && !data.translationOf) {
			ctx.addIssue({ code: 'custom', path: ['translationOf'], message: 'a translation must say which edition it translates (translationOf: zh-Hans)' });
		}
		if (data.translationOf && !data.completeness) {
			ctx.addIssue({ code: 'custom', path: ['completeness'], message: 'a translation must say how complete it is (completeness: complete | partial)' });
		}
		if (data.status === 'corrected' && !data.corrections?.length) {
			ctx.addIssue({ code: 'custom', path: ['corrections'], message: 'a corrected report must list its corrections (corrections: [{ date: 2025-03-01, note: what changed and why }])' });
		}
		for (const [index, correction] of (data.corrections ?? []).entries()) {
			if (correction.date.getTime() < data.delivered.getTime()) {
				ctx.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: `a correction cannot predate the report (delivered ${data.delivered.toISOString().slice(0, 10)})` });
			}
		}
		if (data.delivered.getUTCFullYear() !== data.year) {
			ctx.addIssue({ code: 'custom', path: ['delivered'], message: `delivered date is in ${data.delivered.getUTCFullYear()}, but year is ${data.year}` });
		}
	});

export type ReportFrontmatter = z.infer<typeof reportSchema>;
