/**
 * The spelling vocabulary, written in the same pass as the search index and from the same text
 * (pagefind-index.ts): every word a reader can find, in parts by first letter (spell.ts explains
 * why a search needs only some of them).
 */
import { words } from '../../../lib/words.ts';
import { MIN_WORD_LENGTH, vocabularyPart, type VocabularyFile } from '../model/spell.ts';
import type { IndexedPage } from './pagefind-index.ts';

/** Metadata that search matches on and a reader sees; "category" is a filter value, not prose. */
const SEARCHED_META = ['title', 'aliases', 'summary'] as const;

/** The texts of the indexed pages that search matches: each page's body and searched metadata. */
export function indexedTexts(pages: readonly IndexedPage[]): string[] {
	return pages.flatMap((page) => [page.content, ...SEARCHED_META.map((key) => page.meta[key] ?? '')]);
}

/** Every word of at least MIN_WORD_LENGTH letters in the texts, most frequent first (ties A–Z). */
export function buildVocabulary(texts: Iterable<string>): VocabularyFile {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of words(text)) {
			if (word.length < MIN_WORD_LENGTH || /\d/u.test(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([word]) => word);
	return { words: ranked };
}

/** The vocabulary cut into its parts, each keeping the frequency order. */
export function splitVocabulary({ words: all }: VocabularyFile): Map<string, VocabularyFile> {
	const parts = new Map<string, VocabularyFile>();
	for (const word of all) {
		const part = vocabularyPart(word);
		const file = parts.get(part) ?? { words: [] };
		file.words.push(word);
		parts.set(part, file);
	}
	return parts;
}
