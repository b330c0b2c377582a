/**
 * The search engine behind the search page and the header's live results: Pagefind plus our
 * query handling (stop words, spelling correction, a per-word fallback for long questions).
 * Pagefind is fetched on first use only, never on page load, and the vocabulary part by part as
 * searches need its letters, all from the built site itself (/pagefind/), which the Content
 * Security Policy allows as 'self'.
 */
import { isTypingLastWord, normaliseQuery, searchTerms, tokenize } from '../model/query.ts';
import { PartedVocabulary, correctTerms, partsFor, type VocabularyFile } from '../model/spell.ts';
import { shapeResult, type PagefindFragment } from '../model/results.ts';
import { orderForIntent, queryIntent, phraseBonus, phraseRun, rankByCoverage } from '../model/rank.ts';
import { categoryFilters, type ArticleCategory } from '../model/filter.ts';
import { joinBase } from '../../../lib/urls.ts';
import type { SearchAnswer, SearchRequest } from '../model/controller.ts';

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

/** How many pages a search ranks, and shows when no smaller limit is asked for. */
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
	readonly #vocabulary = new PartedVocabulary();
	readonly #loading = new Map<string, Promise<void>>();

	constructor(pagefind: PagefindModule) {
		this.#pagefind = pagefind;
	}

	/** Loads the vocabulary parts these terms need, once each, side by side. */
	async #loadVocabulary(terms: readonly string[]): Promise<void> {
		const wanted = partsFor(terms).filter((part) => !this.#vocabulary.holds(part));
		await Promise.all(
			wanted.map((part) => {
				const pending =
					this.#loading.get(part) ??
					fetchVocabularyPart(part).then((words) => {
						this.#loading.delete(part);
						if (words) this.#vocabulary.add(part, words);
					});
				this.#loading.set(part, pending);
				return pending;
			}),
		);
	}

	/**
	 * Searches for what the reader typed. While the last word is still being typed it is not
	 * corrected. Pages are ranked first from the index alone; only the `limit` best are then loaded
	 * (each page's fragment is its whole text, the costly part of a first search), and none when a
	 * newer query is already waiting.
	 */
	async search(
		raw: string,
		{ exact = false, category, limit = MAX_HITS, superseded }: SearchRequest = {},
	): Promise<SearchAnswer> {
		const typed = normaliseQuery(raw);
		const terms = searchTerms(typed);
		if (!exact) await this.#loadVocabulary(terms);
		const correction = exact ? { terms, changed: false } : correctTerms(terms, this.#vocabulary, isTypingLastWord(raw));
		const searched = correction.terms.join(' ');
		const answer = { typed, searched, corrected: correction.changed, hits: [], total: 0 };
		if (!searched) return { ...answer, corrected: false };
		const guessed = correction.terms.map((term, index) => term !== terms[index]);
		const found = await this.#find(correction.terms, guessed, category);
		if (superseded?.()) return { ...answer, stale: true };
		const loaded = await Promise.all(
			found.slice(0, limit).map(async ({ result, score }) => {
				const fragment = await result.data();
				// Words typed together that a title or alias holds together ("restless legs at night").
				const run = phraseRun(correction.terms, phrasesOf(fragment));
				return { fragment, category: fragment.meta['category'], score: score + phraseBonus(run, terms.length) };
			}),
		);
		const words = tokenize(typed);
		const intent = queryIntent(words);
		const ordered = orderForIntent(
			loaded.sort((a, b) => b.score - a.score),
			intent === 'self-care',
		);
		const hits = ordered.map(({ fragment }) => shapeResult(fragment, BASE, correction.terms, { typed: words, intent }));
		return { ...answer, hits, total: found.length };
	}

	/**
	 * Each word on its own, merged by how much of the query a page covers (search-rank.ts), so one
	 * word no page holds never empties the results. A one-word query is a plain Pagefind search.
	 * Each shown page is then searched again for just the words it holds, so its excerpt and
	 * section links reflect all of them, not the last single-word search.
	 */
	async #find(
		terms: readonly string[],
		guessed: readonly boolean[],
		category: ArticleCategory | undefined,
	): Promise<{ result: PagefindResult; score: number }[]> {
		const options = categoryFilters(category);
		const search = async (query: string) => (await this.#pagefind.search(query, options))?.results ?? [];
		if (terms.length < 2) {
			return (await search(terms[0] ?? '')).slice(0, MAX_HITS).map((result) => ({ result, score: result.score }));
		}
		const each = await Promise.all(
			terms.map(async (term, index) => ({ term, guessed: guessed[index] ?? false, results: await search(term) })),
		);
		const byId = new Map(each.flatMap(({ results }) => results.map((result) => [result.id, result] as const)));
		// Pages holding any of the words: a fair stand-in for the index size in the word weights.
		const ranked = rankByCoverage(each, byId.size).slice(0, MAX_HITS);
		const subsets = [...new Set(ranked.filter((page) => page.terms.length > 1).map((page) => page.terms.join(' ')))];
		const together = new Map<string, PagefindResult>();
		await Promise.all(
			subsets.map(async (subset) => {
				for (const result of await search(subset)) together.set(`${subset}\n${result.id}`, result);
			}),
		);
		return ranked.flatMap(({ id, terms: held, score }) => {
			const result = together.get(`${held.join(' ')}\n${id}`) ?? byId.get(id);
			return result ? [{ result, score }] : [];
		});
	}
}

