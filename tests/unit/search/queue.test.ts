import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchQueue } from '../../../src/features/search/model/queue.ts';

/** A run that waits until released, recording what it was asked and whether it was superseded by then. */
function recorder() {
	const runs: { raw: string; supersededAtEnd?: boolean }[] = [];
	const releases: (() => void)[] = [];
	const queue = new SearchQueue(async (raw, superseded) => {
		const entry: { raw: string; supersededAtEnd?: boolean } = { raw };
		runs.push(entry);
		await new Promise<void>((resolve) => releases.push(resolve));
		entry.supersededAtEnd = superseded();
	});
	const releaseNext = async () => {
		releases.shift()?.();
		await new Promise((resolve) => setImmediate(resolve));
	};
	return { queue, runs, releaseNext };
}

test('one search at a time; of the queries typed meanwhile only the newest runs next', async () => {
	const { queue, runs, releaseNext } = recorder();
	queue.push('c');
	queue.push('ca');
	queue.push('calf');
	assert.deepEqual(
		runs.map((run) => run.raw),
		['c'],
	);
	await releaseNext();
	assert.deepEqual(
		runs.map((run) => run.raw),
		['c', 'calf'],
	);
	await releaseNext();
	assert.equal(runs.length, 2);
});

test('a run learns it has been superseded, so it can stop before its costly part', async () => {
	const { queue, runs, releaseNext } = recorder();
	queue.push('c');
	queue.push('calf cramp');
	await releaseNext();
	assert.equal(runs[0]?.supersededAtEnd, true);
	await releaseNext();
	assert.equal(runs[1]?.supersededAtEnd, false);
});

test('a failing run does not stop the queue', async () => {
	const seen: string[] = [];
	const queue = new SearchQueue(async (raw) => {
		seen.push(raw);
		if (raw === 'bad') throw new Error('offline');
	});
	queue.push('bad');
	queue.push('good');
	await new Promise((resolve) => setImmediate(resolve));
	assert.deepEqual(seen, ['bad', 'good']);
});
