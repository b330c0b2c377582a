import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	analyse,
	extractProse,
	isPolysyllable,
	smogGrade,
	splitSentences,
	stripFrontmatter,
	words,
} from '../../../src/build/readability.ts';

const article = `---
title: Leg cramps at night
description: A description that is not prose.
---

import CalfStretch from '../../../src/content-components/illustrations/CalfStretch.astro';

## How to stretch out a cramp

Stretch the **tight** muscle. See our [warning signs](/warning-signs/) page.

<Steps>

1. Pull your toes up
2. Hold it

</Steps>

<CareCard level="urgent" title="Get help today">
One leg is swollen and red.
</CareCard>

<Figure caption="The calf stretch">
	<CalfStretch />
</Figure>
`;

test('frontmatter is removed, and only a leading block counts as frontmatter', () => {
	assert.equal(stripFrontmatter('---\ntitle: A\n---\nBody text.'), 'Body text.');
	assert.equal(stripFrontmatter('Body.\n---\nnot: frontmatter\n---\n'), 'Body.\n---\nnot: frontmatter\n---\n');
});

test('prose keeps the text readers read and drops frontmatter, imports, tags, attributes and URLs', () => {
	const prose = extractProse(article);
	assert.equal(
		prose,
		[
			'How to stretch out a cramp.',
			'Stretch the tight muscle. See our warning signs page.',
			'Pull your toes up.',
			'Hold it.',
			'One leg is swollen and red.',
		].join('\n'),
	);
	for (const gone of ['title:', 'import', 'CareCard', 'urgent', 'Get help today', '/warning-signs/', '**', 'caption']) {
		assert.ok(!prose.includes(gone), `prose should not contain ${gone}`);
	}
});

test('a paragraph wrapped over several lines stays one unit; a list item ending in a colon ends a sentence', () => {
	assert.equal(
		extractProse('Cramps are\ncommon at night.\n\n- water pills:\n- statins'),
		'Cramps are common at night.\nwater pills.\nstatins.',
	);
});

test('table cells, blockquotes, code, comments and images are handled', () => {
	const prose = extractProse(
		'> A quote\n\n| Cramp | Restless legs |\n| --- | --- |\n| Hard muscle | Urge to move |\n\n```\nconst x = 1;\n```\n\n{/* note */}\n<!-- hidden -->\n![A leg](leg.png)',
	);
	assert.deepEqual(prose.split('\n'), ['A quote.', 'Cramp.', 'Restless legs.', 'Hard muscle.', 'Urge to move.']);
});

test('sentences split at full stops before a capital, not at abbreviations or decimals', () => {
	assert.deepEqual(splitSentences('Stretch it, e.g. pull your toes. It helps. Take 1.5 doses? No.'), [
		'Stretch it, e.g. pull your toes.',
		'It helps.',
		'Take 1.5 doses?',
		'No.',
	]);
	assert.deepEqual(splitSentences('"Nocturnal" means "at night." Doctors say so.'), [
		'"Nocturnal" means "at night."',
		'Doctors say so.',
	]);
	assert.deepEqual(splitSentences('One.\nTwo'), ['One.', 'Two']);
});

test('words split hyphenated compounds but keep apostrophes', () => {
	assert.deepEqual(words("Parkinson's over-the-counter don't 30"), [
		"Parkinson's",
		'over',
		'the',
		'counter',
		"don't",
		'30',
	]);
});

test('polysyllables are words of three or more syllables; numbers never are', () => {
	assert.equal(isPolysyllable('magnesium'), true);
	assert.equal(isPolysyllable('quinine'), false);
	assert.equal(isPolysyllable("Parkinson's"), true);
	assert.equal(isPolysyllable('calf'), false);
	assert.equal(isPolysyllable('1000'), false);
});

test('SMOG follows McLaughlin’s formula', () => {
	// 30 sentences with 30 polysyllables: 1.043 × √30 + 3.1291.
	assert.equal(smogGrade(30, 30).toFixed(4), (1.043 * Math.sqrt(30) + 3.1291).toFixed(4));
	assert.equal(smogGrade(0, 10), 3.1291);
	assert.equal(smogGrade(5, 0), 0);
});

test('analyse counts words, sentences and polysyllables of the prose only', () => {
	const result = analyse(article);
	assert.equal(result.sentences, 6);
	assert.equal(result.words, 27);
	assert.equal(result.polysyllables, 0);
	assert.equal(result.smog, 3.1);
	const hard = analyse('Hypothyroidism, diabetes and neuropathy.');
	assert.equal(hard.polysyllables, 3);
	assert.equal(hard.smog, Math.round(smogGrade(3, 1) * 10) / 10);
});

test('sentences over 20 words are listed for the writer to split; headings and list items count on their own', () => {
	const long =
		'This sentence goes on and on for far more words than a tired reader can hold in mind at one go, really.';
	const result = analyse(`## A heading\n\n- a list item\n\nA short one. ${long}\n`);
	assert.deepEqual(result.longSentences, [long]);
	assert.equal(result.longest, 22);
	assert.deepEqual(analyse('One. Two words.\n').longSentences, []);
});
