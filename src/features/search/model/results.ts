/**
 * Turns Pagefind's raw result data into what the search page shows: a title, an excerpt split into
 * plain and marked text (so the page builds DOM nodes and never parses markup), and up to three
 * section links, best match first, that land on the heading and highlight the searched words.
 */
import { joinBase } from '../../../lib/urls.ts';
import { HIGHLIGHT_PARAM } from './url.ts';
// words(): headings and excerpts are folded as the searched terms were, so "Café" ranks for "cafe".
import { meaningfulWords, sameWord, words } from './query.ts';
import { levelRank, signLevelIds, signLevels } from '../../warning-signs/model/signs.ts';
import { SELF_CARE_WORDS, type QueryIntent } from './rank.ts';

/** A word location in a Pagefind result, with the score Pagefind gave it for this query. */
export interface PagefindWordLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

/** One section of a page that matched (Pagefind splits pages on headings with ids). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
	weighted_locations?: PagefindWordLocation[];
	/** Absent for the part of the page before its first heading with an id. */
	anchor?: { element: string; id: string; text?: string };
}

/** The data Pagefind loads for one result page (the fields we use). */
export interface PagefindFragment {
	/**
	 * The page's path as indexed, e.g. "/leg-cramps/": no deploy base, because search-engine.ts sets
	 * Pagefind's baseUrl to "/"; resultHref adds the base once.
	 */
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: PagefindSubResult[];
}

/** A run of excerpt text; `marked` runs matched the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/** A link to one section of a result page. */
export interface SectionLink {
	title: string;
	href: string;
}

/** One search result, ready to render. */
export interface SearchHit {
	/** Site path without the base path, e.g. "/leg-cramps/". */
	path: string;
	/** Link to the page, with the base path. */
	href: string;
	title: string;
	excerpt: ExcerptPart[];
	/** Up to three sections, the best match first. */
	sections: SectionLink[];
}

/** How many section links a result shows. */
export const MAX_SECTIONS = 3;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, code: string) => {
		if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
		if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
		return ENTITIES[code.toLowerCase()] ?? whole;
	});
}

/**
 * Splits a Pagefind excerpt ("text with <mark>word</mark>") into runs of text. Only <mark> is
 * understood; anything else that looks like a tag stays literal text, because the page puts every
 * run into the DOM with textContent.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/gu;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
		parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
	return parts.filter((part) => part.text.length > 0);
}

/** How many of the terms occur among the words. */
function coverage(found: readonly string[], terms: readonly string[]): number {
	return terms.filter((term) => found.some((word) => sameWord(word, term))).length;
}

/**
 * How urgent a care card a section heading is (3 emergency … 1 see a doctor, 0 not a card), read
 * from the visually hidden prefix every card heading starts with (signLevels in warning-signs.ts).
 */
export function careCardUrgency(title: string): number {
	const level = signLevelIds.find((id) => title.startsWith(signLevels[id].prefix.trim()));
	return level ? signLevelIds.length - levelRank(level) : 0;
}

/** What a section is ranked with: the searched terms, the words as typed, and the query's intent. */
interface SectionQuery {
	terms: readonly string[];
	typed: readonly string[];
	intent: QueryIntent;
	/** For each term, how many of the page's section headings hold it. */
	headingCounts: ReadonlyMap<string, number>;
}

/**
 * A section's rank, compared key by key: how many searched words its heading and excerpt hold;
 * then, for a reader describing something, the more urgent care card (red flags before
 * reassurance); then the searched words in its heading, each counting less the more headings of the
 * page hold it ("foot" in "Foot stretch" tells more than "cramp", which half the headings of the
 * cramps page hold); then the typed words its heading shares, stop words too ("how to" finds "How to
 * stretch out a cramp"); how much of the heading is searched words ("Calf stretch" beats "How to
 * stretch out a cramp" for "calf stretch"); then Pagefind's own word scores.
 */
