/**
 * Progressive enhancement for the reading pages. Everything works without it; it adds:
 * copy citation (with the full URL and the reader's access date), language switches that land on
 * the paragraph being read, and the current section highlighted in the table of contents.
 */

const blockSelector = '[data-report-body] [id^="p"]';

/** Make citation URLs absolute and the access date today's, just before the citation is read or copied. */
function refreshCitation(root: Element): string {
	for (const url of root.querySelectorAll<HTMLElement>('[data-cite-url]')) {
		url.textContent = new URL(url.dataset.citeUrl ?? '', location.href).href;
	}
	const now = new Date();
	const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
	for (const time of root.querySelectorAll<HTMLTimeElement>('[data-cite-date]')) {
		time.dateTime = iso;
		time.textContent =
			time.dataset.citeDate === 'en' ? new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(now) : iso;
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

setupCitations();
setupLanguageFragments();
setupTocHighlight();
