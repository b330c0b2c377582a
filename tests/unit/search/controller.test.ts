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
	const answer: SearchAnswer = { typed: 'leg crmaps', searched: 'leg cramps', corrected: true, hits: [hit('/a/')] };
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
	assert.deepEqual(requests, [{ exact: true, category: 'self-care' }]);
	assert.equal(view?.correction, undefined, 'searched as typed');
	assert.equal(view?.shown, '1 result for “leg crmaps” in Self-care.');
});

test('Escape clears when something is typed or results are showing, and otherwise is left alone', () => {
	assert.equal(escapeClears('cramp', false), true);
	assert.equal(escapeClears('', true), true);
	assert.equal(escapeClears('', false), false);
});
