import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellContent, cellShort, cellText } from '../../../src/features/compare/model/cells.ts';
import { textRowIds, type CompareCondition } from '../../../src/features/compare/model/comparison.ts';

const cells = Object.fromEntries(textRowIds.map((row) => [row, { short: 'At night' }])) as CompareCondition['cells'];
const clot: CompareCondition = {
	id: 'dvt',
	name: 'Blood clot in the leg',
	medicalName: 'deep vein thrombosis (DVT)',
	warning: true,
	article: 'warning-signs',
	linkText: 'Warning signs of a clot',
	urgency: {
		level: 'see-doctor',
		text: 'A clot needs treatment.',
		signs: [{ id: 'breath', level: 'emergency', words: 'you are short of breath', conditions: ['dvt'] }],
	},
	cells: { ...cells, where: { short: 'One calf', text: 'Usually one leg only.' } },
};

test('a text cell: the short answer, then the detail when there is one', () => {
	assert.deepEqual(cellContent(clot, 'where'), { kind: 'text', short: 'One calf', detail: 'Usually one leg only.' });
	assert.equal(cellText(cellContent(clot, 'where'), ''), 'One calf. Usually one leg only.');
	assert.equal(cellText(cellContent(clot, 'when'), ''), 'At night.');
});

test('the urgency cell: label, sentence and each sign in the words of its level', () => {
	const content = cellContent(clot, 'urgency');
	assert.equal(content.kind, 'urgency');
	assert.equal(content.kind === 'urgency' && content.prefix, 'Warning sign: ');
	assert.equal(
		cellText(content, ''),
		'See a doctor. A clot needs treatment. Call 999, 911 or 112 now if you are short of breath.',
	);
});

test('"Show only the differences" compares short answers and urgency labels, never a link', () => {
	assert.equal(cellShort(cellContent(clot, 'where')), 'One calf');
	assert.equal(cellShort(cellContent(clot, 'urgency')), 'See a doctor');
	assert.equal(cellShort(cellContent(clot, 'read-more')), undefined);
});

test('the read-more cell is the link text on the page and the address in the exports', () => {
	const content = cellContent(clot, 'read-more');
	assert.deepEqual(content, { kind: 'link', text: 'Warning signs of a clot' });
	assert.equal(cellText(content, 'https://x.example/warning-signs/'), 'https://x.example/warning-signs/');
});
