import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	announcement,
	EMBED_CODE_WORDING,
	LINK_COPIED,
	LINK_NOT_COPIED,
} from '../../../src/features/share/model/share.ts';

const link = 'https://legsatnight.example/leg-cramps/#calf-stretch';

test('a copied link is announced as "Link copied", whatever the link', () => {
	assert.equal(announcement(1, link), 'Link copied');
	assert.equal(announcement(true, 'https://legsatnight.example/compare/?show=dvt,pad&diff=1'), LINK_COPIED);
});

test('a link that could not be copied is said in words, with the link itself to copy by hand', () => {
	assert.equal(announcement(0, link), `Could not copy. The link is ${link}`);
	// No clipboard at all (navigator.clipboard?.writeText gives undefined) is a failure too, not silence.
	assert.equal(announcement(undefined, link), LINK_NOT_COPIED + link);
});

test('the embed code says its own words, and its failure tells the reader what to do instead of giving a link', () => {
	const { copied, failed } = EMBED_CODE_WORDING;
	assert.equal(announcement(1, link, copied, failed), 'Embed code copied.');
	const message = announcement(0, link, copied, failed);
	assert.equal(message, 'Could not copy: select the code and copy it by hand.');
	assert.ok(!message.includes(link));
});
