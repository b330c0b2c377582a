/**
 * Renders search results as DOM nodes. Every string goes in through textContent: the query is
 * typed by the reader (or by whoever crafted a link to /search/?q=…), so nothing from it is ever
 * parsed as markup. Excerpt <mark>s are rebuilt as elements from parsed text runs.
 */
import type { ExcerptPart, SearchHit } from '../model/results.ts';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
	return parts.map((part) => (part.marked ? element('mark', '', part.text) : document.createTextNode(part.text)));
}

/** Replaces the list's items with one item per hit: title link, excerpt, section links. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], headingLevel: 'h2' | 'h3' = 'h2'): void {
	const items = hits.map((hit) => {
		const item = element('li', 'search-hit');
		const heading = element(headingLevel, 'search-hit__title');
		const link = element('a', 'search-hit__link', hit.title);
		link.href = hit.href;
		heading.append(link);
		item.append(heading);
		if (hit.excerpt.length > 0) {
			const excerpt = element('p', 'search-hit__excerpt');
			excerpt.append(...excerptNodes(hit.excerpt), '…');
			item.append(excerpt);
		}
		if (hit.sections.length > 0) {
			const sections = element('ul', 'search-hit__sections');
			sections.setAttribute('aria-label', `Sections of ${hit.title}`);
			for (const section of hit.sections) {
				const sectionItem = element('li', '');
				const sectionLink = element('a', 'search-hit__section', section.title);
				sectionLink.href = section.href;
				sectionItem.append(sectionLink);
				sections.append(sectionItem);
			}
			item.append(sections);
		}
		return item;
	});
	list.replaceChildren(...items);
}

/**
 * Arrow-key movement through the links inside `results` (title and section links, in reading order).
 * ArrowUp from the first link returns to the search box. Returns true when it handled the key.
 */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, results: HTMLElement): boolean {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
	const links = [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
	if (links.length === 0) return false;
	const current = links.indexOf(document.activeElement as HTMLAnchorElement);
	const fromInput = document.activeElement === input;
	if (!fromInput && current === -1) return false;
	let next: HTMLElement;
	if (event.key === 'ArrowDown') next = fromInput ? links[0]! : (links[current + 1] ?? links[current]!);
	else if (fromInput) return false;
	else next = current === 0 ? input : links[current - 1]!;
	event.preventDefault();
	next.focus();
	return true;
}
