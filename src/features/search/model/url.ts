/**
 * Search state in the URL: /search/?q=… is the whole state of the search page, so a search can be
 * bookmarked, shared and reloaded; result links carry ?highlight=… so the article marks the words.
 */
import { normaliseQuery, words } from './query.ts';
import { joinBase } from '../../../lib/urls.ts';

/** The search page's query parameter (the header form's input is named after it). */
export const QUERY_PARAM = 'q';

/** Set on the search page's URL when the reader chose "search instead for" the words as typed. */
export const EXACT_PARAM = 'exact';

/** The page that lists every article A to Z (src/pages/a-z.astro), where search sends readers it cannot help. */
export const INDEX_PATH = '/a-z/';

/** The parameter on result links that asks the article page to highlight the searched words. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The query held by a location's search string ("?q=calf+cramp"), normalised; "" when absent. */
export function queryFromSearch(search: string): string {
	return normaliseQuery(new URLSearchParams(search).get(QUERY_PARAM) ?? '');
}

/**
 * The same URL with ?q= set to the query (or removed when it is empty); other parameters and the
 * fragment are kept. Takes and returns a path-relative URL string ("/search/?q=cramp").
 */
export function urlWithQuery(pathAndSearch: string, query: string): string {
	const url = new URL(pathAndSearch, 'http://localhost');
	const normalised = normaliseQuery(query);
	if (normalised) url.searchParams.set(QUERY_PARAM, normalised);
	else url.searchParams.delete(QUERY_PARAM);
	return `${url.pathname}${url.search}${url.hash}`;
}

/** The words to highlight on an article page, from its ?highlight= parameter. */
export function highlightWords(search: string): string[] {
	const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
	// words(): the same folding as search, so a word typed with an accent marks the page's plain word.
	return [...new Set(words(normaliseQuery(value)))].filter((word) => word.length > 1).slice(0, 10);
}

/** Link to the A–Z page of every article, under the deploy base. */
export function indexHref(base: string): string {
	return joinBase(base, INDEX_PATH);
}

/** Link to /search/ for a query; `exact` asks it to search the words as typed, uncorrected. */
export function searchPageHref(base: string, query: string, exact = false): string {
	const params = new URLSearchParams();
	const normalised = normaliseQuery(query);
	if (normalised) params.set(QUERY_PARAM, normalised);
	if (exact) params.set(EXACT_PARAM, '1');
	const search = params.size > 0 ? `?${params.toString()}` : '';
	return `${joinBase(base, '/search/')}${search}`;
}