function sectionKeys(section: PagefindSubResult, query: SectionQuery): number[] {
	const { terms } = query;
	const marked = parseExcerpt(section.excerpt)
		.filter((part) => part.marked)
		.flatMap((part) => words(part.text));
	const allTitleWords = words(section.title);
	const titleWords = meaningfulWords(section.title);
	const inTitle = coverage(titleWords, terms);
	const headingWeight = terms
		.filter((term) => titleWords.some((word) => sameWord(word, term)))
		.reduce((sum, term) => sum + 1 / Math.max(1, query.headingCounts.get(term) ?? 1), 0);
	const located = section.weighted_locations ?? [];
	return [
		coverage([...marked, ...titleWords], terms),
		query.intent === 'description' ? careCardUrgency(section.title) : 0,
		headingWeight,
		coverage(allTitleWords, query.typed),
		titleWords.length > 0 ? inTitle / titleWords.length : 0,
		located.reduce((sum, location) => sum + location.balanced_score, 0),
	];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
	for (let index = 0; index < a.length; index += 1) {
		const difference = (b[index] ?? 0) - (a[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** Builds a link to a page (and section) that carries the searched words for highlighting. */
export function resultHref(base: string, path: string, terms: readonly string[], fragment?: string): string {
	const params = new URLSearchParams();
	if (terms.length > 0) params.set(HIGHLIGHT_PARAM, terms.join(' '));
	const query = params.size > 0 ? `?${params.toString()}` : '';
	return `${joinBase(base, path)}${query}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
}

/** Strips the origin and any query or fragment from a Pagefind URL, leaving the site path. */
export function pagePath(url: string): string {
	const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '');
	return path.startsWith('/') ? path : `/${path}`;
}

/**
 * Shapes one Pagefind result. Sections are the sub-results that start at a heading (h2–h6),
 * ordered by how well they match (see sectionKeys), so the first link is the section that answers
 * the query.
 */
export function shapeResult(
	fragment: PagefindFragment,
	base: string,
	terms: readonly string[],
	{ typed = [], intent = 'description' }: { typed?: readonly string[]; intent?: QueryIntent } = {},
): SearchHit {
	const path = pagePath(fragment.url);
	const sections = (fragment.sub_results ?? []).filter(
		(section) => section.anchor && /^h[2-6]$/u.test(section.anchor.element),
	);
	// A self-care query's "help", "stop", "fast" say what the reader wants, not where: they would
	// pick whichever section happens to say "may help".
	const topical = intent === 'self-care' ? terms.filter((term) => !SELF_CARE_WORDS.has(term)) : terms;
	const sectionTerms = topical.length > 0 ? topical : terms;
	const headingCounts = new Map(
		sectionTerms.map((term) => [
			term,
			sections.filter((section) => words(section.title).some((word) => sameWord(word, term))).length,
		]),
	);
	const query: SectionQuery = { terms: sectionTerms, typed, intent, headingCounts };
	const ranked = sections
		.map((section, order) => ({ section, order, keys: sectionKeys(section, query) }))
		.sort((a, b) => compareKeys(a.keys, b.keys) || a.order - b.order)
		.slice(0, MAX_SECTIONS);
	const pageExcerpt = parseExcerpt(fragment.excerpt);
	const best = ranked[0];
	// The best section's excerpt when it holds at least as many searched words as the page's own:
	// it then matches the first section link, which is where the reader will go.
	const excerpt =
		best && (best.keys[0] ?? 0) >= excerptCoverage(pageExcerpt, terms)
			? parseExcerpt(best.section.excerpt)
			: pageExcerpt;
	return {
		path,
		href: resultHref(base, path, terms),
		title: fragment.meta['title'] ?? path,
		excerpt,
		sections: ranked.map(({ section }) => ({
			title: section.title,
			href: resultHref(base, path, terms, section.anchor?.id),
		})),
	};
}

function excerptCoverage(parts: readonly ExcerptPart[], terms: readonly string[]): number {
	return coverage(
		parts.filter((part) => part.marked).flatMap((part) => words(part.text)),
		terms,
	);
}
