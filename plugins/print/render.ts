/**
 * Paginate one print page with Paged.js in headless Chromium and print it to PDF.
 *
 * Text safety: Paged.js 0.4.3 can duplicate or drop lines of a paragraph that runs over more than two
 * pages. Before Paged.js runs, every paragraph taller than one page (22 grid lines) is split, at line
 * boundaries measured in the browser at the type-area width, into fragments of at most 20 lines; a
 * fragment can therefore never span more than two pages. The first fragment keeps the paragraph id and
 * first-line indent; continuations carry `data-continues="<id>"`, no indent, and the line before a
 * split is justified, so the page shows one unbroken paragraph. `verify.ts` then proves on the PDF
 * itself that every paragraph's text is there exactly once and in order.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** Paged.js polyfill bundle shipped in the npm package (0.4.3). */
export const pagedPolyfillPath = join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
/** The site path serveSite (browser.ts) serves the polyfill at; the print cache keys it by its bytes, not as a site file. */
export const pagedScriptPath = '/__report-press/paged.polyfill.js';

/** Text the PDF must hold: one entry per `[data-text-id]` element, in reading order. */
export interface ExpectedBlock {
	id: string;
	text: string;
}

export interface DocumentMeta {
	title: string;
	author: string;
	subject: string;
	keywords: string;
	language: string;
	report: string;
	edition: string;
	delivered: string;
	/** 1-based PDF page that prints the folio `— 1 —`: where the page labels (page-labels.ts) start counting 1, 2, 3. */
	firstBodyPage: number;
}

export interface RenderResult {
	pdf: Uint8Array;
	pages: number;
	expected: ExpectedBlock[];
	meta: DocumentMeta;
	/** Long paragraphs split into fragments before pagination. */
	splitParagraphs: number;
	/** 1-based PDF page index of the first body block. */
	firstBodyPage: number;
	/** The most pages any paragraph (or fragment) runs over; the split guarantees at most 2, where Paged.js 0.4.3 is safe. */
	maxPagesPerParagraph: number;
	/** Parts and sections: id, PDF page index, and the number the TOC prints for them. */
	headings: { id: string; pageIndex: number; tocNumber: string }[];
	seconds: number;
	/** Seconds per step (load, prepare, paged-script, paginate, layout, pdf): the profile `scripts/bench-pdf.ts` prints. */
	phases: Record<string, number>;
	/** Same-origin paths the page requested: the print cache proves its key covered every one (plugins/print/cache.ts). */
	loaded: string[];
}

export interface RenderOptions {
	/** Milliseconds before the document is abandoned and the build fails. */
	timeoutMs: number;
	/** Without Paged.js and without the split pass: Chromium's own printing of the same HTML, the yardstick of scripts/bench-pdf.ts. */
	plain?: boolean;
	/** Profiling only (scripts/bench-pdf.ts --cpu-profile): called with the page once it is open, and before it is closed. */
	inspect?: { opened(page: Page): Promise<void>; closing(page: Page): Promise<void> };
	/** Split paragraphs taller than this many lines (default 22, one page). Experiments only: a larger value lets Paged.js meet long paragraphs. */
	splitAboveLines?: number;
}

