/**
 * Which script a source is written in, detected from its own characters, never assumed. OpenCC's
 * Traditional→Simplified tables also rewrite some valid Simplified words (显著 → 显着), so the conversion
 * may only run on a source that really is Traditional: there it changes many characters, while
 * Simplified→Traditional changes few; a Simplified source shows the opposite.
 */
import { toSimplified, toTraditional, type Variant } from './damaged-copy/traditional.ts';

export interface ScriptEvidence {
	detected: 'simplified' | 'traditional';
	/** Han characters Traditional→Simplified would change */
	traditionalToSimplified: number;
	/** Han characters Simplified→Traditional would change */
	simplifiedToTraditional: number;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

function changedHan(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	if (x.length !== y.length) return Math.abs(x.length - y.length);
	let n = 0;
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && HAN.test(x[i]!)) n++;
	return n;
}

export function detectScript(text: string, variant: Variant = 'tw'): ScriptEvidence {
	const t2s = changedHan(text, toSimplified(text, variant));
	const s2t = changedHan(text, toTraditional(text, variant));
	// a tie (no Han text, or a handful of shared forms) is Simplified: the conversion then changes nothing
	return { detected: t2s > s2t ? 'traditional' : 'simplified', traditionalToSimplified: t2s, simplifiedToTraditional: s2t };
}
