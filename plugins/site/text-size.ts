/**
 * The reader's text size (字号): a scale of the report text, chosen with A− A A+ and kept in
 * localStorage across pages and visits. Declared once here; the render-blocking early script
 * (text-size-early.js, which applies the stored size before the first paint) and reader.ts read
 * the key and steps from the data attributes the layout writes from these constants.
 */
export const textSizeStorageKey = 'report-press:text-size';

/** The scales offered, smallest first; 1 is the default size. */
export const textSizeSteps: readonly number[] = [0.875, 1, 1.125, 1.25, 1.5];

/** The scale stored under the key, or 1 when nothing (or something not offered) is stored. */
export function storedTextSize(stored: string | null, steps: readonly number[] = textSizeSteps): number {
	const scale = Number(stored);
	return steps.includes(scale) ? scale : 1;
}

/** The next scale up (+1) or down (−1) from `scale`, held at the ends; 0 resets to the default. */
export function stepTextSize(scale: number, direction: -1 | 0 | 1, steps: readonly number[] = textSizeSteps): number {
	if (direction === 0) return 1;
	const index = Math.max(0, steps.indexOf(scale));
	return steps[Math.min(steps.length - 1, Math.max(0, index + direction))]!;
}