/** Render the print page at `url` (e.g. `<origin>/print/2025-changzhou-tianning/zh-Hans/`). */
export async function renderDocument(context: BrowserContext, url: string, options: RenderOptions): Promise<RenderResult> {
	const started = performance.now();
	const page = await context.newPage();
	await options.inspect?.opened(page);
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(options.timeoutMs / 1000)} s rendering ${url}`)), options.timeoutMs);
	});
	try {
		return await Promise.race([work(page, url, options, started), timeout]);
	} finally {
		clearTimeout(timer);
		await options.inspect?.closing(page).catch(() => {});
		await page.close().catch(() => {});
	}
}

async function work(page: Page, url: string, options: RenderOptions, started: number): Promise<RenderResult> {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const origin = new URL(url).origin;
	const loaded = new Set<string>();
	const foreign = new Set<string>();
	page.on('request', (request) => {
		const requested = new URL(request.url());
		if (requested.protocol === 'data:' || requested.protocol === 'blob:') return;
		// Chromium refuses these (browser.ts, offlineArgs); a print page that asks for them is wrong, not merely unlucky.
		if (requested.origin !== origin) foreign.add(requested.href);
		// Paged.js itself is keyed by its bytes (cache.ts), not as a file of the site.
		else if (requested.pathname !== pagedScriptPath) loaded.add(decodeURIComponent(requested.pathname));
	});
	const phases: Record<string, number> = {};
	let mark = started;
	const phase = (name: string) => {
		const now = performance.now();
		phases[name] = (now - mark) / 1000;
		mark = now;
	};
	await page.goto(url, { waitUntil: 'load' });
	phase('load');
	// Plain printing (the benchmark's yardstick) is what Chromium does with the page by itself: load, fonts, print.
	const prepared = options.plain
		? await page.evaluate(plainMeta)
		: await page.evaluate(prepareInBrowser, { maxLines: options.splitAboveLines ?? 22, chunkLines: 20 });
	phase('prepare');
	let layout = { pages: 0, firstBodyPage: 1, headings: [] as RenderResult['headings'], maxPagesPerParagraph: 0 };
	if (!options.plain) {
		await page.evaluate(() => {
			// hyphenGlyph: Paged.js marks a word it breaks at a page end with U+2011, a glyph our faces lack.
			(window as unknown as { PagedConfig: object }).PagedConfig = { auto: false, settings: { hyphenGlyph: '-' } };
		});
		// From the site server (serveSite), not inlined: compiled once per browser instead of once per document.
		await page.addScriptTag({ url: new URL(pagedScriptPath, url).href });
		phase('paged-script');
		await page.evaluate(async () => {
			// Paged.js loads every declared face before it starts (hundreds of unicode-range subsets of each CJK
			// face); the faces this document uses are already loaded (prepareInBrowser), so skip that.
			const paged = (window as unknown as { Paged: { Chunker: { prototype: { loadFonts: () => Promise<unknown> } } } }).Paged;
			paged.Chunker.prototype.loadFonts = () => document.fonts.ready;
			// Paged.js finds the page break from character boxes, which Chromium reports one place late after a
			// hyphenated line end: the break would fall inside a word ("crea-" / "ted"). Move it back to the
			// word's soft hyphen (or its start). Text is only moved to the next page, never dropped (verify.ts proves it).
			const { Handler, registerHandlers } = (
				window as unknown as { Paged: { Handler: new (...args: unknown[]) => object; registerHandlers: (...handlers: unknown[]) => void } }
			).Paged;
			registerHandlers(
				class SoftHyphenBreaks extends Handler {
					onOverflow(overflow: Range | undefined) {
						if (!overflow || overflow.startContainer.nodeType !== Node.TEXT_NODE) return undefined;
						const data = (overflow.startContainer as Text).data;
						const letter = /[A-Za-z0-9]/;
						let offset = overflow.startOffset;
						if (!letter.test(data[offset] ?? '') || !/[A-Za-z0-9\u00AD]/.test(data[offset - 1] ?? '')) return undefined;
						while (offset > 0 && data[offset - 1] !== '\u00AD' && letter.test(data[offset - 1] ?? '')) offset -= 1;
						if (offset === 0 || offset === overflow.startOffset) return undefined;
						const moved = overflow.cloneRange();
						moved.setStart(overflow.startContainer, offset);
						return moved;
					}
				},
			);
			const polyfill = (window as unknown as { PagedPolyfill: { preview: () => Promise<unknown> } }).PagedPolyfill;
			await polyfill.preview();
			await document.fonts.ready;
		});
		phase('paginate');
		layout = await page.evaluate(collectLayout);
		// Folios: the first body page is page 1; `counter-set` changes the one page counter all later pages increment.
		await page.evaluate((first) => {
			const style = document.createElement('style');
			style.textContent = `.pagedjs_page:nth-of-type(${first}) { counter-reset: none; counter-set: page 1; counter-increment: none; }`;
			document.head.append(style);
		}, layout.firstBodyPage);
		phase('layout');
	}
	if (errors.length) throw new Error(`script error in ${url}: ${errors.join('; ')}`);
	if (foreign.size)
		throw new Error(
			`${url} asked for ${[...foreign].slice(0, 3).join(', ')}: a print page loads only files of its own site (the PDF must not depend on the network); make them part of the build`,
		);
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
	phase('pdf');
	return {
		pdf,
		pages: layout.pages,
		expected: prepared.expected,
		meta: { ...prepared.meta, firstBodyPage: layout.firstBodyPage },
		splitParagraphs: prepared.splits,
		firstBodyPage: layout.firstBodyPage,
		maxPagesPerParagraph: layout.maxPagesPerParagraph,
		headings: layout.headings,
		seconds: (performance.now() - started) / 1000,
		phases,
		loaded: [...loaded].sort(),
	};
}

/** Runs in the page for plain printing: wait for the faces the page uses, nothing else. */
async function plainMeta() {
	await document.fonts.ready;
	const meta = {
		title: document.title,
		author: '',
		subject: '',
		keywords: '',
		language: document.documentElement.lang,
		report: '',
		edition: '',
		delivered: '',
	};
	return { expected: [] as { id: string; text: string }[], meta, splits: 0 };
}

/** Runs in the page before Paged.js: record the expected text, load every face, split long paragraphs. */
async function prepareInBrowser({ maxLines, chunkLines }: { maxLines: number; chunkLines: number }) {
	const main = document.querySelector('main.report-text') as HTMLElement;
	const metaOf = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
	const meta = {
		title: document.title,
		author: metaOf('author'),
		subject: metaOf('description'),
		keywords: metaOf('keywords'),
		language: document.documentElement.lang,
		report: metaOf('report-press:report'),
		edition: metaOf('report-press:edition'),
		delivered: metaOf('report-press:delivered'),
	};
	const expected = [...main.querySelectorAll<HTMLElement>('[data-text-id]')].map((element) => ({
		id: element.dataset.textId ?? '',
		text: element.textContent ?? '',
	}));
	// Lay the body out at the type-area width, as Paged.js will, and load every face (and the glyphs of running heads and folios).
	const root = getComputedStyle(document.documentElement);
	main.style.width = root.getPropertyValue('--type-width').trim() || '156mm';
	void document.body.offsetHeight;
	const heads = [...document.querySelectorAll('.part, .cover-title, .cover-title-en')].map((element) => element.textContent).join('');
	// The edition's Song and Kai (print.css: Simplified or Traditional forms), the first family of each stack.
	const face = (variable: string, fallback: string) => root.getPropertyValue(variable).split(',')[0]?.trim() || fallback;
	await Promise.all([
		document.fonts.load(`14pt ${face('--song', '"Noto Serif SC"')}`, '— 0123456789'),
		document.fonts.load(`10.5pt ${face('--kai', '"LXGW WenKai"')}`, heads || '一'),
		document.fonts.load('10.5pt "Noto Serif"', heads || 'a'),
	]);
	await document.fonts.ready;

	let splits = 0;
	for (const paragraph of [...main.querySelectorAll<HTMLElement>(':scope > p')]) {
		const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
		if (!(lineHeight > 0) || paragraph.getBoundingClientRect().height / lineHeight <= maxLines + 0.5) continue;
		// Where each line starts: the first character whose box sits lower than the line before.
		const starts: { node: Text; offset: number }[] = [];
		const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		let lastTop = -Infinity;
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
			const text = node.data;
			for (let i = 0; i < text.length; i++) {
				const code = text.charCodeAt(i);
				const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
				range.setStart(node, i);
				range.setEnd(node, i + width);
				const rect = range.getClientRects()[0];
				if (rect && rect.width > 0 && rect.top > lastTop + lineHeight / 2) {
					starts.push({ node, offset: i });
					lastTop = rect.top;
				}
				i += width - 1;
			}
		}
		if (starts.length <= maxLines) continue;
		const count = Math.ceil(starts.length / chunkLines);
		const per = Math.ceil(starts.length / count);
		const cuts = [];
		for (let k = 1; k < count; k++) {
			const start = starts[k * per];
			if (!start) throw new Error(`paragraph ${paragraph.id}: no line start ${k * per} (of ${starts.length}) to split at`);
			const cut = { ...start };
			// After a hyphenated break Chromium reports character boxes one place late, so a measured line start can
			// fall inside a word. Move such a cut back to the word's last break opportunity (soft hyphen or space).
			const word = /[A-Za-z0-9\u00AD]/;
			if (word.test(cut.node.data[cut.offset] ?? '') && word.test(cut.node.data[cut.offset - 1] ?? '')) {
				let offset = cut.offset;
				while (offset > 0 && cut.node.data[offset - 1] !== '\u00AD' && /[A-Za-z0-9]/.test(cut.node.data[offset - 1] ?? '')) offset -= 1;
				if (offset > 0) cut.offset = offset;
			}
			cuts.push(cut);
		}
		const fragments: HTMLElement[] = [];
		for (const cut of cuts.reverse()) {
			const tail = document.createRange();
			tail.setStart(cut.node, cut.offset);
			tail.setEnd(paragraph, paragraph.childNodes.length);
			const continuation = document.createElement('p');
			continuation.className = paragraph.className;
			if (paragraph.lang) continuation.lang = paragraph.lang;
			continuation.dataset.continues = paragraph.id;
			continuation.append(tail.extractContents());
			paragraph.after(continuation);
			fragments.unshift(continuation);
		}
		for (const fragment of [paragraph, ...fragments.slice(0, -1)]) fragment.classList.add('split-before-continuation');
		splits += 1;
	}
	main.style.width = '';
	return { expected, meta, splits };
}

/** Runs in the page after Paged.js: page count, first body page, and for each heading its page and TOC number. */
function collectLayout() {
	const pages = [...document.querySelectorAll('.pagedjs_page')];
	const pageIndex = (element: Element | null) => (element ? pages.indexOf(element.closest('.pagedjs_page') as Element) + 1 : 0);
	const first = document.querySelector('.report-text [data-text-id]');
	const toc = new Map<string, string>();
	for (const number of document.querySelectorAll<HTMLElement>('.toc [data-target]')) {
		toc.set((number.dataset.target ?? '').slice(1), getComputedStyle(number, '::after').content.replace(/^"|"$/g, ''));
	}
	const headings = [...document.querySelectorAll<HTMLElement>('.report-text .part[id], .report-text .section[id]')]
		.filter((element) => !element.hasAttribute('data-split-from') && toc.has(element.id))
		.map((element) => ({ id: element.id, pageIndex: pageIndex(element), tocNumber: toc.get(element.id) ?? '' }));
	// Pages each paragraph (fragment) touches: Paged.js gives every piece of a split element the same data-ref.
	const spans = new Map<string, Set<number>>();
	for (const element of document.querySelectorAll<HTMLElement>(
		'.report-text > p[data-ref], .pagedjs_page_content p[data-text-id], .pagedjs_page_content p[data-continues]',
	)) {
		const ref = element.dataset.ref ?? '';
		if (!spans.has(ref)) spans.set(ref, new Set());
		spans.get(ref)!.add(pageIndex(element));
	}
	const maxPagesPerParagraph = Math.max(0, ...[...spans.values()].map((set) => set.size));
	return { pages: pages.length, firstBodyPage: pageIndex(first), headings, maxPagesPerParagraph };
}
