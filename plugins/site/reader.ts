/**
 * Progressive enhancement for the reading pages. Everything works without it; it adds:
 * copy citation (with the full URL and the reader's access date), language switches that land on
 * the paragraph being read, the current section highlighted in the table of contents (following both
 * scrolling and jumps), a note shown in place when its reference (［25］) is followed, ¶ copying the
 * paragraph's link, each paragraph's toolbar as one Tab stop, the floating contents and back to top
 * on narrow screens, and the text size control.
 */
import { stepTextSize, storedTextSize, textSizeStorageKey } from './text-size.ts';

// Every addressable block: the reading page's parts, sections, paragraphs, annexes and notes, the parallel view's rows.
const blockSelector = '[data-report-body] [data-block], [data-report-body] [data-pair]';

/** Make citation URLs absolute and the access date today's, just before the citation is read or copied. */
function refreshCitation(root: Element): string {
	for (const url of root.querySelectorAll<HTMLElement>('[data-cite-url]')) {
		url.textContent = new URL(url.dataset.citeUrl ?? '', location.href).href;
	}
	const now = new Date();
	const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
	for (const time of root.querySelectorAll<HTMLTimeElement>('[data-cite-date]')) {
		time.dateTime = iso;
		time.textContent = time.dataset.citeDate === 'en' ? new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(now) : iso;
	}
	return (root.querySelector('[data-cite-text]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Copy `text`; where the Clipboard API is refused, select `fallbackNode` (left selected for the reader) or a scratch copy of the text, and copy that. */
async function copyText(text: string, fallbackNode?: Element): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		if (!fallbackNode) {
			const scratch = document.createElement('textarea');
			scratch.value = text;
			scratch.className = 'visually-hidden';
			document.body.append(scratch);
			scratch.select();
			const copied = document.execCommand('copy');
			scratch.remove();
			return copied;
		}
		const range = document.createRange();
		range.selectNodeContents(fallbackNode);
		const selection = getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		return document.execCommand('copy');
	}
}

function setupCitations(): void {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-cite]')) {
		const button = details.querySelector<HTMLButtonElement>('[data-cite-copy]');
		const status = details.querySelector<HTMLElement>('[data-cite-status]');
		if (!button || !status) continue;
		button.hidden = false;
		details.addEventListener('toggle', () => {
			if (details.open) refreshCitation(details);
		});
		button.addEventListener('click', async () => {
			const text = refreshCitation(details);
			const textNode = details.querySelector('[data-cite-text]') ?? details;
			const ok = await copyText(text, textNode);
			status.textContent = ok ? (button.dataset.copied ?? '') : (button.dataset.failed ?? '');
			button.dataset.state = ok ? 'copied' : 'failed';
		});
	}
}

/** Links that should land on the paragraph being read: language switch, parallel/reading view links. */
function fragmentLinks(): HTMLAnchorElement[] {
	return [...document.querySelectorAll<HTMLAnchorElement>('[data-lang-link], [data-keep-fragment]')];
}

function setFragment(id: string | undefined): void {
	for (const link of fragmentLinks()) {
		const url = new URL(link.href);
		url.hash = id ? `#${id}` : '';
		link.href = url.href;
	}
}

function setupLanguageFragments(): void {
	const body = document.querySelector('[data-report-body]');
	if (!body) return;
	const blocks = [...document.querySelectorAll<HTMLElement>(blockSelector)];
	const known = new Set(blocks.map((block) => block.id));
	const fromHash = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		if (known.has(id)) setFragment(id);
	};
	fromHash();
	addEventListener('hashchange', fromHash);
	// While scrolling, follow the first block whose top is in the upper part of the viewport.
	let pending = false;
	addEventListener(
		'scroll',
		() => {
			if (pending || document.readyState !== 'complete') return;
			pending = true;
			requestAnimationFrame(() => {
				pending = false;
				// Back up at the header (where the switch is): keep the paragraph the reader was at.
				if (body.getBoundingClientRect().top > 0) return;
				// A paragraph the reader opened (permalink, contents, link) wins while on screen; else follow the text.
				const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
				const box = target && known.has(target.id) ? target.getBoundingClientRect() : undefined;
				if (target && box && box.bottom > 0 && box.top < innerHeight) return setFragment(target.id);
				const current = blocks.find((block) => block.getBoundingClientRect().bottom > 80);
				if (current) setFragment(current.id);
			});
		},
		{ passive: true },
	);
}

