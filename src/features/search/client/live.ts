/**
 * Live results under the header search box, loaded on its first focus. Typing shows results at
 * once; Enter still submits the form to /search/?q=… (the full results page); arrow keys move
 * through the panel's links and Escape clears the box and closes the panel. The panel is
 * SearchResults.astro, kept in a <template> inside the form until now, so its markup and styles
 * are the search page's own.
 */
import { attachSearch } from './controller.ts';
import { searchPageHref } from '../model/url.ts';

const BASE = import.meta.env.BASE_URL;

/**
 * The panel shows the best three: enough to pick from on a phone's screen, and each shown result
 * loads its page's whole text, the largest part of a first search after Pagefind itself.
 */
const LIVE_LIMIT = 3;

/** Attaches live results to a <search-form>; called once, on its first focus. */
export function enhance(host: HTMLElement): void {
	const input = host.querySelector<HTMLInputElement>('input[data-search-input]');
	const template = host.querySelector<HTMLTemplateElement>('template[data-search-live]');
	const view = template?.content.firstElementChild?.cloneNode(true);
	if (!input || !(view instanceof HTMLElement)) return;
	const panel = view.querySelector<HTMLElement>('[data-search-box]');
	if (!panel) return;
	// The live region inside the view sits outside the panel and is in the page before its first
	// words: screen readers often stay silent when a region appears already filled, or changes while hidden.
	host.append(view);
	panel.id = `${input.id}-live`;
	input.setAttribute('aria-controls', panel.id);
	const hasContent = () =>
		view.querySelector('[data-search-results] > li, [data-search-box] > p:not([hidden]):not(:empty)');

	const controller = attachSearch({
		input,
		view,
		keys: host,
		// The panel's link opens the full results page with the words as typed.
		insteadHref: (typed) => searchPageHref(BASE, typed, true),
		moreHref: (typed) => searchPageHref(BASE, typed),
		request: () => ({ limit: LIVE_LIMIT }),
		shown: ({ active }) => {
			panel.hidden = !active;
		},
		showing: () => !panel.hidden,
	});
	if (!controller) return;
	// Start loading Pagefind now: the reader has focused the box and is about to type.
	controller.warmUp();
	input.addEventListener('focus', () => {
		if (hasContent()) panel.hidden = false;
	});
	host.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) panel.hidden = true;
	});
	if (input.value.trim()) controller.push(input.value);
}
