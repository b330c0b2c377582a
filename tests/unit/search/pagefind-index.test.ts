import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readFragment } from '../../../src/features/search/build/pagefind-index.ts';

test("a Pagefind fragment is read as Pagefind's own script reads it: gzip, a marker, then JSON", () => {
	const page = { url: '/leg-cramps/', content: 'Calf cramps', meta: { title: 'Leg cramps at night' }, word_count: 2 };
	const bytes = gzipSync(`pagefind_dcd${JSON.stringify(page)}`);
	assert.deepEqual(readFragment(bytes), { url: '/leg-cramps/', content: 'Calf cramps', meta: page.meta });
});

test('anything else is refused with a message, not misread', () => {
	assert.throws(() => readFragment(gzipSync('{"url":"/"}')), /not a Pagefind fragment/i);
});
