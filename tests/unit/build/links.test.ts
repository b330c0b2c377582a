import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBrokenLinks, findMarkupProblems, readPage } from '../../../src/build/links.ts';

const files = new Set(['/favicon.svg', '/og/site.png']);
const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

const pages = [
	readPage('/', '<a href="/leg-cramps/#calf-stretch">x</a><a href="https://nhs.uk/">ext</a><img src="/og/site.png">'),
	readPage('/leg-cramps/', '<h2 id="calf-stretch">Calf</h2><a href="#nowhere">x</a><a href="/warnign-signs/">typo</a>'),
];

test('broken pages and fragments are reported with the page they are on', () => {
	assert.deepEqual(findBrokenLinks(pages, '/', files), [
		{ page: '/leg-cramps/', message: '/leg-cramps/ → #nowhere: no id "nowhere" there' },
		{ page: '/leg-cramps/', message: '/leg-cramps/ → /warnign-signs/: no such page' },
	]);
});

test('a link with a malformed percent-escape in its fragment is reported, not a crash of the check', () => {
	const broken = [
		readPage('/', '<a href="/leg-cramps/#%E0%A4%A">x</a>'),
		readPage('/leg-cramps/', '<h2 id="calf-stretch">Calf</h2>'),
	];
	assert.deepEqual(messages(findBrokenLinks(broken, '/', files)), [
		'/ → /leg-cramps/#%E0%A4%A: no id "%E0%A4%A" there',
	]);
});

test('under a sub-path, links must carry the base path', () => {
	const subPages = [
		readPage('/', '<a href="/legs-at-night/leg-cramps/">ok</a><a href="/leg-cramps/">missing base</a>'),
		readPage('/leg-cramps/', '<p>x</p>'),
	];
	assert.deepEqual(messages(findBrokenLinks(subPages, '/legs-at-night/', new Set())), [
		'/ → /leg-cramps/: outside the base path /legs-at-night/',
	]);
});

test('images, stylesheets and icons, frames and form targets must exist too', () => {
	const page = readPage(
		'/about/',
		[
			'<link rel="stylesheet" href="/_astro/gone.css"><link rel="icon" href="/favicon.svg">',
			'<link rel="canonical" href="https://legsatnight.example/about/">',
			'<img src="/og/site.png" alt=""><img src="cramp.png" alt="A calf">',
			'<iframe src="/embed/compare/" title="t"></iframe><iframe src="/embed/nothing/" title="t"></iframe>',
			'<form action="/search/"></form><form action="/serch/"></form>',
			'<img src="data:image/png;base64,AAAA" alt="">',
		].join(''),
	);
	const site = [page, readPage('/embed/compare/', ''), readPage('/search/', '')];
	assert.deepEqual(messages(findBrokenLinks(site, '/', files)), [
		'/about/ → cramp.png: no such file (<img>)',
		'/about/ → /_astro/gone.css: no such file (<link>)',
		'/about/ → /embed/nothing/: no such file (<iframe>)',
		'/about/ → /serch/: no such file (<form>)',
	]);
});

test('a javascript: address fails whatever element names it, with what to use instead', () => {
	const page = readPage(
		'/leg-cramps/',
		'<a href="javascript:alert(1)">x</a><a href=" JavaScript:void(0)">y</a><form action="javascript:go()"></form>',
	);
	const problems = findBrokenLinks([page], '/', files);
	assert.equal(problems.length, 3);
	for (const { page: where, message } of problems) {
		assert.equal(where, '/leg-cramps/');
		assert.match(message, /^\/leg-cramps\/ → .*javascript:.*: a javascript: address on <(a|form)> runs code/i);
		assert.match(message, /use a real address/);
	}
});

test('images without alt and ids used twice are named with their page', () => {
	const page = readPage(
		'/warning-signs/',
		'<img src="a.png"><h2 id="see-a-doctor-if">A</h2><h2 id="see-a-doctor-if">B</h2>',
	);
	assert.deepEqual(page.imagesWithoutAlt, ['a.png']);
	assert.deepEqual(findMarkupProblems([page]), [
		{ page: '/warning-signs/', message: '/warning-signs/: image a.png has no alt text' },
		{
			page: '/warning-signs/',
			message: '/warning-signs/: the id "see-a-doctor-if" is used more than once; give each heading or box its own',
		},
	]);
});
