/**
 * Live results under the header search box, loaded on its first focus. Typing shows results at
 * once; Enter still submits the form to /search/?q=… (the full results page); arrow keys move
 * through the results and Escape clears the box and closes the panel.
 */
import { loadSearchEngine, SearchQueue } from './search-engine.ts';
import { countText, moveThroughResults, renderHits } from './search-render.ts';

/** Attaches live results to a <search-form>; called once, on its first focus. */
export function enhance(host: HTMLElement): void {
	const input = host.querySelector<HTMLInputElement>('input[data-search-input]');
	if (!input) return;
	const panel = document.createElement('div');
	panel.className = 'search-live';
	panel.hidden = true;
	panel.id = `${input.id}-live`;
	const status = document.createElement('p');
	status.setAttribute('role', 'status');
	const list = document.createElement('ol');
	list.setAttribute('aria-label', 'Search results');
	panel.append(status, list);
	host.append(panel);
	input.setAttribute('aria-controls', panel.id);

	const close = (): void => {
		panel.hidden = true;
	};
	const run = async (raw: string): Promise<void> => {
		if (!raw.trim()) {
			list.replaceChildren();
			status.textContent = '';
			close();
			return;
		}
		try {
			const outcome = await (await loadSearchEngine()).search(raw);
			renderHits(list, outcome.hits, 'h3');
			status.textContent = outcome.corrected
				? `${countText(outcome.hits.length, outcome.searched)} (you typed “${outcome.typed}”)`
				: countText(outcome.hits.length, outcome.typed);
		} catch {
			list.replaceChildren();
			status.textContent = 'Search is not available right now. Press Enter to see every article A to Z.';
		}
		panel.hidden = false;
	};

	const queue = new SearchQueue(run);
	// Start loading Pagefind now: the reader has focused the box and is about to type.
	loadSearchEngine().catch(() => undefined);
	input.addEventListener('input', () => queue.push(input.value));
	input.addEventListener('focus', () => {
		if (list.childElementCount > 0) panel.hidden = false;
	});
	host.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			if (input.value === '' && panel.hidden) return;
			event.preventDefault();
			input.value = '';
			input.focus();
			queue.push('');
			return;
		}
		moveThroughResults(event, input, list);
	});
	host.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) close();
	});
	if (input.value.trim()) queue.push(input.value);
}
