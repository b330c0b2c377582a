/**
 * Readability of an article's prose: the SMOG grade the content check holds every article to.
 * Pure functions, so the rules for what counts as prose and as a sentence are unit-tested.
 */
import { syllable } from 'syllable';
import { stripFrontmatter } from '../lib/frontmatter.ts';

/** What the content check reports for one article. */
export interface Readability {
	words: number;
	sentences: number;
	/** Words of three or more syllables, the only thing SMOG counts. */
	polysyllables: number;
	/** SMOG grade, rounded to one decimal place. */
	smog: number;
	/** Words in the longest sentence. */
	longest: number;
	/** Sentences longer than MAX_SENTENCE_WORDS, as written, for the writer to split. */
	longSentences: string[];
}

/** The longest sentence a tired reader takes in at one go (NHS service manual: up to 20 words). */
export const MAX_SENTENCE_WORDS = 20;

/** Removes a leading YAML frontmatter block (--- … ---): the splitter every reader of MDX files shares. */
export { stripFrontmatter };

/** A line that starts a block of its own (heading, list item, table row, quote), not part of a running paragraph. */
const blockStart = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>)/;

/** A unit of text that readers take as finished; ends that lack a full stop get one. */
const sentenceEnd = /[.!?]["'’”)\]]*$/;

/**
 * The prose a reader reads: frontmatter, imports and exports, code, comments, JSX expressions,
 * component tags (their attributes included), link targets, images and Markdown marks are removed;
 * the text inside components stays. Headings, list items and table cells count as sentences of
 * their own, because that is how a reader takes them in.
 */
export function extractProse(mdx: string): string {
	const text = stripFrontmatter(mdx)
		.replace(/\r\n?/g, '\n')
		.replace(/^```[\s\S]*?^```[ \t]*$/gm, '')
		.replace(/^(?:import|export)\s[^\n]*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/\{[^{}]*\}/g, '')
		// Component and HTML tags go, with their attributes; the text between them stays.
		.replace(/<\/?[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?\s*\/?>/g, '\n')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gm, '')
		.replace(/https?:\/\/\S+/g, '')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&amp;/g, '&');

	const units: string[] = [];
	let paragraph: string[] = [];
	const endParagraph = (): void => {
		if (paragraph.length > 0) units.push(paragraph.join(' '));
		paragraph = [];
	};
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || /^\|?\s*:?-{3,}/.test(line) || /^(?:-{3,}|\*{3,})$/.test(line)) {
			endParagraph();
		} else if (blockStart.test(line)) {
			endParagraph();
			if (line.startsWith('|')) units.push(...line.split('|').map((cell) => cell.trim()));
			else paragraph.push(line.replace(/^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, ''));
		} else {
			paragraph.push(line);
		}
	}
	endParagraph();

	return units
		.map((unit) => unit.replace(/\s+/g, ' ').trim())
		.filter((unit) => /[A-Za-z0-9]/.test(unit))
		.map((unit) => (sentenceEnd.test(unit) ? unit : `${unit.replace(/[\s:;,—–-]+$/, '')}.`))
		.join('\n');
}

/** Abbreviations whose full stops do not end a sentence. */
const abbreviations = /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx|a\.m|p\.m|U\.S|U\.K)\./gi;

/**
 * Splits prose into sentences: at a line break (each is the end of a unit from extractProse), or
 * at . ! or ? followed by a space and a capital letter or digit, but not after an abbreviation.
 */
export function splitSentences(prose: string): string[] {
	const guarded = prose.replace(abbreviations, (match) => match.replaceAll('.', '\u2024'));
	return guarded
		.split(/\n+|(?<=[.!?]["'’”)\]]*)\s+(?=["'‘“([]?[A-Z0-9])/)
		.map((sentence) => sentence.replaceAll('\u2024', '.').trim())
		.filter((sentence) => /[A-Za-z0-9]/.test(sentence));
}

/**
 * The words of a text. A hyphenated compound ("over-the-counter") counts as its parts, because
 * a reader decodes each part as a short word; "Parkinson's" and "don't" stay whole.
 */
export function words(text: string): string[] {
	return text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g) ?? [];
}

/** True for a word of three or more syllables; numbers are never polysyllables. */
export function isPolysyllable(word: string): boolean {
	return /[A-Za-z]/.test(word) && syllable(word.replace(/['’]s$/i, '')) >= 3;
}

/**
 * SMOG grade (McLaughlin 1969): 1.0430 × √(polysyllables × 30 / sentences) + 3.1291, the years of
 * schooling a reader needs. No sentences means no prose to grade, reported as 0.
 */
export function smogGrade(polysyllables: number, sentences: number): number {
	if (sentences <= 0) return 0;
	return 1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291;
}

/** Words, sentences, polysyllables and SMOG grade of an MDX article. */
export function analyse(mdx: string): Readability {
	const sentences = splitSentences(extractProse(mdx));
	const allWords = sentences.flatMap(words);
	const polysyllables = allWords.filter(isPolysyllable).length;
	return {
		words: allWords.length,
		sentences: sentences.length,
		polysyllables,
		smog: Math.round(smogGrade(polysyllables, sentences.length) * 10) / 10,
		longest: Math.max(0, ...sentences.map((sentence) => words(sentence).length)),
		longSentences: sentences.filter((sentence) => words(sentence).length > MAX_SENTENCE_WORDS),
	};
}
