import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	CATEGORY_LABELS,
	categoryFilters,
	categoryFromSearch,
	isCategory,
	SEARCH_CATEGORIES,
	urlWithCategory,
} from '../../../src/features/search/model/filter.ts';

test('every category has a plain label, in the order the filter lists them', () => {
	assert.deepEqual(SEARCH_CATEGORIES, ['condition', 'self-care', 'warning-signs', 'overview']);
	assert.deepEqual(
		SEARCH_CATEGORIES.map((category) => CATEGORY_LABELS[category]),
		['Conditions', 'Self-care', 'Warning signs', 'Overview'],
	);
});

test('categoryFromSearch reads a known ?category= and ignores anything else', () => {
	assert.equal(categoryFromSearch('?q=leg&category=warning-signs'), 'warning-signs');
	assert.equal(categoryFromSearch('?q=leg'), undefined);
	assert.equal(categoryFromSearch('?category=bogus'), undefined);
	assert.equal(categoryFromSearch('?category=%3Cb%3E'), undefined);
	// Inherited object keys are not categories.
	assert.equal(categoryFromSearch('?category=constructor'), undefined);
	assert.equal(isCategory('toString'), false);
});

test('urlWithCategory sets or removes the category and keeps everything else', () => {
	assert.equal(urlWithCategory('/search/?q=leg', 'self-care'), '/search/?q=leg&category=self-care');
	assert.equal(urlWithCategory('/search/?q=leg&category=self-care#a-z', undefined), '/search/?q=leg#a-z');
	assert.equal(urlWithCategory('/search/?category=bogus&q=leg', undefined), '/search/?q=leg');
});

test('categoryFilters passes the category to Pagefind, and nothing for all categories', () => {
	assert.deepEqual(categoryFilters('condition'), { filters: { category: 'condition' } });
	assert.deepEqual(categoryFilters(undefined), {});
});
