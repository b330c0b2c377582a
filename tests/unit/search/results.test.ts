import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	careCardUrgency,
	decodeEntities,
	pagePath,
	parseExcerpt,
	resultHref,
	shapeResult,
	type PagefindFragment,
} from '../../../src/features/search/model/results.ts';
import { sameWord } from '../../../src/features/search/model/query.ts';

test('parseExcerpt keeps <mark> as marked runs and everything else as text', () => {
	assert.deepEqual(parseExcerpt('Pull your <mark>calf</mark> &amp; toes &lt;b&gt;'), [
		{ text: 'Pull your ', marked: false },
		{ text: 'calf', marked: true },
		{ text: ' & toes <b>', marked: false },
	]);
	assert.deepEqual(parseExcerpt('<img src=x onerror=alert(1)>'), [
		{ text: '<img src=x onerror=alert(1)>', marked: false },
	]);
});

test('decodeEntities handles named and numeric entities', () => {
	assert.equal(decodeEntities('&quot;a&#39;b&#x27;c&nbsp;&unknown;'), "\"a'b'c\u00a0&unknown;");
});

test('sameWord treats plurals and word endings as the same word', () => {
	assert.equal(sameWord('cramps', 'cramp'), true);
	assert.equal(sameWord('Stretching', 'stretch'), true);
	assert.equal(sameWord('calf', 'cramp'), false);
});

test('resultHref adds the base path, the highlight words and the section', () => {
	assert.equal(
		resultHref('/', '/leg-cramps/', ['calf', 'stretch'], 'calf-stretch'),
		'/leg-cramps/?highlight=calf+stretch#calf-stretch',
	);
	assert.equal(resultHref('/legs-at-night/', '/leg-cramps/', []), '/legs-at-night/leg-cramps/');
});

test('pagePath strips origin, query and fragment', () => {
	assert.equal(pagePath('https://example.org/leg-cramps/?x=1#a'), '/leg-cramps/');
	assert.equal(pagePath('leg-cramps/'), '/leg-cramps/');
});

function section(title: string, id: string | undefined, excerpt: string, score = 1) {
	return {
		title,
		url: `/leg-cramps/${id ? `#${id}` : ''}`,
		excerpt,
		weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
		...(id ? { anchor: { element: 'h3', id } } : {}),
	};
}

test('shapeResult puts the section whose heading best matches the query first', () => {
	const fragment: PagefindFragment = {
		url: '/leg-cramps/',
		excerpt: 'Leg <mark>cramps</mark> at night',
		meta: { title: 'Leg cramps at night' },
		sub_results: [
			section('Leg cramps at night', undefined, 'Leg <mark>cramps</mark>', 99),
			section('How to stretch out a cramp', 'how-to', 'How to <mark>stretch</mark> out a <mark>cramp</mark>.', 50),
			section(
				'Calf stretch',
				'calf-stretch',
				'<mark>Calf</mark> <mark>stretch</mark>. The <mark>cramp</mark> eases.',
				10,
			),
			section('Who gets cramps', 'who', 'Who gets <mark>cramps</mark>', 5),
			section('Quinine', 'quinine', 'for <mark>cramps</mark>', 1),
		],
	};
	const hit = shapeResult(fragment, '/', ['calf', 'cramp', 'stretch']);
	assert.equal(hit.title, 'Leg cramps at night');
	assert.equal(hit.path, '/leg-cramps/');
	assert.deepEqual(
		hit.sections.map((link) => link.href),
		[
			'/leg-cramps/?highlight=calf+cramp+stretch#calf-stretch',
			'/leg-cramps/?highlight=calf+cramp+stretch#how-to',
			'/leg-cramps/?highlight=calf+cramp+stretch#who',
		],
	);
	assert.equal(hit.excerpt.map((part) => part.text).join(''), 'Calf stretch. The cramp eases.');
});

test('shapeResult works without sub-results or a title', () => {
	const hit = shapeResult({ url: '/x/', excerpt: 'plain', meta: {} }, '/', []);
	assert.deepEqual(hit, {
		path: '/x/',
		href: '/x/',
		title: '/x/',
		excerpt: [{ text: 'plain', marked: false }],
		sections: [],
	});
});

test('careCardUrgency reads the level from a care card heading, 0 for other headings', () => {
	assert.equal(careCardUrgency('Immediate action required: Call 999, 911 or 112 now if'), 3);
	assert.equal(careCardUrgency('Urgent advice: Get medical help today if'), 2);
	assert.equal(careCardUrgency('Non-urgent advice: See a doctor if'), 1);
	assert.equal(careCardUrgency('Calf stretch'), 0);
});

test('shapeResult puts the matching care card first for a description, not for a question', () => {
	const section = (title: string, id: string, excerpt: string) => ({
		title,
		url: `/leg-cramps/#${id}`,
		anchor: { element: 'h3', id },
		excerpt,
	});
	const fragment: PagefindFragment = {
		url: '/leg-cramps/',
		excerpt: 'a <mark>cramp</mark>',
		meta: { title: 'Leg cramps at night' },
		sub_results: [
			section('How long a cramp lasts', 'long', 'a <mark>cramp</mark> lasts a few <mark>minutes</mark>'),
			section(
				'Urgent advice: Get medical help today if',
				'today',
				'a <mark>cramp</mark> lasts over 10 <mark>minutes</mark>',
			),
		],
	};
	const described = shapeResult(fragment, '/', ['cramp', 'minutes'], { typed: ['cramp', '20', 'minutes'] });
	assert.equal(described.sections[0]?.title, 'Urgent advice: Get medical help today if');
	const asked = shapeResult(fragment, '/', ['long', 'cramp', 'last'], {
		typed: ['how', 'long', 'does', 'a', 'cramp', 'last'],
		intent: 'question',
	});
	assert.equal(asked.sections[0]?.title, 'How long a cramp lasts');
});
