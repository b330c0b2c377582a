/**
 * Builds the spelling vocabulary from article sources at build time (see
 * src/pages/search/vocabulary.json.ts). Only words readers can see count: MDX imports, component
 * tags, link targets and code are stripped first, so "callout" or "https" never become suggestions.
 */
import { words } from '../model/query.ts';
import { MIN_WORD_LENGTH, type VocabularyFile } from '../model/spell.ts';

/** Removes MDX and Markdown syntax, keeping the words a reader sees. */
export function visibleText(mdx: string): string {
	return mdx
		.replace(/^(import|export)\s.*$/gmu, ' ')
		.replace(/```[\s\S]*?```/gu, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/gu, ' ')
		.replace(/<!--[\s\S]*?-->/gu, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
		.replace(/<\/?[A-Za-z][^>]*>/gu, ' ')
		.replace(/https?:\/\/\S+/gu, ' ')
		.replace(/&[a-z]+;|&#\d+;/gu, ' ');
}

/** Every word of at least MIN_WORD_LENGTH letters in the texts, most frequent first (ties A–Z). */
export function buildVocabulary(texts: Iterable<string>): VocabularyFile {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of words(visibleText(text))) {
			if (word.length < MIN_WORD_LENGTH || /\d/u.test(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([word]) => word);
	return { words: ranked };
}
