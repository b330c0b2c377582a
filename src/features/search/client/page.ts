/**
 * <search-page>: the /search/ page. The query and the category filter live in the URL
 * (?q=…&category=…): results show on load, each keystroke or filter choice searches at once and
 * rewrites the URL with replaceState, so Back leaves the page instead of replaying keystrokes.
 * Without JavaScript, CSS shows the server-rendered note that search needs it (and hides the
 * filter), and the main topics below with the link to the A–Z page do the job.
 */
import { attachSearch } from './controller.ts';
import { EXACT_PARAM, QUERY_PARAM, queryFromSearch, urlWithQuery } from '../model/url.ts';
import {
	CATEGORY_LABELS,
	CATEGORY_PARAM,
	categoryFromSearch,
	isCategory,
	urlWithCategory,
	type ArticleCategory,
} from '../model/filter.ts';

class SearchPage extends HTMLElement {
	/** The category filter's choice; undefined for all categories. */
	#category: ArticleCategory | undefined;
	/** The reader chose "search instead for" the words as typed: no spelling correction. */
	#exact = false;

	connectedCallback(): void {
		const form = this.querySelector('form');
		const input = this.querySelector<HTMLInputElement>('input[data-search-input]');
		const view = this.querySelector<HTMLElement>('[data-search-view]');
		if (!form || !input || !view) return;
		input.dataset['searchPrimary'] = '';
		// The page's own <title>, restored when the box is cleared.
		const title = document.title;

		const controller = attachSearch({
			input,
			view,
			keys: this,
			request: () => ({ exact: this.#exact, category: this.#category }),
			categoryLabel: () => (this.#category ? CATEGORY_LABELS[this.#category] : undefined),
			beforeSearch: (raw) => this.#writeUrl(raw),
			typed: () => {
				this.#exact = false;
			},
			insteadHref: (typed) => this.#url(typed, true).href,
			searchInstead: (typed) => {
				this.#exact = true;
				history.replaceState(history.state, '', this.#url(typed, true).href);
				controller?.push(typed);
			},
			shown: ({ typed }) => {
				document.title = typed ? `${typed}: ${title}` : title;
			},
		});
		if (!controller) return;

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			controller.push(input.value);
		});
		const choices = [
			...this.querySelectorAll<HTMLInputElement>(`[data-search-filter] input[name="${CATEGORY_PARAM}"]`),
		];
		for (const choice of choices) {
			choice.addEventListener('change', () => {
				if (!choice.checked) return;
				this.#category = isCategory(choice.value) ? choice.value : undefined;
				controller.push(input.value);
			});
		}

		this.#exact = new URLSearchParams(location.search).has(EXACT_PARAM);
		// An unknown ?category= is ignored: the filter shows "All" and the URL loses it on the first search.
		this.#category = categoryFromSearch(location.search);
		for (const choice of choices) choice.checked = choice.value === (this.#category ?? '');
		const query = queryFromSearch(location.search);
		input.value = query;
		// Readers arriving with ?q= already searched (the header form sent them here): search now.
		if (query) controller.push(query);
	}

	/** This page's URL for a query, with ?exact=1 when it is to be searched as typed. */
	#url(query: string, exact: boolean): URL {
		const url = new URL(location.href);
		url.searchParams.set(QUERY_PARAM, query);
		if (exact) url.searchParams.set(EXACT_PARAM, '1');
		return url;
	}

	#writeUrl(query: string): void {
		const current = `${location.pathname}${location.search}${location.hash}`;
		const url = new URL(urlWithCategory(urlWithQuery(current, query), this.#category), location.href);
		if (!this.#exact) url.searchParams.delete(EXACT_PARAM);
		const next = `${url.pathname}${url.search}${url.hash}`;
		if (next !== current) history.replaceState(history.state, '', next);
	}
}

customElements.define('search-page', SearchPage);
