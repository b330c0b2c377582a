import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueId } from '../../../src/lib/unique-id.ts';

test('the first use of a name on a page is the name; later ones are numbered in order', () => {
	const page = {};
	assert.equal(uniqueId(page, 'calf-stretch'), 'calf-stretch');
	assert.equal(uniqueId(page, 'cramp-sites'), 'cramp-sites');
	assert.equal(uniqueId(page, 'calf-stretch'), 'calf-stretch-2');
	assert.equal(uniqueId(page, 'calf-stretch'), 'calf-stretch-3');
});

test('each page counts on its own, so one page never shifts the ids of another (stable builds)', () => {
	const first = {};
	const second = {};
	uniqueId(first, 'calf-stretch');
	uniqueId(first, 'calf-stretch');
	assert.equal(uniqueId(second, 'calf-stretch'), 'calf-stretch');
	// The same page rendered again (the next build) gives the same ids in the same order.
	const rebuilt = {};
	assert.deepEqual(
		[uniqueId(rebuilt, 'calf-stretch'), uniqueId(rebuilt, 'calf-stretch')],
		['calf-stretch', 'calf-stretch-2'],
	);
});
