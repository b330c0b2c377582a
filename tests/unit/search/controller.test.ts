import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	EMPTY_VIEW,
	FAILURE_SPOKEN,
	SearchController,
	answerView,
	countText,
	escapeClears,
	type SearchAnswer,
	type SearchRequest,
	type SearchView,
	type Searcher,
} from '../../../src/features/search/model/controller.ts';
import type { SearchHit } from '../../../src/features/search/model/results.ts';

const hit = (path: string): SearchHit => ({ path, href: path, title: path, excerpt: [], sections: [] });

/** A fake engine: answers "crmaps" as a corrected "cramps", anything else as typed, one hit each. */
const fakeEngine = (requests: SearchRequest[] = []): Searcher => ({
	search: async (raw, request = {}) => {
		requests.push(request);
		const typed = raw.trim();
		const corrected = typed.includes('crmaps') && !request.exact;
		return {
			typed,
			searched: corrected ? typed.replace('crmaps', 'cramps') : typed,
			corrected,
			hits: [hit('/leg-cramps/')],
			total: 1,
		};
	},
});

/** Runs the controller until it has drawn `count` views. */
function drive(hooks: Partial<ConstructorParameters<typeof SearchController>[0]> & { load: () => Promise<Searcher> }) {
	const views: SearchView[] = [];
	let wake: () => void = () => undefined;
	const controller = new SearchController({
		show: (view) => {
			views.push(view);
			wake();
		},
		...hooks,
	});
	const until = (count: number) =>
		new Promise<SearchView[]>((resolve) => {
			const check = () => (views.length >= count ? resolve(views) : undefined);
			wake = check;
			check();
		});
	return { controller, views, until };
}

test('countText names the count, the query and the chosen category', () => {
	assert.equal(countText(0, 'zzqqxx'), 'No results for “zzqqxx”.');
	assert.equal(countText(1, 'quinine'), '1 result for “quinine”.');
	assert.equal(countText(3, 'cramp', 'Self-care'), '3 results for “cramp” in Self-care.');
});

test('a corrected search shows the searched words, and says what was typed to screen readers', () => {
	const answer: SearchAnswer = {
		typed: 'leg crmaps',
		searched: 'leg cramps',
		corrected: true,
		hits: [hit('/a/')],
		total: 1,
	};
	const view = answerView(answer);
	assert.equal(view.shown, '1 result for “leg cramps”.');
	assert.equal(view.spoken, '1 result for “leg cramps”. You typed “leg crmaps”.');
	assert.deepEqual(view.correction, { searched: 'leg cramps', typed: 'leg crmaps' });
	const plain = answerView({ ...answer, corrected: false, searched: 'leg crmaps' });
	assert.equal(plain.correction, undefined);
	assert.equal(plain.spoken, plain.shown);
});

test('a search that cannot load the engine shows the failure message, never an empty panel, and the next search retries', async () => {
	let attempts = 0;
	const { controller, until } = drive({
		load: async () => {
			attempts += 1;
			if (attempts === 1) throw new Error('offline');
			return fakeEngine();
		},
	});
	controller.push('cramp');
	const [failed] = await until(1);
	assert.equal(failed?.failed, true);
	assert.equal(failed?.active, true, 'the panel opens to say so');
	assert.equal(failed?.spoken, FAILURE_SPOKEN);
	assert.deepEqual(failed?.hits, []);
	controller.push('cramp');
	const [, recovered] = await until(2);
	assert.equal(recovered?.failed, false);
	assert.equal(recovered?.hits.length, 1);
});

test('a query typed on while the engine loads is dropped for the newest one, and clearing draws the empty view', async () => {
	let release: (engine: Searcher) => void = () => undefined;
	const loading = new Promise<Searcher>((resolve) => (release = resolve));
	const seen: string[] = [];
	const { controller, until } = drive({ load: () => loading, beforeSearch: (raw) => seen.push(raw) });
	controller.push('c');
	controller.push('ca');
	controller.push('calf');
	release(fakeEngine());
	const [first] = await until(1);
	assert.equal(first?.typed, 'calf');
	assert.deepEqual(seen, ['c', 'calf'], 'the URL follows each search that runs');
	controller.push('  ');
	const [, cleared] = await until(2);
	assert.deepEqual(cleared, EMPTY_VIEW);
});

test('each search asks the surface for its options: the category and "search instead" reach the engine', async () => {
	const requests: SearchRequest[] = [];
	const { controller, until } = drive({
		load: async () => fakeEngine(requests),
		request: () => ({ exact: true, category: 'self-care' }),
		categoryLabel: () => 'Self-care',
	});
	controller.push('leg crmaps');
	const [view] = await until(1);
	assert.deepEqual(
		requests.map(({ superseded: _superseded, ...options }) => options),
		[{ exact: true, category: 'self-care' }],
	);
	assert.equal(requests[0]?.superseded?.(), false, 'told whether a newer query waits');
	assert.equal(view?.correction, undefined, 'searched as typed');
	assert.equal(view?.shown, '1 result for “leg crmaps” in Self-care.');
});

test('a panel that shows the best few still counts every page found', () => {
	const view = answerView({ typed: 'cramp', searched: 'cramp', corrected: false, hits: [hit('/a/')], total: 7 });
	assert.equal(view.shown, '7 results for “cramp”.');
	assert.equal(view.hits.length, 1);
	assert.equal(view.total, 7);
});

test('a search that stopped for newer words draws nothing; the newer one is drawn', async () => {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	const engine: Searcher = {
		search: async (raw, request = {}) => {
			if (raw === 'cr') {
				await held;
				// By now "cramp" waits, so a real engine stops before loading any result.
				assert.equal(request.superseded?.(), true);
				return { typed: raw, searched: raw, corrected: false, hits: [], total: 0, stale: true };
			}
			return { typed: raw, searched: raw, corrected: false, hits: [hit('/leg-cramps/')], total: 1 };
		},
	};
	const { controller, views, until } = drive({ load: async () => engine });
	controller.push('cr');
	await Promise.resolve();
	controller.push('cramp');
	release();
	const [first] = await until(1);
	assert.equal(first?.typed, 'cramp');
	assert.equal(views.length, 1, 'the stale search drew nothing');
});

test('Escape clears when something is typed or results are showing, and otherwise is left alone', () => {
	assert.equal(escapeClears('cramp', false), true);
	assert.equal(escapeClears('', true), true);
	assert.equal(escapeClears('', false), false);
});
