/** Pure helpers over article data; the Astro routes pass entries in, so these run in unit tests too. */
import { words } from './words.ts';

/** The article whose file is content/articles/index.mdx is the home page. */
export const HOME_ARTICLE_ID = 'index';

/** The site path of an article: its file name is its slug. */
export function articlePath(id: string): string {
	return id === HOME_ARTICLE_ID ? '/' : `/${id}/`;
}

/** Sorts articles A–Z by title, for the A–Z page and the topic lists (getCollection's order is not stable). */
export function sortAlphabetically<T extends { data: { title: string } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** True when the article may be published: not a draft. */
export function isPublished(entry: { data: { draft: boolean } }): boolean {
	return !entry.data.draft;
}

/** Paths the site's own pages and files use; an article file named like one would collide with it. */
export const RESERVED_SLUGS = [
	'about',
	'compare',
	'embed',
	'search',
	'og',
	'404',
	'pagefind',
	'_astro',
	'a-z',
] as const;

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

/**
 * The main topics, in the order readers meet them: the short list that /search/ (without
 * JavaScript) and the 404 page show next to their link to the A–Z page. A fixed handful, so those
 * pages stay the same size however many articles the site gains.
 */
export const MAIN_TOPIC_IDS = [
	HOME_ARTICLE_ID,
	'leg-cramps',
	'restless-legs',
	'everyday-leg-pain',
	'warning-signs',
	'leg-pain-in-children',
] as const;

/**
 * The main topics among the published articles, in MAIN_TOPIC_IDS order. Throws when one is
 * missing (renamed, removed or a draft), so the build says so instead of quietly listing fewer.
 */
export function mainTopics<T extends { id: string }>(entries: readonly T[]): T[] {
	return MAIN_TOPIC_IDS.map((id) => {
		const entry = entries.find((candidate) => candidate.id === id);
		if (!entry) {
			throw new Error(
				`The main topics (MAIN_TOPIC_IDS in src/lib/articles.ts) name "${id}", which is not a published article. Update the list.`,
			);
		}
		return entry;
	});
}

/** One letter of the A–Z page: its heading, the id its jump link targets, and its articles A–Z. */
export interface LetterGroup<T> {
	/** "A"…"Z", "0–9" for titles that start with a digit, or "Other". */
	letter: string;
	/** Fragment id of the letter's heading, e.g. "letter-a". */
	id: string;
	entries: T[];
}

/**
 * The letter a title is listed under: its first letter or digit, accents dropped (so "École" is
 * under E) and quotes skipped (so "‘Growing pains’" is under G); "0–9" for a digit, "Other" for
 * a letter outside A–Z.
 */
export function letterOf(title: string): string {
	const first = words(title)[0]?.[0]?.toUpperCase() ?? '';
	if (/^[A-Z]$/.test(first)) return first;
	return /^\p{N}$/u.test(first) ? '0–9' : 'Other';
}

/** Articles grouped by letterOf(title): "0–9" first, then A–Z, then "Other"; only letters that have articles. */
export function groupByLetter<T extends { data: { title: string } }>(entries: readonly T[]): LetterGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const entry of sortAlphabetically(entries)) {
		const letter = letterOf(entry.data.title);
		const group = groups.get(letter);
		if (group) group.push(entry);
		else groups.set(letter, [entry]);
	}
	const rank = (letter: string) => (letter === '0–9' ? 0 : letter === 'Other' ? 2 : 1);
	return [...groups]
		.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en'))
		.map(([letter, grouped]) => ({
			letter,
			id: `letter-${letter === '0–9' ? '0-9' : letter.toLowerCase()}`,
			entries: grouped,
		}));
}
