/**
 * The search page's category filter. Each article's category (src/schemas/article.ts) is indexed
 * as a Pagefind filter; the chosen one lives in the URL (?category=warning-signs) next to ?q=, so a
 * filtered search can be shared and reloaded. A value the site does not know is ignored, never shown.
 */
import type { articleCategories } from '../../../schemas/article.ts';

/** One of the article categories of the content schema. */
export type ArticleCategory = (typeof articleCategories)[number];

/** The search page's category parameter (also the radio buttons' name). */
export const CATEGORY_PARAM = 'category';

/**
 * Plain labels for the filter, in the order it lists them. Typed against the schema, so adding a
 * category there fails the type check until it has a label here.
 */
export const CATEGORY_LABELS: Readonly<Record<ArticleCategory, string>> = {
	condition: 'Conditions',
	'self-care': 'Self-care',
	'warning-signs': 'Warning signs',
	overview: 'Overview',
};

/** Every category, in the filter's order. */
export const SEARCH_CATEGORIES = Object.keys(CATEGORY_LABELS) as ArticleCategory[];

/** True when the value is a category of the schema. */
export function isCategory(value: string): value is ArticleCategory {
	return Object.hasOwn(CATEGORY_LABELS, value);
}

/** The category held by a location's search string ("?category=self-care"); undefined when absent or unknown. */
export function categoryFromSearch(search: string): ArticleCategory | undefined {
	const value = new URLSearchParams(search).get(CATEGORY_PARAM) ?? '';
	return isCategory(value) ? value : undefined;
}

/**
 * The same URL with ?category= set (or removed for all categories); other parameters and the
 * fragment are kept. Takes and returns a path-relative URL string.
 */
export function urlWithCategory(pathAndSearch: string, category: ArticleCategory | undefined): string {
	const url = new URL(pathAndSearch, 'http://localhost');
	if (category) url.searchParams.set(CATEGORY_PARAM, category);
	else url.searchParams.delete(CATEGORY_PARAM);
	return `${url.pathname}${url.search}${url.hash}`;
}

/** Pagefind's search options for a category (none for all categories). */
export function categoryFilters(category: ArticleCategory | undefined): { filters?: { category: string } } {
	return category ? { filters: { category } } : {};
}