/** Run `update` at most once per frame while the page scrolls. */
function onScroll(update: () => void): void {
	let pending = false;
	addEventListener(
		'scroll',
		() => {
			if (pending) return;
			pending = true;
			requestAnimationFrame(() => {
				pending = false;
				update();
			});
		},
		{ passive: true },
	);
}

/** The block the address names (`#p2-s1-3`), if it is one of `known`. */
function fragmentTarget(known: ReadonlySet<Element>): HTMLElement | undefined {
	const element = document.getElementById(decodeURIComponent(location.hash.slice(1)));
	return element && known.has(element) ? element : undefined;
}

/**
 * The contents entry of the part being read is marked (aria-current). While scrolling, that is the
 * last entry whose heading is in the upper third of the screen; after a jump (a contents link, a
 * changed address, a page opened at `#id`) it is the entry the target belongs to, as long as the
 * target's top is on screen: a heading near the end of the page never reaches the upper third.
 */
function setupTocHighlight(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
	if (links.length === 0) return;
	const entries = [...new Set(links.map((link) => link.dataset.tocLink))].flatMap((id) => {
		const element = id ? document.getElementById(id) : null;
		return element ? [element] : [];
	});
	const known = new Set<Element>([...document.querySelectorAll(blockSelector), ...entries]);
	// The entries are in the order of the text: the target belongs to the last entry at or before it.
	const entryOf = (target: HTMLElement) =>
		entries.findLast((entry) => entry === target || Boolean(entry.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING));
	const side = document.querySelector<HTMLElement>('.toc--side');
	let jumped: HTMLElement | undefined;
	const mark = () => {
		let current: HTMLElement | undefined;
		const box = jumped?.getBoundingClientRect();
		if (jumped && box && box.top >= 0 && box.top < innerHeight) current = entryOf(jumped);
		else {
			jumped = undefined;
			current = entries.findLast((entry) => entry.getBoundingClientRect().top < innerHeight * 0.3);
		}
		for (const link of links) {
			if (current && link.dataset.tocLink === current.id) link.setAttribute('aria-current', 'location');
			else link.removeAttribute('aria-current');
		}
		// Keep the marked entry in sight in the side column when the contents are longer than the screen.
		const marked = side?.querySelector('[aria-current]');
		if (side && marked && side.scrollHeight > side.clientHeight) {
			const [at, frame] = [marked.getBoundingClientRect(), side.getBoundingClientRect()];
			if (at.top < frame.top || at.bottom > frame.bottom) side.scrollTop += at.top - frame.top - frame.height / 3;
		}
	};
	const jump = () => {
		jumped = fragmentTarget(known);
		mark();
	};
	addEventListener('hashchange', jump);
	// A contents link to the address already open changes nothing and fires no hashchange: mark after its jump.
	for (const link of links) link.addEventListener('click', () => requestAnimationFrame(jump));
	// Opened at `#id`: the browser scrolls there while loading.
	addEventListener('load', jump);
	onScroll(mark);
	jump();
}

/**
 * On narrow screens, once the text is reached, a bar at the bottom of the screen (CSS shows it only
 * where the side contents are hidden) holds a contents button and back to top. The contents open in a
 * modal dialog: focus moves to the current entry, Escape or Close returns it to the button, and
 * choosing an entry closes the dialog, goes there and moves focus to it.
 */
