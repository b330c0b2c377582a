import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	isSelfCareQuery,
	orderForIntent,
	phraseBonus,
	phraseRun,
	queryIntent,
	rankByCoverage,
	termWeight,
} from '../../../src/features/search/model/rank.ts';

test('termWeight counts a rare word for more than a word on every page', () => {
	assert.ok(termWeight(1, 6) > 2 * termWeight(6, 6));
	assert.ok(termWeight(6, 6) > 0, 'a word on every page still counts a little');
});

test('rankByCoverage: a long query does not collapse when one word is on no page', () => {
	const ranked = rankByCoverage(
		[
			{ term: 'sitting', results: [{ id: 'everyday', score: 2 }] },
			{ term: 'desk', results: [{ id: 'everyday', score: 1 }] },
			{ term: 'zzz', results: [] },
			{
				term: 'legs',
				results: [
					{ id: 'everyday', score: 1 },
					{ id: 'cramps', score: 1 },
					{ id: 'home', score: 1 },
				],
			},
		],
		3,
	);
	assert.deepEqual(
		ranked.map(({ id }) => id),
		['everyday', 'cramps', 'home'],
	);
	assert.deepEqual(ranked[0]?.terms, ['sitting', 'desk', 'legs']);
	assert.ok(Math.abs((ranked[0]?.coverage ?? 0) - 1) < 1e-9, 'the words found count, the missing one is dropped');
});

test('rankByCoverage: the page holding the rare word beats one holding only a common word strongly', () => {
	const ranked = rankByCoverage(
		[
			{ term: 'crawling', results: [{ id: 'rls', score: 1 }] },
			{
				term: 'legs',
				results: [
					{ id: 'everyday', score: 9 },
					{ id: 'rls', score: 1 },
					{ id: 'cramps', score: 1 },
				],
			},
		],
		3,
	);
	assert.equal(ranked[0]?.id, 'rls');
});

test('rankByCoverage: a spelling guess counts for less than a typed word', () => {
	const ranked = rankByCoverage(
		[
			{ term: 'believe', guessed: true, results: [{ id: 'children', score: 1 }] },
			{ term: 'foot', results: [{ id: 'cramps', score: 1 }] },
		],
		6,
	);
	assert.equal(ranked[0]?.id, 'cramps');
});

test('queryIntent tells self-care, questions and descriptions apart', () => {
	assert.equal(queryIntent(['how', 'to', 'stop', 'a', 'cramp', 'fast']), 'self-care');
	assert.equal(queryIntent(['does', 'magnesium', 'help', 'cramps']), 'self-care');
	assert.equal(queryIntent(['how', 'long', 'does', 'a', 'cramp', 'last']), 'question');
	assert.equal(queryIntent(['calf', 'swollen', 'and', 'hot']), 'description');
	assert.equal(isSelfCareQuery(['cold', 'pale', 'foot']), false);
});

test('orderForIntent never leaves warning signs above the self-care answer', () => {
	const hits = [
		{ id: 'w', category: 'warning-signs' },
		{ id: 'c', category: 'condition' },
		{ id: 'e', category: 'self-care' },
	];
	assert.deepEqual(
		orderForIntent(hits, true).map(({ id }) => id),
		['c', 'w', 'e'],
	);
	assert.deepEqual(
		orderForIntent(hits, false).map(({ id }) => id),
		['w', 'c', 'e'],
	);
});

test('phraseRun finds query words standing together in a title or alias', () => {
	assert.equal(
		phraseRun(['help', 'restless', 'legs', 'night'], ['Restless legs syndrome', 'restless legs at night']),
		3,
	);
	assert.equal(phraseRun(['legs', 'night'], ['night leg cramps']), 0, 'the other order is not a phrase');
	assert.equal(phraseBonus(0, 4), 0);
	assert.ok(phraseBonus(3, 4) > phraseBonus(2, 4));
});

test('rankByCoverage: a worry word ("dangerous") on one page does not outrank the page the query names', () => {
	// "are restless legs dangerous": "restless" and "legs" are on most pages of a small site, and only
	// the cramps page says "dangerous", once. Counted as a rare topic word, it put the cramps page first.
	const others = ['home', 'everyday', 'children', 'compare'].map((id) => ({ id, score: 0.3 }));
	const perTerm = [
		{ term: 'restless', results: [{ id: 'restless', score: 3.2 }, { id: 'cramps', score: 0.4 }, ...others] },
		{ term: 'legs', results: [{ id: 'cramps', score: 1 }, { id: 'restless', score: 1 }, ...others] },
		{ term: 'dangerous', results: [{ id: 'cramps', score: 1.5 }] },
	];
	assert.equal(rankByCoverage(perTerm, 7)[0]?.id, 'restless');
	// The same query with a topic word in place of the worry word still goes where that word points.
	const topical = perTerm.map((entry) => (entry.term === 'dangerous' ? { ...entry, term: 'quinine' } : entry));
	assert.equal(rankByCoverage(topical, 7)[0]?.id, 'cramps');
});

test('rankByCoverage: a spelling guess counts for less than the words typed right', () => {
	// "growing pians": "pians" was corrected to "pins" (one edit; "pains" is two), a rare word on
	// the warning-signs page only. The word typed right, "growing", must still decide.
	const perTerm = [
		{
			term: 'growing',
			results: [
				{ id: 'children', score: 40 },
				{ id: 'home', score: 1 },
				{ id: 'warning', score: 0.7 },
			],
		},
		{ term: 'pins', guessed: true, results: [{ id: 'warning', score: 11 }] },
	];
	assert.equal(rankByCoverage(perTerm, 7)[0]?.id, 'children');
	// Typed that way on purpose ("growing pins"), the word would count in full and tie the pages.
	const typed = perTerm.map((entry) => ({ ...entry, guessed: false }));
	assert.equal(rankByCoverage(typed, 7)[0]?.id, 'warning');
});
