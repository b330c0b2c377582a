import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueId } from '../../../src/lib/unique-id.ts';

test('the first id of a name on a page is the name itself, so a single component keeps its plain ids', () => {
	const page = {};
	assert.equal(uniqueId(page, 'embed-code'), 'embed-code');
});

test('later uses on the same page are numbered, so two components never share an id', () => {
	const page = {};
	const ids = [uniqueId(page, 'embed-code'), uniqueId(page, 'embed-code'), uniqueId(page, 'embed-code')];
	assert.deepEqual(ids, ['embed-code', 'embed-code-2', 'embed-code-3']);
	assert.equal(uniqueId(page, 'figure'), 'figure', 'each name counts on its own');
});

test('every page starts afresh, so a page gets the same ids however many pages were built before it', () => {
	const first = {};
	const second = {};
	uniqueId(first, 'embed-code');
	uniqueId(first, 'embed-code');
	assert.equal(uniqueId(second, 'embed-code'), 'embed-code');
});
