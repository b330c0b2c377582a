/** A draft article is built nowhere: no page, no link, no sitemap entry, nothing in the search index. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runWithFixture } from './support.ts';

test('a draft reaches neither dist/, the sitemap nor the search index', async () => {
	let leaks: string[] = [];
	const { code, output } = await runWithFixture('draft-article', ['npm', 'run', 'build'], {
		inspect: (dir) => {
			const dist = join(dir, 'dist');
			leaks = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => {
				if (file.includes('draft-cramp-socks')) return true;
				if (!/\.(html|xml|txt|json)$/.test(file)) return false;
				const text = readFileSync(join(dist, file), 'utf8');
				return text.includes('draft-cramp-socks') || text.includes('Zebracrampsock') || text.includes('cramp socks');
			});
			// Pagefind stores each indexed page as a gzipped fragment: none may be the draft.
			const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((file) =>
				gunzipSync(readFileSync(join(dist, 'pagefind/fragment', file))).toString('utf8'),
			);
			assert.ok(fragments.length > 0, 'the search index was built');
			assert.ok(
				fragments.some((text) => text.includes('/leg-cramps/')),
				'fragments are readable',
			);
			leaks.push(...fragments.filter((text) => text.includes('Zebracrampsock')).map(() => 'pagefind fragment'));
		},
	});
	assert.equal(code, 0, output.slice(-2000));
	assert.deepEqual(leaks, []);
});
