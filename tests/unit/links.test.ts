import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBrokenLinks, readPage } from '../../src/lib/links.ts';

const pages = [
	readPage('/', '<a href="/leg-cramps/#calf-stretch">x</a><a href="https://nhs.uk/">ext</a><img src="a.png">'),
	readPage('/leg-cramps/', '<h2 id="calf-stretch">Calf</h2><a href="#nowhere">x</a><a href="/warnign-signs/">typo</a>'),
];

test('broken pages and fragments are reported with the page they are on', () => {
	assert.deepEqual(findBrokenLinks(pages, '/', new Set(['/favicon.svg'])), [
		'/leg-cramps/ → #nowhere: no id "nowhere" there',
		'/leg-cramps/ → /warnign-signs/: no such page',
	]);
});

test('under a sub-path, links must carry the base path', () => {
	const subPages = [
		readPage('/', '<a href="/legs-at-night/leg-cramps/">ok</a><a href="/leg-cramps/">missing base</a>'),
		readPage('/leg-cramps/', '<p>x</p>'),
	];
	assert.deepEqual(findBrokenLinks(subPages, '/legs-at-night/', new Set()), [
		'/ → /leg-cramps/: outside the base path /legs-at-night/',
	]);
});

test('images without alt are listed', () => {
	assert.deepEqual(pages[0]?.imagesWithoutAlt, ['a.png']);
});
