/**
 * Query normalisation for site search. Readers type questions ("why do my legs hurt at night"),
 * but Pagefind ranks pages that contain every word, so the glue words of a question would hide
 * the page that answers it. These helpers turn what was typed into the words worth searching for.
 */

/** Longest query we search for; anything longer is almost certainly pasted text, not a question. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Words that carry no topic in a lay health question. Kept short on purpose: "long", "last",
 * "feel", "night" and "one" are left in because they tell pages apart ("one leg swollen").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'a',
	'about',
	'am',
	'an',
	'and',
	'any',
	'are',
	'as',
	'at',
	'be',
	'been',
	'but',
	'by',
	'can',
	'could',
	'did',
	'do',
	'does',
	'doing',
	'don',
	'doesn',
	'for',
	'from',
	'get',
	'gets',
	'getting',
	'had',
	'has',
	'have',
	'how',
	'i',
	'if',
	'im',
	'in',
	'is',
	'it',
	'its',
	'me',
	'my',
	'of',
	'on',
	'or',
	'should',
	'so',
	'that',
	'the',
	'their',
	'them',
	'there',
	'these',
	'they',
	'this',
	'to',
	'versus',
	'vs',
	'was',
	'we',
	'were',
	'what',
	'whats',
	'when',
	'where',
	'which',
	'who',
	'why',
	'will',
	'with',
	'would',
	'you',
	'your',
]);

/** Tidies raw input for display and for the URL: Unicode-normalised, single spaces, trimmed, capped. */
export function normaliseQuery(raw: string): string {
	return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Lower-case words (letters and digits) of any text; punctuation such as "?" or "-" separates words. */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** The words of a query, after normalisation (so at most MAX_QUERY_LENGTH characters). */
export function tokenize(query: string): string[] {
	return words(normaliseQuery(query));
}

/**
 * The words worth searching for: stop words dropped, duplicates removed, order kept.
 * A query made only of stop words ("how do i") keeps its words, so it is still searched as typed.
 */
export function searchTerms(query: string): string[] {
	const words = [...new Set(tokenize(query))];
	// Single letters are the tails of contractions ("don't" gives "don" and "t").
	const meaningful = words.filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/u.test(word)));
	return meaningful.length > 0 ? meaningful : words;
}

/** True when the reader is probably still typing the last word (no space after it yet). */
export function isTypingLastWord(raw: string): boolean {
	return raw.length > 0 && !/\s$/u.test(raw);
}
