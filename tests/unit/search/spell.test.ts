import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	correctTerms,
	PartedVocabulary,
	partsFor,
	Vocabulary,
	vocabularyPart,
} from '../../../src/features/search/model/spell.ts';
import { buildVocabulary, indexedTexts, splitVocabulary } from '../../../src/features/search/build/vocabulary.ts';

const vocabulary = new Vocabulary([
	'cramps',
	'legs',
	'restless',
	'cramp',
	'thrombosis',
	'stretch',
	'swollen',
	'charley',
	'horse',
	'needles',
	'night',
]);

test('misspellings become the nearest word the articles use', () => {
	assert.deepEqual(correctTerms(['leg', 'crmaps'], vocabulary), { terms: ['leg', 'cramps'], changed: true });
	assert.deepEqual(correctTerms(['thrombossis'], vocabulary), { terms: ['thrombosis'], changed: true });
	assert.deepEqual(correctTerms(['restles', 'legs'], vocabulary), { terms: ['restless', 'legs'], changed: true });
	assert.deepEqual(correctTerms(['charly', 'horse'], vocabulary), { terms: ['charley', 'horse'], changed: true });
});

test('known words, their plurals, short words and numbers are left alone', () => {
	assert.deepEqual(correctTerms(['cramp', 'stretches', 'rls', 'dvt', '999'], vocabulary), {
		terms: ['cramp', 'stretches', 'rls', 'dvt', '999'],
		changed: false,
	});
});

test('a half-typed last word is not corrected while the reader is typing', () => {
	assert.deepEqual(correctTerms(['restl'], vocabulary, true), { terms: ['restl'], changed: false });
	assert.deepEqual(correctTerms(['restl'], vocabulary, false).changed, false, 'too far from any word');
	assert.deepEqual(correctTerms(['swolen'], vocabulary, false), { terms: ['swollen'], changed: true });
});

test('words far from every article word are kept as typed', () => {
	assert.deepEqual(correctTerms(['xylophone'], vocabulary), { terms: ['xylophone'], changed: false });
});

test('ties go to the more frequent word', () => {
	const tied = new Vocabulary(['bone', 'bane']);
	assert.equal(tied.nearest('bine'), 'bone');
});

test('a correction keeps the first letter: a real word the articles lack is not turned into another', () => {
	const words = new Vocabulary(['believe', 'lock', 'relief']);
	assert.equal(words.nearest('rock'), undefined);
	assert.equal(words.nearest('relieve'), 'relief');
});

test('buildVocabulary lists words of four or more letters, most frequent first', () => {
	const { words } = buildVocabulary(['Cramps cramp cramps. Calf cramps at night!', 'Night cramps 2024']);
	assert.deepEqual(words, ['cramps', 'night', 'calf', 'cramp']);
});

test('the vocabulary is written in parts by first letter, each keeping the frequency order', () => {
	const parts = splitVocabulary({ words: ['cramps', 'legs', 'calf', 'lying', 'ødema'] });
	assert.deepEqual([...parts.keys()], ['c', 'l', 'other']);
	assert.deepEqual(parts.get('c'), { words: ['cramps', 'calf'] });
	assert.equal(vocabularyPart('ødema'), 'other');
});

test('a search needs the parts of only the words correction looks at', () => {
	assert.deepEqual(partsFor(['calf', 'cramp', 'stretch', 'leg', '999', 'b12']), ['c', 's']);
});

test('the parted vocabulary corrects like the whole one, and knows no word of a part not loaded', () => {
	const parted = new PartedVocabulary();
	const whole = ['cramps', 'legs', 'restless', 'cramp', 'thrombosis', 'stretch', 'swollen'];
	for (const [part, file] of splitVocabulary({ words: whole })) if (part !== 't') parted.add(part, file.words);
	for (const terms of [['leg', 'crmaps'], ['restles', 'legs'], ['swolen'], ['stretches']]) {
		assert.deepEqual(correctTerms(terms, parted), correctTerms(terms, new Vocabulary(whole)), terms.join(' '));
	}
	assert.equal(parted.holds('t'), false);
	assert.deepEqual(correctTerms(['thrombossis'], parted), { terms: ['thrombossis'], changed: false });
});

test('the vocabulary is read from what Pagefind indexed: the text and the searched metadata', () => {
	const texts = indexedTexts([
		{
			url: '/a/',
			content: 'Calf cramps at night',
			meta: { title: 'Leg cramps', aliases: 'charley horse', category: 'self-care' },
		},
	]);
	const { words } = buildVocabulary(texts);
	assert.ok(words.includes('charley'), 'aliases count');
	assert.ok(!words.includes('self'), 'the category is a filter value, not words of the page');
});
