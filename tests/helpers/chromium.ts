import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../plugins/print/browser.ts';

/** Debian's Chromium (or REPORT_PRESS_CHROMIUM), headless, launched as the print step launches it. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}
