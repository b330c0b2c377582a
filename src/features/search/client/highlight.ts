/**
 * Highlights the searched words on an article the reader reached from a search result
 * (?highlight=calf+cramp), then brings the linked section back into view, since marking words can
 * shift the layout. Loaded only when that parameter is present. Works like Pagefind's
 * pagefind-highlight.js at a fraction of its size, and adds elements only (no inline styles), so
 * the Content Security Policy holds.
 */
import { matchRanges, stemPattern } from '../model/query.ts';
import { highlightWords } from '../model/url.ts';
import { fragmentId } from '../../../lib/urls.ts';

// Words as typed ("stretched") also mark their other forms ("stretch", "stretching"), by the same
// stem rule that ranked the result the reader clicked.
const pattern = stemPattern(highlightWords(location.search));
const root = document.querySelector<HTMLElement>('[data-pagefind-body]');

if (root && pattern) {
	// Not inside <svg>: an HTML <mark> in an illustration's <text> is not drawn, so its word would vanish.
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, svg, [data-pagefind-ignore], [hidden], [aria-hidden="true"]')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	for (const text of texts) {
		const value = text.data;
		// Compared folded, as search compares words: "crámp" typed marks "cramp" on the page.
		const ranges = matchRanges(value, pattern);
		if (ranges.length === 0) continue;
		const parts: (string | HTMLElement)[] = [];
		let last = 0;
		for (const [start, end] of ranges) {
			parts.push(value.slice(last, start));
			const mark = document.createElement('mark');
			mark.className = 'search-highlight';
			mark.textContent = value.slice(start, end);
			parts.push(mark);
			last = end;
		}
		parts.push(value.slice(last));
		text.replaceWith(...parts.filter((part) => part !== ''));
	}
	const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
	target?.scrollIntoView();
}
