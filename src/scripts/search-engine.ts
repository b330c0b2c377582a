/**
 * The search engine behind the search page and the header's live results: Pagefind plus our
 * query handling (stop words, spelling correction, a per-word fallback for long questions).
 * Pagefind and the vocabulary are fetched on first use only, never on page load, and from the
 * built site itself (/pagefind/), which the Content Security Policy allows as 'self'.
 */
import { isTypingLastWord, normaliseQuery, searchTerms } from '../lib/search-query.ts';
import { Vocabulary, correctTerms, type VocabularyFile } from '../lib/search-spell.ts';
import { mergeRankings, shapeResult, type PagefindFragment, type SearchHit } from '../lib/search-results.ts';
import { categoryFilters, type ArticleCategory } from '../lib/search-filter.ts';
import { joinBase } from '../lib/urls.ts';

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindFragment>;
}

interface PagefindSearch {
	results: PagefindResult[];
}

/** The part of pagefind.js we use (see node_modules/pagefind and pagefind.app/docs/api/). */
interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

/** How to search. */
export interface SearchOptions {
	/** Turns spelling correction off (the reader chose "search instead for …"). */
	exact?: boolean;
	/** Only articles of this category (the search page's filter). */
	category?: ArticleCategory | undefined;
}

/** What one search produced. */
export interface SearchOutcome {
	/** The query as the reader typed it (normalised). */
	typed: string;
	/** The words searched for, after stop words and spelling correction. */
	searched: string;
	/** True when a misspelled word was replaced. */
	corrected: boolean;
	/** Results to show, best first. */
	hits: SearchHit[];
}

/** How many results we load and show; four articles today, room for the site to grow. */
const MAX_HITS = 10;

const BASE = import.meta.env.BASE_URL;

/**
 * Ranking tuned for a few long articles. Aliases (lay words from the frontmatter) and titles are
 * metadata that Pagefind 1.5 searches with these weights; a lower page-length weight stops a
 * short page from beating the long article that is really about the words.
 */
const RANKING = {
	metaWeights: { title: 6, aliases: 6 },
	pageLength: 0.3,
	termFrequency: 0.6,
};

/** A loaded search engine. */
export class SearchEngine {
	readonly #pagefind: PagefindModule;
	readonly #vocabulary: Vocabulary;

	constructor(pagefind: PagefindModule, vocabulary: Vocabulary) {
		this.#pagefind = pagefind;
		this.#vocabulary = vocabulary;
	}

	/** Searches for what the reader typed. While the last word is still being typed it is not corrected. */
	async search(raw: string, { exact = false, category }: SearchOptions = {}): Promise<SearchOutcome> {
		const typed = normaliseQuery(raw);
		const terms = searchTerms(typed);
		const correction = exact ? { terms, changed: false } : correctTerms(terms, this.#vocabulary, isTypingLastWord(raw));
		const searched = correction.terms.join(' ');
		if (!searched) return { typed, searched, corrected: false, hits: [] };
		const results = await this.#find(correction.terms, category);
		const fragments = await Promise.all(results.slice(0, MAX_HITS).map((result) => result.data()));
		const hits = fragments.map((fragment) => shapeResult(fragment, BASE, correction.terms));
		return { typed, searched, corrected: correction.changed, hits };
	}

	/**
	 * All words first; when no page holds every word (a long question), each word alone, pages
	 * matching most words ranked first.
	 */
	async #find(terms: readonly string[], category: ArticleCategory | undefined): Promise<PagefindResult[]> {
		const options = categoryFilters(category);
		const all = (await this.#pagefind.search(terms.join(' '), options))?.results ?? [];
		if (all.length > 0 || terms.length < 2) return all;
		const each = await Promise.all(
			terms.map(async (term) => (await this.#pagefind.search(term, options))?.results ?? []),
		);
		const byId = new Map(each.flat().map((result) => [result.id, result]));
		return mergeRankings(each).flatMap((id) => byId.get(id) ?? []);
	}
}

async function fetchVocabulary(): Promise<Vocabulary> {
	try {
		const response = await fetch(joinBase(BASE, '/search/vocabulary.json'));
		const file = response.ok ? ((await response.json()) as VocabularyFile) : { words: [] };
		return new Vocabulary(Array.isArray(file.words) ? file.words : []);
	} catch {
		// Without the vocabulary, search still works; it just cannot correct spelling.
		return new Vocabulary([]);
	}
}

async function createEngine(): Promise<SearchEngine> {
	const url = joinBase(BASE, '/pagefind/pagefind.js');
	const [pagefind, vocabulary] = await Promise.all([
		import(/* @vite-ignore */ url) as Promise<PagefindModule>,
		fetchVocabulary(),
	]);
	// noWorker: for an index this small, a Web Worker costs more than it saves. Starting it means
	// fetching a second 41 KB script and a round trip per call; on the main thread the same search
	// took half the time in tests/bench/search.ts. The CSP allows the WebAssembly ('wasm-unsafe-eval').
	// baseUrl '/': result URLs stay site paths ("/leg-cramps/"); search-results.ts adds the deploy base
	// once. Left to itself, Pagefind would prefix the base path it was loaded from, and under a
	// sub-path deploy the link would carry it twice.
	await pagefind.options({ excerptLength: 26, ranking: RANKING, noWorker: true, baseUrl: '/' });
	await pagefind.init();
	// init() leaves the WebAssembly for the first search to fetch and compile, the slowest step of a
	// first search. The engine loads when the reader focuses a box, so start that step now, while
	// they type; "leg" is in almost every query, so its part of the index is worth having too.
	pagefind.preload('leg').catch(() => undefined);
	return new SearchEngine(pagefind, vocabulary);
}

let engine: Promise<SearchEngine> | undefined;

/**
 * Loads Pagefind and the vocabulary once per page. A failed load is forgotten, so the next
 * keystroke tries again (the reader may have come back online).
 */
export function loadSearchEngine(): Promise<SearchEngine> {
	engine ??= createEngine().catch((error: unknown) => {
		engine = undefined;
		throw error;
	});
	return engine;
}
