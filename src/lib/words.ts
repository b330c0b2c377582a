/**
 * The one word splitter of the site. Search terms, the spelling vocabulary, highlighting, section
 * ranking and the A–Z page's letters all cut text into words here, so a word that finds a page is
 * the same word that marks it and files it under a letter.
 */

/** One character of a word: a letter or a digit in any script. Punctuation, "-" and "?" separate words. */
export const WORD_CHARACTER = '[\\p{L}\\p{N}]';

const WORD = new RegExp(`${WORD_CHARACTER}+`, 'gu');

/**
 * Text as search compares it: compatibility forms unified (NFKD: full-width "ｃａｌｆ" is "calf")
 * and combining marks dropped, so "crámp", "cra\u0301mp" (a combining accent) and "cramp" are one
 * word. Pagefind matches words this way (its `exactDiacritics` option is off), so every word we
 * compare ourselves (search terms, spelling vocabulary, highlighting and the page text it marks)
 * goes through this one function: a page found for "crámp" then opens with "cramp" marked.
 */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Lower-case, folded words (letters and digits) of any text. */
export function words(text: string): string[] {
	return foldText(text).toLowerCase().match(WORD) ?? [];
}
