/**
 * The pages every reader may land on without looking for a list (the 404 page answers every
 * missing address; /search/ is where the header form goes without JavaScript) must not grow with
 * the site. Built twice, the real site and a copy with 60 more articles (tests/bench/
 * generate-articles.ts): /404.html and /search/ are the same size in both, and /a-z/ lists every
 * article of each. At about 200 bytes per article, the old A–Z list on those pages would have added
 * some 12 KB to each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { createScaleCopy } from '../bench/generate-articles.ts';
import { runIn, withProjectCopy } from './support.ts';

const extra = 60;
const build = ['npx', 'astro', 'build'];

interface Sizes {
	notFound: number;
	search: number;
	/** Links to articles on /a-z/, by path. */
	listed: string[];
}

function measure(dir: string): Sizes {
	const file = (path: string) => readFileSync(join(dir, 'dist', path));
	const main = parse(file('a-z/index.html').toString('utf8')).querySelector('main');
	const listed = (main?.querySelectorAll('section a') ?? [])
		.map((link) => link.getAttribute('href') ?? '')
		.filter((href) => !href.startsWith('#'));
	return { notFound: file('404.html').length, search: file('search/index.html').length, listed };
}

test(`/404.html and /search/ keep their size with ${extra} more articles; /a-z/ lists them all`, async () => {
	const site = await withProjectCopy('page-size', async ({ dir, run }) => {
		const result = await run(build);
		assert.equal(result.code, 0, result.output.slice(-2000));
		return measure(dir);
	});
	const copy = await createScaleCopy(extra);
	let scaled: Sizes;
	try {
		const result = await runIn(copy.dir, build);
		assert.equal(result.code, 0, result.output.slice(-2000));
		scaled = measure(copy.dir);
	} finally {
		await copy.remove();
	}
	assert.equal(scaled.notFound, site.notFound, '/404.html is the same size');
	assert.equal(scaled.search, site.search, '/search/ is the same size');
	assert.equal(scaled.listed.length, site.listed.length + extra, '/a-z/ lists the new articles too');
	assert.equal(new Set(scaled.listed).size, scaled.listed.length, 'each article once');
	for (const id of copy.generatedIds) assert.ok(scaled.listed.includes(`/${id}/`), `/a-z/ lists ${id}`);
});
