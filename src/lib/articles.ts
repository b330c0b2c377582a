/** Pure helpers over article data; the Astro routes pass entries in, so these run in unit tests too. */

/** The article whose file is content/articles/index.mdx is the home page. */
export const HOME_ARTICLE_ID = 'index';

/** The site path of an article: its file name is its slug. */
export function articlePath(id: string): string {
	return id === HOME_ARTICLE_ID ? '/' : `/${id}/`;
}

/** Sorts articles A–Z by title, for the index lists on /search/ and the 404 page (getCollection's order is not stable). */
export function sortAlphabetically<T extends { data: { title: string } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** True when the article may be published: not a draft. */
export function isPublished(entry: { data: { draft: boolean } }): boolean {
	return !entry.data.draft;
}

/** Paths the site's own pages and files use; an article file named like one would collide with it. */
export const RESERVED_SLUGS = ['about', 'compare', 'embed', 'search', 'og', '404', 'pagefind', '_astro'] as const;

/**
 * Throws when two articles would share a URL or an article would take a reserved path. File names
 * are the slugs, so "Leg-Cramps.mdx" and "leg-cramps.mdx" would both claim /leg-cramps/.
 */
export function assertUniqueSlugs(entries: readonly { id: string; filePath?: string | undefined }[]): void {
	const seen = new Map<string, string>();
	for (const { id, filePath } of entries) {
		const file = filePath ?? `${id}.mdx`;
		const slug = id.toLowerCase();
		const other = seen.get(slug);
		if (other) throw new Error(`${file} and ${other} would both be published at /${slug}/. Rename one of them.`);
		seen.set(slug, file);
		if ((RESERVED_SLUGS as readonly string[]).includes(slug)) {
			throw new Error(`${file}: the URL /${slug}/ belongs to a page of the site. Rename the file.`);
		}
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
			throw new Error(`${file}: file names are URLs, so use lower-case words joined by hyphens, e.g. leg-cramps.mdx.`);
		}
	}
}
