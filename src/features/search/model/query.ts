/**
 * Query normalisation for site search. Readers type questions ("why do my legs hurt at night"),
 * but Pagefind ranks pages that contain every word, so the glue words of a question would hide
 * the page that answers it. These helpers turn what was typed into the words worth searching for.
 */
import { WORD_CHARACTER, foldText, words } from '../../../lib/words.ts';

/** Longest query we search for; anything longer is almost certainly pasted text, not a question. */
export const MAX_QUERY_LENGTH = 200;

/** Words a question starts with ("how long does a cramp last", "is restless legs serious"); all stop words too. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
	'are',
	'can',
	'could',
	'do',
	'does',
	'how',
	'is',
	'should',
	'what',
	'when',
	'where',
	'which',
	'who',
	'why',
	'will',
]);

/**
 * Words that carry no topic in a lay health question: glue words, pronouns, contractions typed
 * without the apostrophe ("cant", "dont") and filler verbs ("keeps coming back", "goes"). Every
 * other word is searched on its own and weighted by how rare it is, so a filler word left in would
 * count as a rare topic word on the one page that happens to use it. "long", "last", "feel",
 * "still", "night" and "one" stay because they tell pages apart ("one leg swollen").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	...QUESTION_WORDS,
	'a',
	'about',
	'again',
	'also',
	'always',
	'am',
	'an',
	'and',
	'any',
	'as',
	'at',
	'be',
	'been',
	'but',
	'by',
	'cant',
	'come',
	'comes',
	'coming',
	'did',
	'didnt',
	'doesn',
	'doesnt',
	'doing',
	'don',
	'dont',
	'every',
	'for',
	'from',
	'get',
	'gets',
	'getting',
	'go',
	'goes',
	'going',
	'got',
	'had',
	'has',
	'have',
	'he',
	'her',
	'him',
	'his',
	'i',
	'if',
	'im',
	'in',
	'isnt',
	'it',
	'its',
	'ive',
	'just',
	'keep',
	'keeps',
	'like',
	'make',
	'makes',
	'me',
	'much',
	'my',
	'of',
	'on',
	'or',
	'our',
	'really',
	'say',
	'says',
	'she',
	'so',
	'some',
	'than',
	'that',
	'the',
	'their',
	'them',
	'then',
	'there',
	'these',
	'they',
	'this',
	'to',
	'too',
	'up',
	'us',
	'versus',
	'very',
	'vs',
	'was',
	'we',
	'were',
	'whats',
	'with',
	'wont',
	'would',
	'you',
	'your',
]);

/** Tidies raw input for display and for the URL: Unicode-normalised, single spaces, trimmed, capped. */
export function normaliseQuery(raw: string): string {
	return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

// The word splitter lives in src/lib/words.ts (the A–Z page uses it too); search modules import it from here.
export { foldText, words };

/**
 * "A&E", the UK's emergency department, is two single letters to a word splitter, and single
 * letters are dropped as contraction tails: read it as the word it stands for.
 */
const AE = /\ba\s?&\s?e\b/giu;

/** The words of a query, after normalisation (so at most MAX_QUERY_LENGTH characters). */
export function tokenize(query: string): string[] {
	return words(normaliseQuery(query).replace(AE, 'emergency'));
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

/** The shortest stem a word is cut down to: "legs" becomes "leg", "used" stays "used". */
const MIN_STEM_LENGTH = 3;

/**
 * The stem of a word: lower case, one common English ending dropped, so "stretch", "stretches",
 * "stretched" and "stretching" share "stretch". Ranking result sections, highlighting words on the
 * landing page and spelling correction all use this one rule: a word that finds a page (Pagefind
 * stems with Snowball) must also mark that page's words. Simpler than Snowball on purpose; callers
 * treat a stem as a prefix, so "aching" ("ach") still matches "ache". Endings that are not
 * inflections stay: "restless", "thrombosis", "need".
 */
export function stem(word: string): string {
	// No folding here: every caller passes words() output, already folded, and this runs per word.
	const lower = word.toLowerCase();
	const ending =
		/(?:ness|ing)$/u.exec(lower)?.[0] ??
		(/(?<!e)ed$/u.test(lower) ? 'ed' : undefined) ??
		// "-es" is an ending after ch, sh, ss, x, z ("stretches"); elsewhere only its "s" is ("shoes").
		(/(?:ch|sh|ss|x|z)es$/u.test(lower) ? 'es' : undefined) ??
		(/[^siu]s$/u.test(lower) ? 's' : '');
	return ending && lower.length - ending.length >= MIN_STEM_LENGTH ? lower.slice(0, -ending.length) : lower;
}

/**
 * True when two words are forms of one word the way Pagefind matches them: either stem is a prefix
 * of the other ("aching" and "ache", "stretched" and "stretching").
 */
export function sameWord(a: string, b: string): boolean {
	const x = stem(a);
	const y = stem(b);
	return x.startsWith(y) || y.startsWith(x);
}

/** The words of a text that carry a topic: stop words left out ("How to stretch out a cramp" gives stretch, out, cramp). */
export function meaningfulWords(text: string): string[] {
	return words(text).filter((word) => !STOP_WORDS.has(word));
}

/**
 * A pattern for the whole words of a text that are forms of the given words: each word starting
 * with one of their stems ("stretched" marks "stretch" and "stretching"). Undefined for no words.
 */
export function stemPattern(terms: readonly string[]): RegExp | undefined {
	// words() keeps letters and digits only, so no stem needs escaping.
	const stems = [...new Set(terms.flatMap(words).map(stem))];
	if (stems.length === 0) return undefined;
	return new RegExp(`(?<!${WORD_CHARACTER})(?:${stems.join('|')})${WORD_CHARACTER}*`, 'giu');
}

/**
 * Where a stemPattern() matches a text, compared folded (foldText) as the pattern's words were:
 * [start, end) ranges in the original text, so "café" is marked whole for "cafe", and a decomposed
 * "e\u0301" keeps its accent inside the mark. Ranges are in order and never overlap.
 */
export function matchRanges(text: string, pattern: RegExp): [number, number][] {
	const folded = foldText(text);
	if (folded === text) return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
	// Folding changes lengths ("é" may be one unit or two, "ﬁ" becomes "fi"), so record for each unit
	// of the folded text where its source character starts and ends in the original.
	let joined = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (let index = 0; index < text.length;) {
		const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
		const part = foldText(char);
		for (let unit = 0; unit < part.length; unit++) {
			starts.push(index);
			ends.push(index + char.length);
		}
		joined += part;
		index += char.length;
	}
	const ranges: [number, number][] = [];
	for (const match of joined.matchAll(pattern)) {
		if (match[0] === '') continue;
		const start = starts[match.index] ?? 0;
		let end = ends[match.index + match[0].length - 1] ?? start;
		// Combining marks after the last letter fold to nothing: they belong to that letter.
		while (end < text.length) {
			const next = String.fromCodePoint(text.codePointAt(end) ?? 0);
			if (foldText(next) !== '') break;
			end += next.length;
		}
		if (start >= (ranges.at(-1)?.[1] ?? 0)) ranges.push([start, end]);
	}
	return ranges;
}

/** True when the reader is probably still typing the last word (no space after it yet). */
export function isTypingLastWord(raw: string): boolean {
	return raw.length > 0 && !/\s$/u.test(raw);
}
