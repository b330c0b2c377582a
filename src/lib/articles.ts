/** Pure helpers over article data; the Astro routes pass entries in, so these run in unit tests too. */

/** The article whose file is content/articles/index.mdx is the home page. */
export const HOME_ARTICLE_ID = 'index';

/** The site path of an article: its file name is its slug. */
export function articlePath(id: string): string {
	return id === HOME_ARTICLE_ID ? '/' : `/${id}/`;
}

/** Reading order of the topics: the overview first, warning signs last. */
const categoryOrder = ['overview', 'condition', 'self-care', 'warning-signs'];

interface Sortable {
	id: string;
	data: { category: string; title: string };
}

/** Sorts articles in reading order (category, then title), because getCollection's order is not stable. */
export function sortArticles<T extends Sortable>(entries: readonly T[]): T[] {
	return [...entries].sort(
		(a, b) =>
			categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) ||
			a.data.title.localeCompare(b.data.title, 'en'),
	);
}

/** Sorts articles A–Z by title, for the index lists on /search/ and the 404 page. */
export function sortAlphabetically<T extends Sortable>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** True when the article may be published: not a draft. */
export function isPublished(entry: { data: { draft: boolean } }): boolean {
	return !entry.data.draft;
}
