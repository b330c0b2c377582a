import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonCsv, comparisonJson, csvField, csvRows } from '../../../src/features/compare/model/export.ts';
import { compareRows, textRowIds, type CompareCondition } from '../../../src/features/compare/model/comparison.ts';

test('CSV fields are quoted only when needed, with quotes doubled', () => {
	assert.equal(csvField('plain words'), 'plain words');
	assert.equal(csvField('calf, foot or thigh'), '"calf, foot or thigh"');
	assert.equal(csvField('a "charley horse"'), '"a ""charley horse"""');
	assert.equal(csvField('two\nlines'), '"two\nlines"');
	assert.equal(csvField('cr\rlf'), '"cr\rlf"');
});

test('fields that look like spreadsheet formulas are made text', () => {
	assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
	assert.equal(csvField('+1'), "'+1");
	assert.equal(csvField('-2'), "'-2");
	assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
});

test('rows end with CRLF', () => {
	assert.equal(
		csvRows([
			['a', 'b'],
			['c', 'd,e'],
		]),
		'a,b\r\nc,"d,e"\r\n',
	);
});

const cells = Object.fromEntries(
	textRowIds.map((row) => [row, { short: `${row}, says "so"`, text: 'The detail.' }]),
) as CompareCondition['cells'];
const conditions: CompareCondition[] = [
	{
		id: 'leg-cramps',
		name: 'Leg cramps',
		medicalName: 'nocturnal leg cramps',
		warning: false,
		article: 'leg-cramps',
		linkText: 'Leg cramps',
		urgency: { level: 'self-care', text: 'Not dangerous.', signs: [] },
		cells,
	},
	{
		id: 'dvt',
		name: 'Blood clot',
		medicalName: 'DVT',
		warning: true,
		article: 'warning-signs',
		section: 'clot',
		linkText: 'Warning signs',
		urgency: {
			level: 'urgent',
			text: 'Get help today.',
			signs: [
				{ id: 'chest', level: 'emergency', words: 'you have chest pain', conditions: ['dvt'] },
				{ id: 'one-leg', level: 'urgent', words: 'one leg swells', conditions: ['dvt'] },
			],
		},
		cells,
	},
];
const ctx = {
	articleUrl: (c: CompareCondition) => `https://x.example/${c.article}/${c.section ? `#${c.section}` : ''}`,
	pageUrl: 'https://x.example/compare/',
	lastReviewed: new Date('2026-11-23'),
};

test('the CSV has a header row and one row per attribute, like the table', () => {
	const csv = comparisonCsv(conditions, ctx);
	assert.ok(csv.startsWith('\uFEFFAttribute,Leg cramps: nocturnal leg cramps,Blood clot: DVT\r\n'));
	const lines = csv.trimEnd().split('\r\n');
	assert.equal(lines.length, 1 + compareRows.length);
	assert.match(
		csv,
		/How urgent is it,Not urgent on its own\. Not dangerous\.,"Urgent: get help today\. Get help today\. Call 999, 911 or 112 now if you have chest pain\. Get medical help today if one leg swells\."/,
	);
	assert.match(csv, /Where you feel it,"where, says ""so""\. The detail\.",/);
	assert.match(csv, /Read more,https:\/\/x\.example\/leg-cramps\/,https:\/\/x\.example\/warning-signs\/#clot/);
});

test('the JSON carries ids, every cell, the urgency and absolute links', () => {
	const data = JSON.parse(comparisonJson(conditions, ctx));
	assert.equal(data.lastReviewed, '2026-11-23');
	assert.deepEqual(
		data.rows.map((r: { id: string }) => r.id),
		compareRows.map((r) => r.id),
	);
	assert.equal(data.conditions[1].warningSign, true);
	assert.equal(data.conditions[1].urgency.label, 'Urgent: get help today');
	// Each warning sign travels with its own level and the registry's words, as the table shows it.
	assert.deepEqual(data.conditions[1].urgency.signs[0], {
		id: 'chest',
		level: 'emergency',
		action: 'Call 999, 911 or 112 now if',
		words: 'you have chest pain',
	});
	assert.equal(data.conditions[1].readMore.url, 'https://x.example/warning-signs/#clot');
	assert.deepEqual(data.conditions[0].cells.where, { short: 'where, says "so"', text: 'The detail.' });
});
