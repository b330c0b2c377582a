import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentId, joinBase, stripBase } from '../../../src/lib/urls.ts';

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

test('fragmentId decodes the fragment, and takes a malformed escape as written instead of throwing', () => {
	assert.equal(fragmentId('#calf-stretch'), 'calf-stretch');
	assert.equal(fragmentId('#%C3%A9t%C3%A9'), 'été');
	assert.equal(fragmentId('calf'), 'calf');
	assert.equal(fragmentId(''), '');
	// decodeURIComponent throws URIError on each of these.
	assert.equal(fragmentId('#%E0%A4%A'), '%E0%A4%A');
	assert.equal(fragmentId('#100%'), '100%');
	assert.equal(fragmentId('#%zz'), '%zz');
});
