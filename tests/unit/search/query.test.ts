import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	foldText,
	isTypingLastWord,
	matchRanges,
	MAX_QUERY_LENGTH,
	meaningfulWords,
	normaliseQuery,
	QUESTION_WORDS,
	sameWord,
	searchTerms,
	STOP_WORDS,
	stem,
	stemPattern,
	tokenize,
} from '../../../src/features/search/model/query.ts';
import { Vocabulary } from '../../../src/features/search/model/spell.ts';
import {
	highlightWords,
	indexHref,
	queryFromSearch,
	searchPageHref,
	urlWithQuery,
} from '../../../src/features/search/model/url.ts';

test('normaliseQuery collapses whitespace, trims and caps the length', () => {
	assert.equal(normaliseQuery('  calf \n cramp\tstretch '), 'calf cramp stretch');
	assert.equal(normaliseQuery('x'.repeat(500)).length, MAX_QUERY_LENGTH);
	assert.equal(normaliseQuery('ｃａｌｆ'), 'calf');
});

test('tokenize splits on punctuation and lower-cases', () => {
	assert.deepEqual(tokenize('Why do my legs hurt at night?'), ['why', 'do', 'my', 'legs', 'hurt', 'at', 'night']);
	assert.deepEqual(tokenize('<script>alert(1)</script>'), ['script', 'alert', '1', 'script']);
});

test('searchTerms drops the glue words of a question but keeps topic words', () => {
	assert.deepEqual(searchTerms('why do my legs hurt at night'), ['legs', 'hurt', 'night']);
	assert.deepEqual(searchTerms('how long does a cramp last'), ['long', 'cramp', 'last']);
	assert.deepEqual(searchTerms('one leg swollen'), ['one', 'leg', 'swollen']);
	assert.deepEqual(searchTerms('cramp vs restless legs'), ['cramp', 'restless', 'legs']);
	assert.deepEqual(searchTerms("don't cramp cramp"), ['cramp']);
});

test('searchTerms keeps a query made only of stop words', () => {
	assert.deepEqual(searchTerms('how do i'), ['how', 'do', 'i']);
});

test('isTypingLastWord is true until a space follows the last word', () => {
	assert.equal(isTypingLastWord('restl'), true);
	assert.equal(isTypingLastWord('restless '), false);
	assert.equal(isTypingLastWord(''), false);
});

test('queryFromSearch reads ?q= and normalises it', () => {
	assert.equal(queryFromSearch('?q=calf+cramp++stretch'), 'calf cramp stretch');
	assert.equal(queryFromSearch('?other=1'), '');
});

test('urlWithQuery sets or removes q and keeps everything else', () => {
	assert.equal(urlWithQuery('/search/', 'calf cramp'), '/search/?q=calf+cramp');
	assert.equal(urlWithQuery('/search/?q=old&exact=1#top', 'new'), '/search/?q=new&exact=1#top');
	assert.equal(urlWithQuery('/search/?q=old', '  '), '/search/');
	assert.equal(urlWithQuery('/legs/search/?q=a', '<b>&'), '/legs/search/?q=%3Cb%3E%26');
});

test('indexHref links to the A–Z page and searchPageHref to /search/, under the deploy base', () => {
	assert.equal(indexHref('/'), '/a-z/');
	assert.equal(indexHref('/legs-at-night/'), '/legs-at-night/a-z/');
	assert.equal(searchPageHref('/', ' leg  crmaps ', true), '/search/?q=leg+crmaps&exact=1');
	assert.equal(searchPageHref('/legs-at-night', '<b>'), '/legs-at-night/search/?q=%3Cb%3E');
	assert.equal(searchPageHref('/', ''), '/search/');
});

test('highlightWords returns unique words only, never markup', () => {
	assert.deepEqual(highlightWords('?highlight=calf+cramp+calf'), ['calf', 'cramp']);
	assert.deepEqual(highlightWords('?highlight=%3Cimg+src%3Dx%3E'), ['img', 'src']);
	assert.deepEqual(highlightWords(''), []);
});

test('stem drops one inflection, so every form of a word shares a stem', () => {
	for (const form of ['stretch', 'stretches', 'stretched', 'stretching', 'Stretching'])
		assert.equal(stem(form), 'stretch');
	for (const form of ['cramp', 'cramps', 'cramped', 'cramping']) assert.equal(stem(form), 'cramp');
	assert.equal(stem('legs'), 'leg');
	assert.equal(stem('shoes'), 'shoe');
	assert.equal(stem('numbness'), 'numb');
});

