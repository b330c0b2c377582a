import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	MAX_SHOW_LENGTH,
	parseCompareState,
	serialiseCompareState,
} from '../../../src/features/compare/model/state.ts';

const ids = ['leg-cramps', 'restless-legs', 'everyday-soreness', 'dvt', 'pad', 'neuropathy'];
const all = { show: ids, diff: false };

test('a shared URL restores the columns (in table order, without duplicates) and the diff toggle', () => {
	assert.deepEqual(parseCompareState('?show=restless-legs,leg-cramps,leg-cramps&diff=1', ids, all), {
		show: ['leg-cramps', 'restless-legs'],
		diff: true,
	});
});

test('no parameters give the fallback view', () => {
	assert.deepEqual(parseCompareState('', ids, all), all);
	const preset = { show: ['leg-cramps', 'restless-legs'], diff: false };
	assert.deepEqual(parseCompareState('?utm_source=x', ids, preset), preset);
});

test('unknown and hostile ids are dropped; markup never survives', () => {
	const hostile = `?show=${encodeURIComponent('<script>alert(1)</script>,leg-cramps,dvt,javascript:alert(1)')}`;
	const state = parseCompareState(hostile, ids, all);
	assert.deepEqual(state.show, ['leg-cramps', 'dvt']);
	assert.ok(state.show.every((id) => ids.includes(id)));
});

test('fewer than two known ids fall back rather than show a one-column table', () => {
	assert.deepEqual(parseCompareState('?show=leg-cramps,<img>', ids, all).show, ids);
	assert.deepEqual(parseCompareState('?show=', ids, all).show, ids);
});

test('a very long value is ignored whole, even if it contains valid ids', () => {
	const long = `?show=leg-cramps,dvt,${'a'.repeat(100_000)}`;
	assert.deepEqual(parseCompareState(long, ids, all).show, ids);
	const justUnder = `?show=leg-cramps,dvt,${'x'.repeat(MAX_SHOW_LENGTH - 'leg-cramps,dvt,'.length)}`;
	assert.deepEqual(parseCompareState(justUnder, ids, all).show, ['leg-cramps', 'dvt']);
});

test('diff is on only for exactly "1"', () => {
	for (const value of ['0', 'true', 'yes', '<b>', '']) {
		assert.equal(parseCompareState(`?diff=${value}`, ids, all).diff, false, value);
	}
});

test('serialising leaves the default view with a plain URL and keeps other parameters', () => {
	assert.equal(serialiseCompareState(all, ids, all), '');
	assert.equal(serialiseCompareState({ show: ids, diff: false }, ids, all, '?theme=dark'), '?theme=dark');
	assert.equal(
		serialiseCompareState({ show: ['restless-legs', 'leg-cramps'], diff: true }, ids, all, '?theme=dark&show=old'),
		'?theme=dark&show=leg-cramps,restless-legs&diff=1',
	);
});

test('serialise and parse round-trip', () => {
	const state = { show: ['dvt', 'pad', 'neuropathy'], diff: true };
	const query = serialiseCompareState(state, ids, all);
	assert.deepEqual(parseCompareState(query, ids, all), state);
	const preset = { show: ['leg-cramps', 'restless-legs'], diff: false };
	assert.deepEqual(parseCompareState(serialiseCompareState(all, ids, preset), ids, preset), all);
});
