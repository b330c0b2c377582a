/**
 * Ranking across the words of a query. Pagefind alone ranks only pages holding every word, so a
 * long question ("sitting at a desk all day legs hurt") collapses to nothing, or to the one page
 * that happens to hold a stray word. Instead each meaningful word is searched on its own and the
 * pages are ranked by how much of the query they cover: a rare word ("crawling") counts for more
 * than one every page uses ("legs"), and words no page holds are simply dropped.
 *
 * Then intent: a "how to…" query is a reader looking for something to do now, so the warning-signs
 * page never comes above the self-care answer; a query in the words of a warning sign is left to
 * the care cards, whose sign text is indexed with extra weight (CareCard.astro).
 */
import { QUESTION_WORDS, meaningfulWords, sameWord } from './query.ts';

/** A page id and Pagefind's score for it in one search. */
export interface ScoredId {
	id: string;
	score: number;
}

/** What one word found: the pages holding it, with Pagefind's scores. */
export interface TermResults {
	term: string;
	results: readonly ScoredId[];
	/** Set when the word is a spelling correction: a guess, so it counts for less (GUESS_SHARE). */
	guessed?: boolean;
}

/** A page's place in the merged ranking. */
export interface RankedId {
	id: string;
	/** Weighted share of the query's words the page holds (0–1). */
	coverage: number;
	/** Coverage plus how strongly it holds them; what the ranking sorts by. */
	score: number;
	/** The query's words the page holds, in query order. */
	terms: string[];
}

/**
 * How much a word weighs: an inverse document frequency, so a word on one page ("crawling") counts
 * about three times a word on every page ("cramp"). Gentler than BM25's, which would give a word on
 * every page no weight at all: with a handful of long articles the query's main word ("cramp") is
 * on every page, and which page is about it is exactly what Pagefind's score for it says.
 */
export function termWeight(pagesWithTerm: number, pages: number): number {
	return Math.log(1 + pages / Math.max(1, pagesWithTerm));
}

/**
 * Words that say how worried the reader is, not what about ("is restless legs serious", "are
 * cramps dangerous"): the topic is the rest of the query. They still count a little, since a page
 * that answers "is it serious?" may use them, but a page that merely mentions "dangerous" once must
 * not outrank the page the query names.
 */
export const CONCERN_WORDS: ReadonlySet<string> = new Set([
	'bad',
	'concerned',
	'dangerous',
	'harmful',
	'normal',
	'serious',
]);

/**
 * How much of its usual weight a spelling correction keeps. A guess can be wrong in a way no page
 * shows ("growing pians" is one letter from "pins" but two from "pains"), while the words typed
 * right are sure: at a half, a wrong guess that is a rare word outweighed them.
 */
const GUESS_SHARE = 0.3;

/** How much of its usual weight a concern word keeps. */
const CONCERN_SHARE = 0.1;

/** The share of a word's weight a page earns just by holding it; the rest is for how strongly. */
const PRESENCE = 0.25;

/**
 * Merges one search per word into one ranking. A page's score is the weighted share of the
 * words it holds, each word counting a quarter for being there and the rest for how well the page
 * scores on it (relative to the best page for that word): Pagefind's own ranking (headings,
 * aliases, term frequency) says how much a page is about the word, the weights say which words
 * matter. `pages` is how many
 * pages the index has (an estimate is fine: it only sets how much rarer words count).
 */
