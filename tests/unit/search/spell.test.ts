import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctTerms, Vocabulary } from '../../../src/features/search/model/spell.ts';
import { buildVocabulary, visibleText } from '../../../src/features/search/build/vocabulary.ts';

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

test('visibleText strips MDX imports, components, link targets and comments', () => {
	const text = visibleText(
		'import X from \'./x\';\n<CareCard level="urgent">Call [NHS 111](https://111.nhs.uk/)</CareCard>\n{/* note */}',
	);
	assert.doesNotMatch(text, /CareCard|urgent|https|import|note/);
	assert.match(text, /Call NHS 111/);
});

test('buildVocabulary lists words of four or more letters, most frequent first', () => {
	const { words } = buildVocabulary(['Cramps cramp cramps. Calf cramps at night!', 'Night cramps 2024']);
	assert.deepEqual(words, ['cramps', 'night', 'calf', 'cramp']);
});
