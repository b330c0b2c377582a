/**
 * <search-form>: the small part of search that every page loads, so it must stay tiny (the article
 * JavaScript budget is 3 KB compressed in total). It adds the "/" and Ctrl/Cmd+K shortcuts, loads
 * the live results module on first focus of the box (which then loads Pagefind), and loads the
 * highlighter only when a search result link brought the reader here (?highlight=…).
 */

/** True when the key press is text entry that "/" must not steal. */
function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

document.addEventListener('keydown', (event) => {
	if (event.defaultPrevented || event.isComposing || event.altKey) return;
	const modified = event.ctrlKey || event.metaKey;
	const shortcut = modified ? event.key.toLowerCase() === 'k' : event.key === '/' && !isTyping(event.target);
	if (!shortcut) return;
	// The search page's own box first; elsewhere the header's.
	const input =
		document.querySelector<HTMLInputElement>('input[data-search-primary]') ??
		document.querySelector<HTMLInputElement>('input[data-search-input]');
	if (!input) return;
	event.preventDefault();
	input.focus();
	input.select();
});

class SearchForm extends HTMLElement {
	connectedCallback(): void {
		// The search page shows results in the page itself; a drop-down there would repeat them.
		if (document.querySelector('search-page')) return;
		this.addEventListener('focusin', () => void import('./live.ts').then(({ enhance }) => enhance(this)), {
			once: true,
		});
	}
}

customElements.define('search-form', SearchForm);

if (new URLSearchParams(location.search).has('highlight')) void import('./highlight.ts');