function setupFloatingContents(): void {
	const bar = document.querySelector<HTMLElement>('[data-toc-float]');
	const dialog = document.querySelector<HTMLDialogElement>('[data-toc-dialog]');
	const body = document.querySelector('[data-report-body]');
	const open = bar?.querySelector<HTMLButtonElement>('[data-toc-open]');
	if (!bar || !dialog || !body || !open || typeof dialog.showModal !== 'function') return;
	let chosen: HTMLElement | undefined;
	open.addEventListener('click', () => {
		chosen = undefined;
		dialog.showModal();
		(dialog.querySelector<HTMLElement>('a[aria-current]') ?? dialog.querySelector<HTMLElement>('a'))?.focus();
	});
	dialog.querySelector('[data-toc-close]')?.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => {
		if (!chosen) return open.focus();
		// A heading or paragraph takes focus only from script, so that Tab continues from the place chosen.
		if (!chosen.hasAttribute('tabindex')) chosen.tabIndex = -1;
		chosen.focus({ preventScroll: true });
	});
	dialog.addEventListener('click', (event) => {
		// The dialog has no padding: a click on the dialog itself is on its backdrop.
		if (event.target === dialog) return dialog.close();
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
		const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (!link || !target) return;
		event.preventDefault();
		chosen = target;
		dialog.close();
		if (location.hash === link.hash) target.scrollIntoView();
		else location.hash = link.hash;
	});
	const update = () => {
		bar.hidden = body.getBoundingClientRect().top > 0;
	};
	onScroll(update);
	update();
}

/** One polite status line for the page, shown briefly at the bottom of the screen (a copied link). */
function statusLine(): (message: string) => void {
	const line = document.createElement('p');
	line.className = 'reader-status';
	line.setAttribute('role', 'status');
	document.body.append(line);
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (message) => {
		line.textContent = message;
		line.dataset.shown = '';
		clearTimeout(timer);
		timer = setTimeout(() => delete line.dataset.shown, 4000);
	};
}

/**
 * ¶ stays a link to its block (the address changes, the block is marked) and also copies the block's
 * absolute address: the canonical page URL where the site URL is configured, else this page's.
 */
function setupPermalinks(): void {
	const body = document.querySelector<HTMLElement>('[data-report-body]');
	if (!body?.querySelector('a[data-permalink]')) return;
	const announce = statusLine();
	body.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-permalink]');
		// A modified click opens the link elsewhere; it copies nothing.
		if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
		const url = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href);
		url.hash = link.hash;
		void copyText(url.href).then((ok) => announce((ok ? body.dataset.linkCopied : body.dataset.linkFailed) ?? ''));
	});
}

/**
 * A paragraph's toolbar (¶, Cite, the other editions) is one Tab stop: Tab reaches ¶, the arrow keys
 * (and Home, End) move among the tools. Leaving the toolbar returns its Tab stop to ¶, since the other
 * tools are shown only while the paragraph is focused or opened.
 */
function setupParagraphToolbars(): void {
	for (const bar of document.querySelectorAll<HTMLElement>('[data-para-toolbar]')) {
		const items = [...bar.querySelectorAll<HTMLElement>('[data-tool]')];
		const first = items[0];
		if (!first) continue;
		const rove = (to: HTMLElement) => {
			for (const item of items) item.tabIndex = item === to ? 0 : -1;
		};
		rove(first);
		bar.addEventListener('focusin', (event) => {
			if (items.includes(event.target as HTMLElement)) rove(event.target as HTMLElement);
		});
		bar.addEventListener('focusout', (event) => {
			if (!bar.contains(event.relatedTarget as Node | null)) rove(first);
		});
		bar.addEventListener('keydown', (event) => {
			const at = items.indexOf(event.target as HTMLElement);
			const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 };
			if (at < 0 || !(event.key in moves)) return;
			event.preventDefault();
			const item = items[(moves[event.key]! + items.length) % items.length]!;
			rove(item);
			item.focus();
		});
	}
}

/**
 * The text size control (字号): A− and A+ step through the offered sizes, A restores the default; the
 * choice is kept (localStorage) for every page and visit, and the paragraph being read stays in place.
 */