export function rankByCoverage(perTerm: readonly TermResults[], pages: number): RankedId[] {
	const found = perTerm.filter(({ results }) => results.length > 0);
	const total = Math.max(pages, ...found.map(({ results }) => results.length));
	const weights = found.map(
		({ term, results, guessed }) =>
			termWeight(results.length, total) * (guessed ? GUESS_SHARE : 1) * (CONCERN_WORDS.has(term) ? CONCERN_SHARE : 1),
	);
	const sumOfWeights = weights.reduce((sum, value) => sum + value, 0) || 1;
	const ranked = new Map<string, RankedId & { first: number }>();
	let seen = 0;
	found.forEach(({ term, results }, index) => {
		const w = (weights[index] ?? 0) / sumOfWeights;
		const best = Math.max(...results.map((result) => result.score)) || 1;
		for (const { id, score } of results) {
			const entry = ranked.get(id) ?? { id, coverage: 0, score: 0, terms: [], first: seen++ };
			entry.coverage += w;
			entry.score += w * (PRESENCE + (1 - PRESENCE) * (score / best));
			entry.terms.push(term);
			ranked.set(id, entry);
		}
	});
	return [...ranked.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.map(({ id, coverage, score, terms }) => ({ id, coverage, score, terms }));
}

/**
 * Words that say the reader wants something to do now ("how to stop a cramp fast", "what helps
 * aching legs"). Matched against the typed words, stop words included, since "how" is one.
 */
export const SELF_CARE_WORDS: ReadonlySet<string> = new Set([
	'ease',
	'easing',
	'fast',
	'help',
	'helps',
	'prevent',
	'quickly',
	'relief',
	'relieve',
	'remedy',
	'remedies',
	'soothe',
	'stop',
	'tips',
	'treat',
	'treatment',
]);

/** True when the query asks how to ease or prevent something, rather than describing a symptom. */
export function isSelfCareQuery(words: readonly string[]): boolean {
	const asksHow = words.some((word, index) => word === 'how' && words[index + 1] === 'to');
	return asksHow || words.some((word) => SELF_CARE_WORDS.has(word));
}

/**
 * What the reader wants: something to do now ("how to stop a cramp fast"), an answer to a question
 * ("how long does a cramp last"), or to know what a thing they describe means ("cramp for 20
 * minutes"): only the last puts a matching care card first among a page's sections.
 */
export type QueryIntent = 'self-care' | 'question' | 'description';

/** The intent of a query, from its words as typed (stop words included). */
export function queryIntent(words: readonly string[]): QueryIntent {
	if (isSelfCareQuery(words)) return 'self-care';
	return words[0] !== undefined && QUESTION_WORDS.has(words[0]) ? 'question' : 'description';
}

/** A ranked page with the category Pagefind stored for it. */
export interface CategorisedHit {
	category: string | undefined;
}

/**
 * Applies the self-care rule to hits in ranking order: for a self-care query, the warning-signs
 * page moves just below the first other page, so the answer comes first and the warning signs stay
 * in view right under it. Other queries keep their order.
 */
export function orderForIntent<T extends CategorisedHit>(hits: readonly T[], selfCare: boolean): T[] {
	if (!selfCare) return [...hits];
	const firstOther = hits.findIndex((hit) => hit.category !== 'warning-signs');
	if (firstOther <= 0) return [...hits];
	const before = hits.slice(0, firstOther);
	return [hits[firstOther]!, ...before, ...hits.slice(firstOther + 1)];
}

/**
 * The longest run of consecutive query terms that also stands in a row in one of the phrases (a
 * page's title and its aliases, stop words left out of both): 0 when no two terms do. Pagefind
 * matches words one by one, so "restless legs at night" and "night leg cramps" look alike to it;
 * the aliases say which page readers mean by the words together.
 */
export function phraseRun(terms: readonly string[], phrases: readonly string[]): number {
	let best = 0;
	for (const phrase of phrases) {
		const said = meaningfulWords(phrase);
		for (let start = 0; start < terms.length; start += 1) {
			for (let at = 0; at < said.length; at += 1) {
				let run = 0;
				while (start + run < terms.length && at + run < said.length && sameWord(terms[start + run]!, said[at + run]!))
					run += 1;
				if (run > best) best = run;
			}
		}
	}
	return best >= 2 ? best : 0;
}

/** How much a phrase run adds to a page's score: a two-word run a quarter, each further word more. */
export function phraseBonus(run: number, terms: number): number {
	return run >= 2 ? (0.25 * (run - 1)) / Math.max(1, terms - 1) : 0;
}
