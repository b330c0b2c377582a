/**
 * <search-page>: the /search/ page. The query and the category filter live in the URL
 * (?q=…&category=…): results show on load, each keystroke or filter choice searches at once and
 * rewrites the URL with replaceState, so Back leaves the page instead of replaying keystrokes.
 * Without JavaScript, CSS shows the server-rendered note that search needs it (and hides the
 * filter), and the main topics below with the link to the A–Z page do the job.
 */
import { loadSearchEngine, type SearchOutcome } from './engine.ts';
import { SearchQueue } from '../model/queue.ts';
import { countText, moveThroughResults, renderHits } from './render.ts';
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
	#form: HTMLFormElement | null = null;
	#input: HTMLInputElement | null = null;
	#status: HTMLElement | null = null;
	#correction: HTMLElement | null = null;
	#failure: HTMLElement | null = null;
	#list: HTMLElement | null = null;
	#choices: HTMLInputElement[] = [];
	/** The category filter's choice; undefined for all categories. */
	#category: ArticleCategory | undefined;
	#exact = false;
	/** The page's own <title>, restored when the box is cleared. */
	#title = '';
	// One search at a time, newest query next: an old answer can never land after a newer one.
	#queue = new SearchQueue((raw, superseded) => this.#run(raw, superseded));

	connectedCallback(): void {
		this.#form = this.querySelector('form');
		this.#input = this.querySelector('input[data-search-input]');
		this.#status = this.querySelector('[data-search-status]');
		this.#correction = this.querySelector('[data-search-correction]');
		this.#failure = this.querySelector('[data-search-failure]');
		this.#list = this.querySelector('[data-search-results]');
		if (!this.#form || !this.#input || !this.#status || !this.#list) return;
		this.#choices = [
			...this.querySelectorAll<HTMLInputElement>(`[data-search-filter] input[name="${CATEGORY_PARAM}"]`),
		];
		this.#title = document.title;
		this.#input.dataset['searchPrimary'] = '';

		const input = this.#input;
		input.addEventListener('focus', () => void this.#warmUp(), { once: true });
		input.addEventListener('input', () => {
			this.#exact = false;
			this.#queue.push(input.value);
		});
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#queue.push(input.value);
		});
		for (const choice of this.#choices) {
			choice.addEventListener('change', () => {
				if (!choice.checked) return;
				this.#category = isCategory(choice.value) ? choice.value : undefined;
				this.#queue.push(input.value);
			});
		}
		this.addEventListener('keydown', (event) => this.#onKey(event));

		const params = new URLSearchParams(location.search);
		this.#exact = params.has(EXACT_PARAM);
		// An unknown ?category= is ignored: the filter shows "All" and the URL loses it on the first search.
		this.#category = categoryFromSearch(location.search);
		for (const choice of this.#choices) choice.checked = choice.value === (this.#category ?? '');
		const query = queryFromSearch(location.search);
		input.value = query;
		// Readers arriving with ?q= already searched (the header form sent them here): search now.
		if (query) this.#queue.push(query);
	}

	#onKey(event: KeyboardEvent): void {
		if (!this.#input || !this.#list) return;
		if (event.key === 'Escape' && this.#input.value !== '') {
			event.preventDefault();
			this.#input.value = '';
			this.#input.focus();
			this.#queue.push('');
			return;
		}
		moveThroughResults(event, this.#input, this.#list);
	}

	async #warmUp(): Promise<void> {
		try {
			await loadSearchEngine();
		} catch {
			// Reported by the next search, which retries the load.
		}
	}

	#writeUrl(query: string): void {
		const current = `${location.pathname}${location.search}${location.hash}`;
		const url = new URL(urlWithCategory(urlWithQuery(current, query), this.#category), location.href);
		if (!this.#exact) url.searchParams.delete(EXACT_PARAM);
		const next = `${url.pathname}${url.search}${url.hash}`;
		if (next !== current) history.replaceState(history.state, '', next);
	}

	async #run(raw: string, superseded: () => boolean): Promise<void> {
		this.#writeUrl(raw);
		if (!raw.trim()) {
			this.#show(null);
			return;
		}
		try {
			const engine = await loadSearchEngine();
			// Typed on while the engine loaded: search for the newest words instead.
			if (superseded()) return;
			const outcome = await engine.search(raw, { exact: this.#exact, category: this.#category });
			this.#show(outcome);
		} catch {
			this.#fail();
		}
	}

	#show(outcome: SearchOutcome | null): void {
		if (!this.#status || !this.#list) return;
		if (this.#failure) this.#failure.hidden = true;
		renderHits(this.#list, outcome?.hits ?? []);
		this.#renderCorrection(outcome);
		const label = this.#category ? CATEGORY_LABELS[this.#category] : undefined;
		this.#status.textContent = outcome?.typed ? countText(outcome.hits.length, outcome.typed, label) : '';
		document.title = outcome?.typed ? `${outcome.typed}: ${this.#title}` : this.#title;
	}

	/** "Showing results for …. Search instead for …": built from text nodes, never markup. */
	#renderCorrection(outcome: SearchOutcome | null): void {
		const note = this.#correction;
		if (!note) return;
		if (!outcome?.corrected) {
			note.hidden = true;
			note.replaceChildren();
			return;
		}
		const shown = document.createElement('strong');
		shown.textContent = outcome.searched;
		const instead = document.createElement('a');
		instead.textContent = outcome.typed;
		const url = new URL(location.href);
		url.searchParams.set(QUERY_PARAM, outcome.typed);
		url.searchParams.set(EXACT_PARAM, '1');
		instead.href = url.href;
		instead.addEventListener('click', (event) => {
			event.preventDefault();
			this.#exact = true;
			history.replaceState(history.state, '', url.href);
			this.#queue.push(outcome.typed);
		});
		note.replaceChildren('Showing results for ', shown, '. Search instead for ', instead, '.');
		note.hidden = false;
	}

	#fail(): void {
		if (!this.#status || !this.#list) return;
		this.#list.replaceChildren();
		if (this.#correction) this.#correction.hidden = true;
		if (this.#failure) this.#failure.hidden = false;
		this.#status.textContent = 'Search is not available right now.';
	}
}

customElements.define('search-page', SearchPage);
