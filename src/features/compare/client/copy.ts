/**
 * <compare-copy>: the embed code on /compare/. When the comparison on the page changes view, the
 * snippet and the live preview follow it, so a site owner embeds exactly the view they chose. Its
 * Copy button is a <share-button> (src/features/share/), which copies the snippet's text as it is at
 * the click, so it copies the view shown.
 */
import { snippetForView } from '../model/snippet-view.ts';
import type { CompareChangeEvent, CompareViewSource } from './table.ts';

class CompareCopy extends HTMLElement {
	#code: HTMLElement | null = null;
	#snippet = '';
	#query = '';

	connectedCallback(): void {
		this.#code = this.querySelector('code');
		if (!this.#code) return;
		this.#snippet = this.#code.textContent ?? '';
		document.addEventListener('compare-change', (event) => this.#follow((event as CompareChangeEvent).detail.query));
		// The table's script may have run first and announced the view of a shared link (?show=…&diff=1)
		// before this listener existed, so take its current view now; later changes arrive as events.
		const table = document.querySelector<CompareViewSource>('compare-table');
		if (table?.view !== undefined) this.#follow(table.view);
	}

	/** Shows the snippet and the preview for the view `query` ("" = the whole table). */
	#follow(query: string): void {
		if (query === this.#query || !this.#code) return;
		this.#query = query;
		this.#code.textContent = snippetForView(this.#snippet, this.dataset['embedUrl'] ?? '', query);
		const preview = this.querySelector('iframe');
		if (preview) preview.src = `${this.dataset['previewUrl'] ?? ''}${query}`;
	}
}

customElements.define('compare-copy', CompareCopy);
