/**
 * Live results under the header search box, loaded on its first focus. Typing shows results at
 * once; Enter still submits the form to /search/?q=… (the full results page); arrow keys move
 * through the panel's links and Escape clears the box and closes the panel.
 */
import { loadSearchEngine, type SearchOutcome } from './engine.ts';
import { SearchQueue } from '../model/queue.ts';
import { countText, moveThroughResults, renderHits } from './render.ts';
import { indexHref, searchPageHref } from '../model/url.ts';

const BASE = import.meta.env.BASE_URL;

function link(text: string, href: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.textContent = text;
	anchor.href = href;
	return anchor;
}

/** "Showing results for …. Search instead for …"; the link opens /search/ with the words as typed. */
function correction(outcome: SearchOutcome): (Node | string)[] {
	const shown = document.createElement('strong');
	shown.textContent = outcome.searched;
	const instead = link(outcome.typed, searchPageHref(BASE, outcome.typed, true));
	return ['Showing results for ', shown, '. Search instead for ', instead, '.'];
}

/** Attaches live results to a <search-form>; called once, on its first focus. */
export function enhance(host: HTMLElement): void {
	const input = host.querySelector<HTMLInputElement>('input[data-search-input]');
	if (!input) return;
	// The live region sits outside the panel and is in the page before its first words: screen
	// readers often stay silent when a region appears already filled, or changes while hidden.
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	const panel = document.createElement('div');
	panel.className = 'search-live';
	panel.hidden = true;
	panel.id = `${input.id}-live`;
	// What the live region said, for the eye; screen readers have heard it already.
	const summary = document.createElement('p');
	summary.setAttribute('aria-hidden', 'true');
	const note = document.createElement('p');
	note.className = 'search-live__note';
	note.hidden = true;
	const list = document.createElement('ol');
	list.setAttribute('aria-label', 'Search results');
	panel.append(summary, note, list);
	host.append(status, panel);
	input.setAttribute('aria-controls', panel.id);

	// `spoken` goes to the live region, `shown` to the panel (the notes below it show the rest).
	const say = (spoken: string, shown = spoken): void => {
		status.textContent = spoken;
		summary.textContent = shown;
		summary.hidden = !shown;
	};
	// Strings and elements only: replaceChildren makes text nodes of strings, never markup.
	const showNote = (nodes: (Node | string)[]): void => {
		note.replaceChildren(...nodes);
		note.hidden = nodes.length === 0;
	};
	const close = (): void => {
		panel.hidden = true;
	};
	const run = async (raw: string, superseded: () => boolean): Promise<void> => {
		if (!raw.trim()) {
			list.replaceChildren();
			showNote([]);
			say('');
			close();
			return;
		}
		try {
			const engine = await loadSearchEngine();
			// Typed on while the engine loaded: search for the newest words instead.
			if (superseded()) return;
			const outcome = await engine.search(raw);
			renderHits(list, outcome.hits, 'h3');
			if (outcome.corrected) {
				showNote(correction(outcome));
				const count = countText(outcome.hits.length, outcome.searched);
				say(`${count} You typed “${outcome.typed}”.`, count);
			} else {
				showNote([]);
				say(countText(outcome.hits.length, outcome.typed));
			}
		} catch {
			list.replaceChildren();
			showNote([
				'Search could not load (you may be offline). ',
				link('See every article A to Z', indexHref(BASE)),
				'.',
			]);
			say('Search is not available right now.', '');
		}
		panel.hidden = false;
	};

	const queue = new SearchQueue(run);
	// Start loading Pagefind now: the reader has focused the box and is about to type.
	loadSearchEngine().catch(() => undefined);
	input.addEventListener('input', () => queue.push(input.value));
	input.addEventListener('focus', () => {
		if (list.childElementCount > 0 || !note.hidden) panel.hidden = false;
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
		moveThroughResults(event, input, panel);
	});
	host.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) close();
	});
	if (input.value.trim()) queue.push(input.value);
}
