import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, words } from '../../../src/lib/words.ts';
import { letterOf } from '../../../src/lib/articles.ts';

test('words splits on punctuation, lower-cases and folds accents and full-width forms', () => {
	assert.deepEqual(words('Calf-cramp? Crámp, ｃａｌｆ!'), ['calf', 'cramp', 'cramp', 'calf']);
	assert.deepEqual(words('cra\u0301mp'), ['cramp']);
	assert.deepEqual(words('...'), []);
});

test('foldText drops combining marks but keeps the letters', () => {
	assert.equal(foldText('École'), 'Ecole');
});

test('the A–Z letter comes from the same splitter: quotes skipped, accents dropped', () => {
	assert.equal(letterOf('‘Growing pains’'), 'G');
	assert.equal(letterOf('École'), 'E');
	assert.equal(letterOf('5 stretches'), '0–9');
});
