/**
 * The search controller shared by the header's live results and the /search/ page: one queue, one
 * way to load the engine, one rule for what is said and shown after a search, a correction or a
 * failure, and one rule for Escape. Pure: the engine and the drawing are passed in, so the unit
 * tests drive it with a fake engine; client/controller.ts connects it to the page.
 */
import { SearchQueue } from './queue.ts';
import type { SearchHit } from './results.ts';
import type { ArticleCategory } from './filter.ts';
import { normaliseQuery } from './query.ts';

/** How to search (client/engine.ts takes exactly this). */
export interface SearchRequest {
	/** Turns spelling correction off (the reader chose "search instead for …"). */
	exact?: boolean;
	/** Only articles of this category (the search page's filter). */
	category?: ArticleCategory | undefined;
	/** Show at most this many results (the header's panel); the count still gives all found. */
	limit?: number;
	/** True once a newer query waits: the search may then stop before loading any result. */
	superseded?: () => boolean;
}

/** What one search produced (client/engine.ts returns exactly this). */
export interface SearchAnswer {
	/** The query as the reader typed it (normalised). */
	typed: string;
	/** The words searched for, after stop words and spelling correction. */
	searched: string;
	/** True when a misspelled word was replaced. */
	corrected: boolean;
	/** Results to show, best first: at most the request's limit. */
	hits: SearchHit[];
	/** How many pages were found, shown or not. */
	total: number;
	/** Set when the search stopped for a newer query: nothing to draw. */
	stale?: boolean;
}

/** Anything that searches: the loaded engine, or a fake in tests. */
export interface Searcher {
	search(raw: string, request?: SearchRequest): Promise<SearchAnswer>;
}

/** What the results area shows and says; both surfaces draw exactly this. */
export interface SearchView {
	/** The query as typed, normalised; "" when the box is empty. */
	typed: string;
	/** What the live region announces. */
	spoken: string;
	/** The visible summary line ("" for none); the live region has said it already. */
	shown: string;
	hits: readonly SearchHit[];
	/** How many pages were found: more than hits.length when the surface shows only the best few. */
	total: number;
	/** Set when a misspelled word was replaced: "Showing results for … Search instead for …". */
	correction?: { searched: string; typed: string };
	/** Search could not load: a plain message with a way on, never a blank panel. */
	failed: boolean;
	/** False when there is nothing to show (the box was cleared): the header panel closes. */
	active: boolean;
}

/** Announced when Pagefind or its index cannot be fetched. */
export const FAILURE_SPOKEN = 'Search is not available right now.';

/** "1 result" / "3 results", and the category when one is chosen. */
export function countText(count: number, query: string, categoryLabel?: string): string {
	const scope = categoryLabel ? ` in ${categoryLabel}` : '';
	if (count === 0) return `No results for “${query}”${scope}.`;
	return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${scope}.`;
}

/** Nothing typed: nothing shown or said. */
export const EMPTY_VIEW: SearchView = {
	typed: '',
	spoken: '',
	shown: '',
	hits: [],
	total: 0,
	failed: false,
	active: false,
};

/**
 * The view of a search. A corrected search names the words it searched for, and the live region
 * adds what the reader typed, since the note that shows both is not announced.
 */
export function answerView(answer: SearchAnswer, categoryLabel?: string): SearchView {
	const base = { typed: answer.typed, hits: answer.hits, total: answer.total, failed: false, active: true };
	if (!answer.corrected) {
		const count = countText(answer.total, answer.typed, categoryLabel);
		return { ...base, spoken: count, shown: count };
	}
	const count = countText(answer.total, answer.searched, categoryLabel);
	return {
		...base,
		spoken: `${count} You typed “${answer.typed}”.`,
		shown: count,
		correction: { searched: answer.searched, typed: answer.typed },
	};
}

/** The view when search could not load: no results, a spoken notice, the note shown instead of a count. */
export function failedView(raw: string): SearchView {
	return {
		typed: normaliseQuery(raw),
		spoken: FAILURE_SPOKEN,
		shown: '',
		hits: [],
		total: 0,
		failed: true,
		active: true,
	};
}

/** True when Escape should clear the box: there is something typed, or results are showing. */
export function escapeClears(value: string, showing: boolean): boolean {
	return value !== '' || showing;
}

/** What a controller needs from its surface. */
export interface ControllerHooks {
	/** Loads the engine (once per page; a failed load must be retried on the next call). */
	load(): Promise<Searcher>;
	/** Draws a view. */
	show(view: SearchView): void;
	/** The options of the next search (the page's filter and "search instead"). */
	request?(): SearchRequest;
	/** The category's label for the count ("in Conditions"), when one is chosen. */
	categoryLabel?(): string | undefined;
	/** Called before each search with the raw text, e.g. to keep the URL in step. */
	beforeSearch?(raw: string): void;
}

/**
 * One search at a time, the newest query next (SearchQueue), so an old answer never lands after a
 * newer one. A search typed on while the engine loaded is dropped for the newer words.
 */
export class SearchController {
	readonly #hooks: ControllerHooks;
	readonly #queue = new SearchQueue((raw, superseded) => this.#run(raw, superseded));

	constructor(hooks: ControllerHooks) {
		this.#hooks = hooks;
	}

	/** Searches for this text (or clears the results when it is blank). */
	push(raw: string): void {
		this.#queue.push(raw);
	}

	/** Starts loading the engine before the first search (on focus); a failure is left for that search to report. */
	warmUp(): void {
		this.#hooks.load().catch(() => undefined);
	}

	async #run(raw: string, superseded: () => boolean): Promise<void> {
		const hooks = this.#hooks;
		hooks.beforeSearch?.(raw);
		if (!raw.trim()) {
			hooks.show(EMPTY_VIEW);
			return;
		}
		let view: SearchView;
		try {
			const engine = await hooks.load();
			if (superseded()) return;
			const answer = await engine.search(raw, { ...hooks.request?.(), superseded });
			if (answer.stale) return;
			view = answerView(answer, hooks.categoryLabel?.());
		} catch {
			view = failedView(raw);
		}
		hooks.show(view);
	}
}
