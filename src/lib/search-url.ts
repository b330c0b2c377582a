/**
 * Search state in the URL: /search/?q=… is the whole state of the search page, so a search can be
 * bookmarked, shared and reloaded; result links carry ?highlight=… so the article marks the words.
 */
import { normaliseQuery } from './search-query.ts';

/** The search page's query parameter (the header form's input is named after it). */
export const QUERY_PARAM = 'q';

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
	const words =
		normaliseQuery(value)
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? [];
	return [...new Set(words)].filter((word) => word.length > 1).slice(0, 10);
}
