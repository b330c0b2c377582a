/**
 * Spelling correction against the site's own vocabulary. Readers search tired, on a phone
 * ("leg crmaps", "thrombossis"); the nearest word the articles actually use is a better query than
 * one that finds nothing. Only words of the articles can be suggested, so a correction never
 * invents a term.
 */
import { distance } from 'fastest-levenshtein';
import { stem } from './query.ts';

/**
 * One part of the vocabulary as written at build time (/pagefind/vocabulary/<part>.json): the
 * words that share a first letter. Correction only ever compares words with the same first letter
 * (see `nearest`), so a search fetches just the parts of the letters its words start with, and
 * the first search stays small however many articles the site has.
 */
export interface VocabularyFile {
	/** Words of the articles (lower case, at least MIN_WORD_LENGTH letters), most frequent first. */
	words: string[];
}

/** Shorter words are never corrected: at two or three letters every edit makes another real word. */
export const MIN_WORD_LENGTH = 4;

/** The vocabulary part a word belongs to: its first letter, or "other" for any other first character. */
export function vocabularyPart(word: string): string {
	const first = word[0] ?? '';
	return /^[a-z]$/u.test(first) ? first : 'other';
}

/** The parts a search for these terms needs: those of the terms that correction looks at. */
export function partsFor(terms: readonly string[]): string[] {
	return [...new Set(terms.filter(isCorrectable).map(vocabularyPart))];
}

/** Short words and words with digits ("999", "b12") are never corrected, so need no vocabulary. */
function isCorrectable(term: string): boolean {
	return term.length >= MIN_WORD_LENGTH && !/\d/u.test(term);
}

/** What correction asks of a vocabulary. */
export interface WordList {
	hasForm(word: string): boolean;
	completes(prefix: string): boolean;
	nearest(word: string): string | undefined;
}

/** A vocabulary ready for look-ups: each word with its frequency rank (0 = most frequent). */
export class Vocabulary implements WordList {
	readonly #rank: Map<string, number>;
	readonly #words: readonly string[];
	readonly #stems: ReadonlySet<string>;

	constructor(words: readonly string[]) {
		this.#words = words;
		this.#rank = new Map(words.map((word, index) => [word, index]));
		this.#stems = new Set(words.map(stem));
	}

	/** True when the articles use this exact word. */
	has(word: string): boolean {
		return this.#rank.has(word);
	}

	/**
	 * True when the articles use some form of this word ("stretched" when they say "stretch"):
	 * the search index stems words, so such a word finds pages and needs no correction.
	 */
	hasForm(word: string): boolean {
		return this.#rank.has(word) || this.#stems.has(stem(word));
	}

	/** True when some article word starts with this prefix (the reader may still be typing it). */
	completes(prefix: string): boolean {
		return this.#words.some((word) => word.startsWith(prefix));
	}

	/**
	 * The closest article word, or undefined when none is close enough. Allowed edits grow with
	 * length: one for words up to five letters, two beyond (a swapped pair of letters is two edits).
	 * The first letter must match: typos rarely change it, and a real word that is not in the
	 * articles ("relieve", "rock") would otherwise become another real word ("believe", "lock") and
	 * send the search somewhere else. Ties go to the more frequent word.
	 */
	nearest(word: string): string | undefined {
		const budget = word.length <= 5 ? 1 : 2;
		let best: string | undefined;
		let bestDistance = budget + 1;
		for (const candidate of this.#words) {
			if (Math.abs(candidate.length - word.length) > budget || candidate[0] !== word[0]) continue;
			const d = distance(word, candidate);
			// Words are in frequency order, so the first word at a distance wins its tie.
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
		return best;
	}
}

/**
 * The vocabulary as loaded part by part: each word is looked up in its own letter's part. A part
 * that is not loaded (or failed to load) knows no words, so correction leaves such words alone.
 */
export class PartedVocabulary implements WordList {
	readonly #parts = new Map<string, Vocabulary>();

	/** Adds one part's words, in the order the part file lists them. */
	add(part: string, words: readonly string[]): void {
		this.#parts.set(part, new Vocabulary(words));
	}

	/** True once this part is loaded. */
	holds(part: string): boolean {
		return this.#parts.has(part);
	}

	#partOf(word: string): Vocabulary | undefined {
		return this.#parts.get(vocabularyPart(word));
	}

	hasForm(word: string): boolean {
		return this.#partOf(word)?.hasForm(word) ?? false;
	}

	completes(prefix: string): boolean {
		return this.#partOf(prefix)?.completes(prefix) ?? false;
	}

	nearest(word: string): string | undefined {
		return this.#partOf(word)?.nearest(word);
	}
}

/** The outcome of correcting a list of search terms. */
export interface Correction {
	/** The terms to search for, corrected where needed. */
	terms: string[];
	/** True when at least one term was replaced. */
	changed: boolean;
}

/**
 * Replaces each unknown term with the nearest article word. Short words, numbers and known words
 * stay. When `lastIsPartial` is set (the reader is still typing), a last term that begins some
 * article word stays too, so "restl" is not "corrected" before the reader finishes "restless".
 */
export function correctTerms(terms: readonly string[], vocabulary: WordList, lastIsPartial = false): Correction {
	let changed = false;
	const corrected = terms.map((term, index) => {
		if (!isCorrectable(term) || vocabulary.hasForm(term)) return term;
		if (lastIsPartial && index === terms.length - 1 && vocabulary.completes(term)) return term;
		const nearest = vocabulary.nearest(term);
		if (nearest === undefined || nearest === term) return term;
		changed = true;
		return nearest;
	});
	return { terms: corrected, changed };
}
