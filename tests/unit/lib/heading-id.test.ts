import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingId } from '../../../src/lib/heading-id.ts';

test('a heading id is the text in lower case, punctuation dropped, words joined by hyphens', () => {
	assert.equal(headingId('See a doctor if'), 'see-a-doctor-if');
	assert.equal(headingId('Call 999, 911 or 112 now if'), 'call-999-911-or-112-now-if');
	assert.equal(headingId('Get help today: one leg swollen'), 'get-help-today-one-leg-swollen');
	assert.equal(headingId('  Café crème  '), 'café-crème');
});

test('ids match the ones Markdown headings get on the same page', () => {
	// The same text as "### A blood clot in a deep vein (DVT)" in warning-signs.mdx, whose id is linked from the table.
	assert.equal(headingId('A blood clot in a deep vein (DVT)'), 'a-blood-clot-in-a-deep-vein-dvt');
});
