/**
 * Landing highlight: on `?hl=<query>#<id>`, wrap every matched stretch of the target block's text in
 * <mark class="search-mark"> (across inline elements such as bold lead phrases), mark the block as
 * the target and bring the first match into view. Ranges come from highlightRanges (query.ts), the
 * same rules the result excerpts use.
 */
import { highlightRanges } from './query.ts';

function highlight(): void {
	const query = new URLSearchParams(location.search).get('hl')?.trim();
	const id = decodeURIComponent(location.hash.slice(1));
	if (!query || !id) return;
	const target = document.getElementById(id);
	if (!target) return;
	document.querySelectorAll('mark.search-mark').forEach((mark) => mark.replaceWith(...mark.childNodes));
	const lang = target.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	const text = nodes.map((node) => node.data).join('');
	const ranges = highlightRanges(text, query, lang);
	const marks: HTMLElement[] = [];
	// Walk the ranges back to front so earlier offsets stay valid while text nodes are split.
	const ordered = [...nodes].reverse();
	let nodeStart = text.length;
	for (const node of ordered) {
		nodeStart -= node.data.length;
		const nodeEnd = nodeStart + node.data.length;
		for (const [from, to] of [...ranges].reverse()) {
			const a = Math.max(from, nodeStart);
			const b = Math.min(to, nodeEnd);
			if (a >= b) continue;
			const range = document.createRange();
			range.setStart(node, a - nodeStart);
			range.setEnd(node, b - nodeStart);
			const mark = document.createElement('mark');
			mark.className = 'search-mark';
			range.surroundContents(mark);
			marks.unshift(mark);
		}
	}
	target.classList.add('search-target');
	target.dataset.searchHits = String(ranges.length);
	const first = marks[0] ?? target;
	const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
	requestAnimationFrame(() => first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' }));
}

highlight();
addEventListener('hashchange', highlight);
