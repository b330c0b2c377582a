import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	cellProblems,
	checkComparison,
	pinnedRowIds,
	rowsToHide,
	textRowIds,
	type CompareCondition,
	type DiffRow,
} from '../../../src/features/compare/model/comparison.ts';

const fullCells = Object.fromEntries(
	textRowIds.map((row) => [row, { short: `${row} short`, text: `${row} text` }]),
) as CompareCondition['cells'];

function condition(id: string, overrides: Partial<CompareCondition> = {}): CompareCondition {
	return {
		id,
		name: id,
		medicalName: id,
		warning: false,
		article: id,
		linkText: id,
		urgency: { level: 'self-care', text: 'Not urgent at all.', signs: [] },
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
					urgency: { level: 'urgent', text: 'Get help today.', signs: [] },
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

test('a cell needs a short answer; its text may be left out; a long short answer is refused', () => {
	assert.match(
		cellProblems('dvt', { ...fullCells, who: { short: '   ' } }).join(),
		/"dvt", cell "who" has no "short:"/,
	);
	assert.match(cellProblems('dvt', { ...fullCells, who: 'Anyone' }).join(), /cell "who" has no "short:"/);
	assert.deepEqual(cellProblems('dvt', { ...fullCells, who: { short: 'Anyone' } }), []);
	assert.match(
		cellProblems('dvt', { ...fullCells, who: { short: 'x'.repeat(41) } }).join(),
		/"short:" has 41 characters; keep it to 40/,
	);
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
						urgency: { level: 'urgent', text: 'Get help today.', signs: [] },
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
		() => checkComparison([condition('leg-cramps', { cells: { ...fullCells, when: { short: '' } } })], articles),
		/at least 2 conditions; it has 1.[\s\S]*"leg-cramps", cell "when" has no "short:"/,
	);
	assert.throws(
		() => checkComparison([condition('leg-cramps'), condition('leg-cramps')], articles),
		/"leg-cramps" appears twice/,
	);
});

const rows: DiffRow[] = [
	{ id: 'where', cells: { a: 'Calf', b: 'calf ', c: 'Foot', w: 'Calf' } },
	{ id: 'when', cells: { a: 'At night', b: 'In the evening', c: 'At night', w: 'At night' } },
	{ id: 'urgency', pinned: true, cells: { a: 'Not urgent', b: 'Not urgent', c: 'Not urgent', w: 'See a doctor' } },
	{ id: 'read-more', pinned: true, cells: { a: 'x', b: 'x', c: 'x', w: 'x' } },
];

test('differences only hides rows where every shown column gives the same short answer, ignoring case and spaces', () => {
	assert.deepEqual(rowsToHide(rows, ['a', 'b']), ['where']);
	assert.deepEqual(rowsToHide(rows, ['a', 'c']), ['when']);
	assert.deepEqual(rowsToHide(rows, ['a', 'b', 'c']), []);
	assert.deepEqual(rowsToHide(rows, ['a', 'w']), ['where', 'when']);
});

test('pinned rows (how urgent, the links) always stay, even when every column says the same', () => {
	assert.deepEqual(pinnedRowIds, ['urgency', 'read-more']);
	assert.ok(!rowsToHide(rows, ['a', 'b', 'c']).includes('urgency'));
	assert.ok(!rowsToHide(rows, ['a', 'b']).includes('read-more'));
});

test('with fewer than two columns nothing is hidden', () => {
	assert.deepEqual(rowsToHide(rows, ['a']), []);
});