/** A page's title and aliases: the phrases its editors say readers use for it. */
function phrasesOf(fragment: PagefindFragment): string[] {
	return [fragment.meta['title'] ?? '', ...(fragment.meta['aliases'] ?? '').split(',')];
}

/**
 * One vocabulary part's words. A part the build did not write (no word starts with that letter)
 * is empty; a failed fetch gives undefined, so a later search asks again. Either way search still
 * works; it just cannot correct those words.
 */
async function fetchVocabularyPart(part: string): Promise<string[] | undefined> {
	try {
		const response = await fetch(joinBase(BASE, `/pagefind/vocabulary/${part}.json`));
		if (response.status === 404) return [];
		if (!response.ok) return undefined;
		const file = (await response.json()) as Partial<VocabularyFile>;
		return Array.isArray(file.words) ? file.words.filter((word) => typeof word === 'string') : [];
	} catch {
		return undefined;
	}
}

async function createEngine(): Promise<SearchEngine> {
	const url = joinBase(BASE, '/pagefind/pagefind.js');
	const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
	// noWorker: for an index this small, a Web Worker costs more than it saves. Starting it means
	// fetching a second 41 KB script and a round trip per call; on the main thread the same search
	// took half the time in tests/bench/search.ts. The CSP allows the WebAssembly ('wasm-unsafe-eval').
	// baseUrl '/': result URLs stay site paths ("/leg-cramps/"); search-results.ts adds the deploy base
	// once. Left to itself, Pagefind would prefix the base path it was loaded from, and under a
	// sub-path deploy the link would carry it twice.
	await pagefind.options({ excerptLength: 26, ranking: RANKING, noWorker: true, baseUrl: '/' });
	// Since Pagefind 1.6, init() fetches and compiles the WebAssembly too, the slowest step of a
	// first search; the engine loads when the reader focuses a box, so that happens while they type.
	await pagefind.init();
	return new SearchEngine(pagefind);
}

let engine: Promise<SearchEngine> | undefined;

/**
 * Loads Pagefind once per page. A failed load is forgotten, so the next
 * keystroke tries again (the reader may have come back online).
 */
export function loadSearchEngine(): Promise<SearchEngine> {
	engine ??= createEngine().catch((error: unknown) => {
		engine = undefined;
		throw error;
	});
	return engine;
}