function setupTextSize(): void {
	const group = document.querySelector<HTMLElement>('[data-text-size]');
	if (!group) return;
	const root = document.documentElement;
	const buttons = [...group.querySelectorAll<HTMLButtonElement>('[data-text-step]')];
	const stepOf = (button: HTMLElement) => Number(button.dataset.textStep) as -1 | 0 | 1;
	let scale = 1;
	try {
		scale = storedTextSize(localStorage.getItem(textSizeStorageKey));
	} catch {
		// Storage blocked: the default size, not kept.
	}
	const apply = (next: number) => {
		// The block at the top of the screen before the text reflows, and where it was.
		const anchor = [...document.querySelectorAll<HTMLElement>(blockSelector)].find((block) => block.getBoundingClientRect().bottom > 0);
		const before = anchor?.getBoundingClientRect().top;
		scale = next;
		if (scale === 1) root.style.removeProperty('--text-scale');
		else root.style.setProperty('--text-scale', String(scale));
		if (anchor && before !== undefined && anchor.getBoundingClientRect().top !== before && scrollY > 0)
			scrollBy(0, anchor.getBoundingClientRect().top - before);
		for (const button of buttons) {
			const step = stepOf(button);
			// aria-disabled, not disabled: the button keeps focus at the end of the range.
			if (step === 0) button.setAttribute('aria-pressed', String(scale === 1));
			else button.setAttribute('aria-disabled', String(stepTextSize(scale, step) === scale));
		}
	};
	group.hidden = false;
	apply(scale);
	group.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('[data-text-step]');
		if (!button) return;
		apply(stepTextSize(scale, stepOf(button)));
		try {
			localStorage.setItem(textSizeStorageKey, String(scale));
		} catch {
			// Storage blocked: this page only.
		}
	});
	// Another tab changed it.
	addEventListener('storage', (event) => {
		if (event.key === textSizeStorageKey) apply(storedTextSize(event.newValue));
	});
}

const noteStrings: Record<string, string> = { 'zh-Hans': '转到注释', 'zh-Hant': '轉到註釋', en: 'Go to the note' };

/**
 * A note reference links to its note (`<a class="note-ref" href="#n25">`), which works without script.
 * Where the browser has popovers, following it shows the note in a popover beside the reference
 * instead, with a link on to the note itself; Escape or a click elsewhere closes it.
 */
function setupNotePopovers(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a.note-ref')];
	if (links.length === 0 || !('showPopover' in HTMLElement.prototype)) return;
	const box = document.createElement('div');
	box.className = 'note-popover';
	box.popover = 'auto';
	box.setAttribute('role', 'note');
	document.body.append(box);
	for (const link of links) {
		link.addEventListener('click', (event) => {
			const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (!target) return;
			// In the parallel view the id is the row's: show the note in the reference's own language column.
			const column = link.closest('.pair__cell--en') ? '.pair__cell--en' : '.pair__cell--zh';
			const note = target.matches('[data-pair]') ? (target.querySelector(`${column} > *`) ?? target) : target;
			event.preventDefault();
			const text = document.createElement('p');
			text.lang = note.closest('[lang]')?.getAttribute('lang') ?? '';
			text.append(...[...note.childNodes].map((node) => node.cloneNode(true)));
			const more = document.createElement('a');
			more.className = 'note-popover__more';
			more.href = link.hash;
			more.textContent = noteStrings[document.documentElement.lang] ?? noteStrings.en!;
			more.addEventListener('click', () => box.hidePopover());
			box.replaceChildren(text, more);
			box.showPopover();
			// Below the reference, kept inside the viewport (CSSOM, allowed by the page's CSP; no inline style attribute).
			const at = link.getBoundingClientRect();
			const left = Math.max(8, Math.min(at.left, innerWidth - box.offsetWidth - 8));
			const below = at.bottom + 6 + box.offsetHeight < innerHeight;
			box.style.left = `${left}px`;
			box.style.top = `${below ? at.bottom + 6 : Math.max(8, at.top - 6 - box.offsetHeight)}px`;
		});
	}
}

setupCitations();
setupLanguageFragments();
setupTocHighlight();
setupFloatingContents();
setupPermalinks();
setupParagraphToolbars();
setupTextSize();
setupNotePopovers();
