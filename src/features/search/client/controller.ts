/**
 * Connects a SearchController (model/controller.ts) to one results area (SearchResults.astro) and
 * its search box: typing searches, focus starts loading the engine, Escape clears, the arrow keys
 * move through the results, and each view is drawn into the same elements the same way, for the
 * header's live panel and for the /search/ page alike.
 */
import { loadSearchEngine } from './engine.ts';
import { moveThroughResults, renderHits } from './render.ts';
import { SearchController, escapeClears, type ControllerHooks, type SearchView } from '../model/controller.ts';

/** One search box and the results area it fills. */
export interface SearchSurface extends Partial<Omit<ControllerHooks, 'load' | 'show'>> {
	input: HTMLInputElement;
	/** The SearchResults.astro element ([data-search-view]). */
	view: HTMLElement;
	/** Where Escape and the arrow keys are listened for: the box and the results inside it. */
	keys: HTMLElement;
	/** The link of "Search instead for …": the words as typed, uncorrected. */
	insteadHref(typed: string): string;
	/** The link of "See all N results", for a surface that shows only the best few. */
	moreHref?(typed: string): string;
	/** When set, following "Search instead for …" calls this instead of leaving the page. */
	searchInstead?(typed: string): void;
	/** Called after each view is drawn (the page's title, the panel opening). */
	shown?(view: SearchView): void;
	/** True while results show though the box may be empty (the header panel is open). */
	showing?(): boolean;
	/** Called on each keystroke before it is searched. */
	typed?(): void;
}

/** The parts of a results area, by their data attributes in SearchResults.astro. */
function partsOf(view: HTMLElement) {
	const part = (name: string) => view.querySelector<HTMLElement>(`[data-search-${name}]`);
	const list = part('results');
	const status = part('status');
	if (!list || !status) return undefined;
	return {
		list,
		status,
		summary: part('summary'),
		correction: part('correction'),
		failure: part('failure'),
		more: part('more'),
	};
}

/** "Showing results for …. Search instead for …": text nodes and a link, never markup. */
function correctionNodes(surface: SearchSurface, searched: string, typed: string): (Node | string)[] {
	const shown = document.createElement('strong');
	shown.textContent = searched;
	const instead = document.createElement('a');
	instead.textContent = typed;
	instead.href = surface.insteadHref(typed);
	const searchInstead = surface.searchInstead;
	if (searchInstead) {
		instead.addEventListener('click', (event) => {
			event.preventDefault();
			searchInstead(typed);
		});
	}
	return ['Showing results for ', shown, '. Search instead for ', instead, '.'];
}

/** Wires the surface; returns its controller, or undefined when the results area is incomplete. */
export function attachSearch(surface: SearchSurface): SearchController | undefined {
	const parts = partsOf(surface.view);
	if (!parts) return undefined;
	const { input } = surface;
	const heading = parts.list.dataset['searchHeading'] === 'h3' ? 'h3' : 'h2';
	const draw = (view: SearchView): void => {
		renderHits(parts.list, view.hits, heading);
		parts.status.textContent = view.spoken;
		if (parts.summary) parts.summary.textContent = view.shown;
		if (parts.correction) {
			const { correction } = view;
			parts.correction.replaceChildren(
				...(correction ? correctionNodes(surface, correction.searched, correction.typed) : []),
			);
			parts.correction.hidden = !correction;
		}
		if (parts.failure) parts.failure.hidden = !view.failed;
		const moreLink = parts.more?.querySelector('a');
		if (parts.more && moreLink) {
			parts.more.hidden = view.total <= view.hits.length;
			moreLink.textContent = `See all ${view.total} results`;
			if (surface.moreHref) moreLink.href = surface.moreHref(view.typed);
		}
		surface.shown?.(view);
	};
	const controller = new SearchController({ ...surface, load: loadSearchEngine, show: draw });

	input.addEventListener('focus', () => controller.warmUp(), { once: true });
	input.addEventListener('input', () => {
		surface.typed?.();
		controller.push(input.value);
	});
	surface.keys.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			if (!escapeClears(input.value, surface.showing?.() ?? false)) return;
			event.preventDefault();
			input.value = '';
			input.focus();
			controller.push('');
			return;
		}
		moveThroughResults(event, input, parts.list);
	});
	return controller;
}
