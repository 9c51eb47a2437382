/**
 * Progressive enhancement for the reading pages. Everything works without it; it adds:
 * copy citation (with the full URL and the reader's access date), language switches that land on
 * the paragraph being read, the current section highlighted in the table of contents, and a note
 * shown in place when its reference (［25］) is followed.
 */

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

async function copyText(text: string, fallbackNode: Element): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
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

function setupTocHighlight(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
	if (links.length === 0 || !('IntersectionObserver' in window)) return;
	const headings = [...new Set(links.map((link) => link.dataset.tocLink))].flatMap((id) => {
		const element = id ? document.getElementById(id) : null;
		return element ? [element] : [];
	});
	const mark = () => {
		let current: HTMLElement | undefined;
		for (const heading of headings) {
			if (heading.getBoundingClientRect().top < innerHeight * 0.3) current = heading;
		}
		for (const link of links) {
			if (current && link.dataset.tocLink === current.id) link.setAttribute('aria-current', 'location');
			else link.removeAttribute('aria-current');
		}
	};
	const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
	for (const heading of headings) observer.observe(heading);
	addEventListener('hashchange', mark);
	mark();
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
setupNotePopovers();
