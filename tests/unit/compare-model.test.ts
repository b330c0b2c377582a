import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	cellProblems,
	checkComparison,
	rowsToHide,
	textRowIds,
	type CompareCondition,
	type DiffRow,
} from '../../src/lib/compare-model.ts';

const fullCells = Object.fromEntries(textRowIds.map((row) => [row, `${row} text`])) as CompareCondition['cells'];

function condition(id: string, overrides: Partial<CompareCondition> = {}): CompareCondition {
	return {
		id,
		name: id,
		medicalName: id,
		warning: false,
		article: id,
		linkText: id,
		urgency: { level: 'self-care', text: 'Not urgent at all.' },
		cells: { ...fullCells },
		...overrides,
	};
}

const articles = new Map<string, string[]>([
	['leg-cramps', []],
	['restless-legs', []],
	['warning-signs', ['blood-clot', 'nerve-damage']],
]);

test('a complete table passes', () => {
	assert.doesNotThrow(() =>
		checkComparison(
			[
				condition('leg-cramps'),
				condition('restless-legs'),
				condition('dvt', {
					article: 'warning-signs',
					section: 'blood-clot',
					warning: true,
					urgency: { level: 'urgent', text: 'Get help today.' },
				}),
			],
			articles,
		),
	);
});

test('a missing cell is named with its condition and the rows it needs', () => {
	const { where: _where, ...cells } = fullCells;
	const problems = cellProblems('restless-legs', cells);
	assert.equal(problems.length, 1);
	assert.match(problems[0] ?? '', /"restless-legs" has no "where" cell/);
	assert.match(problems[0] ?? '', /feels-like, where, when/);
});

test('a blank cell counts as missing', () => {
	assert.match(cellProblems('dvt', { ...fullCells, who: '   ' }).join(), /"dvt" has no "who" cell/);
});

test('an unknown row is named with its condition', () => {
	const problems = cellProblems('leg-cramps', { ...fullCells, wehre: 'typo' });
	assert.deepEqual(problems.length, 1);
	assert.match(problems[0] ?? '', /"leg-cramps" has a cell "wehre", which is not a row/);
});

test('an unknown article fails the build naming the condition and the published articles', () => {
	assert.throws(
		() => checkComparison([condition('leg-cramps'), condition('pad', { article: 'circulation' })], articles),
		(error: Error) =>
			/Condition "pad" points to article "circulation", which does not exist/.test(error.message) &&
			/Published articles: leg-cramps, restless-legs, warning-signs/.test(error.message) &&
			error.message.startsWith('content/comparison.yaml'),
	);
});

test('a #section that is not a heading of the article is an error listing the real ones', () => {
	assert.throws(
		() =>
			checkComparison(
				[
					condition('leg-cramps'),
					condition('dvt', {
						article: 'warning-signs',
						section: 'clots',
						warning: true,
						urgency: { level: 'urgent', text: 'Get help today.' },
					}),
				],
				articles,
			),
		/"dvt" links to section "#clots" of "warning-signs".*#blood-clot, #nerve-damage/,
	);
});

test('a warning sign cannot be marked self-care, nor an everyday condition urgent', () => {
	assert.throws(
		() => checkComparison([condition('leg-cramps'), condition('restless-legs', { warning: true })], articles),
		/"restless-legs": warning is true but the urgency level is "self-care"/,
	);
});

test('every problem is listed at once, and duplicate ids and too few columns are caught', () => {
	assert.throws(
		() => checkComparison([condition('leg-cramps', { cells: { ...fullCells, when: '' } })], articles),
		/at least 2 conditions; it has 1.[\s\S]*"leg-cramps" has no "when" cell/,
	);
	assert.throws(
		() => checkComparison([condition('leg-cramps'), condition('leg-cramps')], articles),
		/"leg-cramps" appears twice/,
	);
});

const rows: DiffRow[] = [
	{ id: 'where', cells: { a: 'Calf', b: 'calf ', c: 'Foot', w: 'Calf' } },
	{ id: 'when', cells: { a: 'At night', b: 'In the evening', c: 'At night', w: 'At night' } },
	{ id: 'urgency', pin: 'warning', cells: { a: 'See a doctor', b: 'See a doctor', c: 'Fine', w: 'See a doctor' } },
	{ id: 'read-more', pin: 'always', cells: { a: 'x', b: 'x', c: 'x', w: 'x' } },
];

test('differences only hides rows where every shown column says the same, ignoring case and spaces', () => {
	assert.deepEqual(rowsToHide(rows, ['a', 'b'], ['w']), ['where', 'urgency']);
	assert.deepEqual(rowsToHide(rows, ['a', 'c'], ['w']), ['when']);
	assert.deepEqual(rowsToHide(rows, ['a', 'b', 'c'], ['w']), []);
});

test('the urgency row stays while a warning sign is shown, and the links row always stays', () => {
	assert.deepEqual(rowsToHide(rows, ['a', 'w'], ['w']), ['where', 'when']);
	assert.ok(!rowsToHide(rows, ['a', 'b'], ['w']).includes('read-more'));
});

test('with fewer than two columns nothing is hidden', () => {
	assert.deepEqual(rowsToHide(rows, ['a'], []), []);
});