test('stem keeps endings that are not inflections, and short words whole', () => {
	for (const word of ['restless', 'thrombosis', 'need', 'bleed', 'used', 'rls', 'calf']) assert.equal(stem(word), word);
	// A misspelling is not a plural: "restles" must not share a stem with "restless".
	assert.notEqual(stem('restles'), stem('restless'));
});

test('stemPattern marks every form of the searched words, as whole words only', () => {
	const pattern = stemPattern(['stretched', 'calves']);
	assert.ok(pattern);
	const marked = (text: string) => [...text.matchAll(pattern)].map((match) => match[0]);
	assert.deepEqual(marked('Stretch your calf. Stretching helps, outstretched arms'), ['Stretch', 'Stretching']);
	assert.deepEqual(marked('calves and calve'), ['calves', 'calve']);
	assert.equal(stemPattern([]), undefined);
	assert.equal(stemPattern(['?!']), undefined);
});

test('ranking, highlighting and spelling correction agree on word forms (one stem rule)', () => {
	// The reader searched "stretched"; the article says "stretch" and "stretching".
	const pattern = stemPattern(['stretched'])!;
	for (const text of ['stretch', 'stretching', 'stretches']) {
		assert.match(text, pattern, `highlight marks ${text}`);
		assert.equal(sameWord(text, 'stretched'), true, `ranking counts ${text}`);
		pattern.lastIndex = 0;
	}
	assert.equal(new Vocabulary(['stretch']).hasForm('stretched'), true, 'spelling leaves it alone');
});

test('"A&E" is searched as the emergency department it names, not as two dropped letters', () => {
	assert.deepEqual(searchTerms('when to go to A&E with leg pain'), ['emergency', 'leg', 'pain']);
	assert.deepEqual(searchTerms('a & e'), ['emergency']);
	assert.deepEqual(searchTerms('a sore leg'), ['sore', 'leg']);
});

/** "cramp" with a combining acute accent on the "a" (U+0301), as some keyboards and phones type it. */
const combining = 'cra\u0301mp';

test('foldText drops accents, precomposed or combining, and unifies compatibility forms', () => {
	assert.equal(foldText(combining), 'cramp');
	assert.equal(foldText('crámp'), 'cramp');
	assert.equal(foldText('Café naïve'), 'Cafe naive');
	assert.equal(foldText('ｃａｌｆ'), 'calf');
	assert.equal(foldText('calf cramp'), 'calf cramp');
});

test('search terms and highlight words fold a combining accent the same way', () => {
	for (const typed of [combining, 'crámp', 'CRÁMP', 'cramp']) {
		assert.deepEqual(searchTerms(typed), ['cramp'], `searched for ${JSON.stringify(typed)}`);
		assert.deepEqual(
			highlightWords(`?highlight=${encodeURIComponent(typed)}`),
			['cramp'],
			`highlighted for ${JSON.stringify(typed)}`,
		);
	}
});

test('matchRanges marks the plain word for a word typed with a combining accent', () => {
	const pattern = stemPattern(highlightWords(`?highlight=${encodeURIComponent(combining)}`))!;
	assert.deepEqual(matchRanges('Night cramps, then a cramp.', pattern), [
		[6, 12],
		[21, 26],
	]);
});

test('matchRanges compares the page text folded too, and returns ranges in the original text', () => {
	const pattern = stemPattern(['cafe'])!;
	const cut = (text: string) => matchRanges(text, pattern).map(([start, end]) => text.slice(start, end));
	// Precomposed "é" on the page: one unit, marked whole.
	assert.deepEqual(cut('Café au lait, cafés'), ['Café', 'cafés']);
	// Decomposed "e" + U+0301 on the page: the accent stays inside the mark, not after it.
	assert.deepEqual(cut('A cafe\u0301 at night'), ['cafe\u0301']);
	// A ligature that folds to two letters, before the match: the offsets still line up.
	assert.deepEqual(cut('\ufb01ve cafe'), ['cafe']);
	assert.deepEqual(matchRanges('no match here', pattern), []);
});

test('meaningfulWords keeps the topic words of a heading and drops the glue', () => {
	assert.deepEqual(meaningfulWords('How to stretch out a cramp?'), ['stretch', 'out', 'cramp']);
});

test('every question word is a stop word, so a question never searches for "how" or "is"', () => {
	for (const word of QUESTION_WORDS) assert.equal(STOP_WORDS.has(word), true, word);
	assert.deepEqual(searchTerms('is restless legs serious'), ['restless', 'legs', 'serious']);
});
