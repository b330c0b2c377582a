/**
 * <compare-copy>: the embed code on /compare/. Its Copy button stays hidden where the Clipboard API
 * is missing (the code can still be selected by hand). When the comparison on the page changes view,
 * the snippet and the live preview follow it, so a site owner embeds exactly the view they chose.
 */
import { snippetForView } from '../model/embed.ts';
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

		const actions = this.querySelector<HTMLElement>('.embed-code__actions');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (!actions || !status || !navigator.clipboard) return;
		// Not clipboard.ts: sharing it with the article scripts would split it into its own chunk and
		// cost every article page a request.
		actions.querySelector('button')?.addEventListener('click', async () => {
			const copied = await navigator.clipboard.writeText(this.#code?.textContent ?? '').then(
				() => true,
				() => false,
			);
			status.textContent = copied ? 'Embed code copied.' : 'Could not copy: select the code and copy it by hand.';
		});
		actions.hidden = false;
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
