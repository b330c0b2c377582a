import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownerOf, timeByOwner } from '../../bench/support/cpu-profile.ts';

test("code is Pagefind's (script or WebAssembly), the site's (/_astro/) or the browser's", () => {
	assert.equal(ownerOf('http://127.0.0.1:1/pagefind/pagefind.js', 'search'), 'pagefind');
	assert.equal(ownerOf('wasm://wasm/00a1b2', 'load_index_chunk'), 'pagefind');
	assert.equal(ownerOf('http://127.0.0.1:1/_astro/engine.js', 'rankByCoverage'), 'site');
	assert.equal(ownerOf('', '(garbage collector)'), 'browser');
	assert.equal(ownerOf('', '(idle)'), 'idle');
});

test('self time is the sum of the sample intervals of each owner, in milliseconds', () => {
	const profile = {
		nodes: [
			{ id: 1, callFrame: { url: '', functionName: '(root)' } },
			{ id: 2, callFrame: { url: 'http://x/pagefind/pagefind.js', functionName: 'search' } },
			{ id: 3, callFrame: { url: 'http://x/_astro/engine.js', functionName: 'rank' } },
		],
		samples: [2, 2, 3, 1],
		timeDeltas: [1000, 2000, 500, 250],
	};
	assert.deepEqual(timeByOwner(profile), { pagefind: 3, site: 0.5, browser: 0.25, idle: 0 });
});
