import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase, stripBase } from '../../src/lib/urls.ts';

test('joinBase puts exactly one slash between base and path', () => {
	assert.equal(joinBase('/', '/leg-cramps/'), '/leg-cramps/');
	assert.equal(joinBase('/legs-at-night/', '/leg-cramps/'), '/legs-at-night/leg-cramps/');
	assert.equal(joinBase('/legs-at-night', 'leg-cramps/'), '/legs-at-night/leg-cramps/');
});

test('stripBase returns the site path under a sub-path deploy', () => {
	assert.equal(stripBase('/legs-at-night/', '/legs-at-night/leg-cramps/'), '/leg-cramps/');
	assert.equal(stripBase('/legs-at-night/', '/legs-at-night'), '/');
	assert.equal(stripBase('/', '/search/'), '/search/');
});
