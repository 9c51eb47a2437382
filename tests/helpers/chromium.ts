import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (or REPORT_PRESS_CHROMIUM), headless, with nothing that reaches the network on its own. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.REPORT_PRESS_CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
