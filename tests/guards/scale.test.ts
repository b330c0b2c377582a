/**
 * What must not grow with the content, checked on one copy of the project with 200 generated
 * articles (tests/bench/generate-articles.ts), built once and compared with the real build in dist/
 * (npm test builds first; the 200-article build takes about two minutes here):
 *
 * - the host headers: the copy's dist/_headers is identical to the real one, within Cloudflare
 *   Pages' limits (100 rules, 2,000 characters a line), and every generated page is still refused
 *   in frames by the pattern rules. A per-page file broke the host at about 85 articles.
 * - the pages every reader may land on without looking for a list (the 404 page answers every
 *   missing address; /search/ is where the header form goes without JavaScript): /404.html and
 *   /search/ are the same size in both, and /a-z/ lists every article of each. At about 200 bytes
 *   per article, the old A–Z list on those pages would have added some 40 KB to each.
 *
 * - drafts: the copy carries a draft article too (tests/fixtures/draft-article), which must reach
 *   neither its dist/, its sitemap nor its search index.
 *
 * The checks were three files with a build of their own each (200 and 60 articles, plus a copy of
 * the real site with the draft); one copy serves them all.
 *
 * The copy's share images are kept between runs (in Astro's cache folder of the project, beside the
 * real build's), since rendering 200 of them was about half of its build and none is checked here:
 * the share image cache is tested from a cold start by share-image-cache.test.ts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { createScaleCopy, type ScaleCopy } from '../bench/generate-articles.ts';
import { buildSite, makeCacheDir } from '../bench/support/build.ts';
import { SHARE_IMAGE_CACHE_FOLDER } from '../../src/build/integrations/share-image-cache.ts';
import { HOST_LIMITS, headerFileProblems, headersForPath, parseHeadersFile } from '../../src/build/static-headers.ts';
import { repoRoot } from './support.ts';

const EXTRA_ARTICLES = 200;
/** The real build's base path, so the two builds are comparable line for line. */
const basePath = process.env['BASE_PATH'] ?? '/';
const base = basePath.replace(/\/$/, '');
const realDist = join(repoRoot, process.env['OUT_DIR'] ?? 'dist');

/** Where the copy's share images are kept between runs: the generated articles are the same every run. */
const keptShareImages = join(
	resolve(repoRoot, process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro'),
	'scale-guard-share-images',
);

let copy: ScaleCopy | undefined;
let scaledDist = '';
let cacheDir = '';

before(
	async () => {
		assert.ok(existsSync(join(realDist, '_headers')), `No ${realDist}/_headers: run npm run build first.`);
		copy = await createScaleCopy(EXTRA_ARTICLES);
		cpSync(join(repoRoot, 'tests/fixtures/draft-article'), copy.dir, { recursive: true });
		scaledDist = join(copy.dir, 'dist');
		// A fresh Astro cache holding only the kept share images; the build removes those it no longer
		// uses, so what is kept afterwards is exactly this copy's.
		cacheDir = await makeCacheDir();
		const images = join(cacheDir, SHARE_IMAGE_CACHE_FOLDER);
		if (existsSync(keptShareImages)) cpSync(keptShareImages, images, { recursive: true });
		await buildSite(copy.dir, scaledDist, { env: { BASE_PATH: basePath }, cacheDir });
		rmSync(keptShareImages, { recursive: true, force: true });
		if (existsSync(images)) cpSync(images, keptShareImages, { recursive: true });
	},
	{ timeout: 900_000 },
);

after(async () => {
	if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
	await copy?.remove();
});

async function htmlPages(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((name) => name.endsWith('.html')).length;
}

test(`dist/_headers is the same ${EXTRA_ARTICLES} articles later: constant rules, within host limits`, async (t) => {
	assert.ok(copy, 'the scaled copy was built');
	const real = readFileSync(join(realDist, '_headers'), 'utf8');
	const scaled = readFileSync(join(scaledDist, '_headers'), 'utf8');
	const [realPages, scaledPages] = [await htmlPages(realDist), await htmlPages(scaledDist)];
	assert.ok(scaledPages >= realPages + EXTRA_ARTICLES, `${scaledPages} pages in the copy, ${realPages} in dist/`);

	const rules = parseHeadersFile(scaled);
	t.diagnostic(`${parseHeadersFile(real).length} rules for ${realPages} pages, ${rules.length} for ${scaledPages}`);
	assert.deepEqual(headerFileProblems(scaled), []);
	assert.ok(rules.length <= HOST_LIMITS.rules, `${rules.length} rules`);
	const longest = Math.max(...scaled.split('\n').map((line) => line.trim().length));
	assert.ok(longest <= HOST_LIMITS.lineLength, `a line of ${longest} characters`);
	assert.equal(scaled, real, 'the same file, rule for rule, whatever the number of articles');

	// And the patterns cover what was added: every generated article is unframeable.
	for (const id of copy.generatedIds) {
		const headers = headersForPath(rules, `${base}/${id}/`);
		assert.match(headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, id);
		assert.equal(headers.get('x-frame-options'), 'DENY', id);
	}
});

interface Sizes {
	notFound: number;
	search: number;
	/** Links to articles on /a-z/, by path. */
	listed: string[];
}

function measure(dist: string): Sizes {
	const file = (path: string) => readFileSync(join(dist, path));
	const main = parse(file('a-z/index.html').toString('utf8')).querySelector('main');
	const listed = (main?.querySelectorAll('section a') ?? [])
		.map((link) => link.getAttribute('href') ?? '')
		.filter((href) => !href.startsWith('#'));
	return { notFound: file('404.html').length, search: file('search/index.html').length, listed };
}

test(`/404.html and /search/ keep their size with ${EXTRA_ARTICLES} more articles; /a-z/ lists them all`, () => {
	assert.ok(copy, 'the scaled copy was built');
	const [site, scaled] = [measure(realDist), measure(scaledDist)];
	assert.equal(scaled.notFound, site.notFound, '/404.html is the same size');
	assert.equal(scaled.search, site.search, '/search/ is the same size');
	assert.equal(scaled.listed.length, site.listed.length + EXTRA_ARTICLES, '/a-z/ lists the new articles too');
	assert.equal(new Set(scaled.listed).size, scaled.listed.length, 'each article once');
	for (const id of copy.generatedIds) assert.ok(scaled.listed.includes(`${base}/${id}/`), `/a-z/ lists ${id}`);
});

test('a draft reaches neither dist/, the sitemap nor the search index', () => {
	assert.ok(copy, 'the scaled copy was built');
	const leaks = readdirSync(scaledDist, { recursive: true, encoding: 'utf8' }).filter((file) => {
		if (file.includes('draft-cramp-socks')) return true;
		if (!/\.(html|xml|txt|json)$/.test(file)) return false;
		const text = readFileSync(join(scaledDist, file), 'utf8');
		return text.includes('draft-cramp-socks') || text.includes('Zebracrampsock') || text.includes('cramp socks');
	});
	// Pagefind stores each indexed page as a gzipped fragment: none may be the draft.
	const fragments = readdirSync(join(scaledDist, 'pagefind/fragment')).map((file) =>
		gunzipSync(readFileSync(join(scaledDist, 'pagefind/fragment', file))).toString('utf8'),
	);
	assert.ok(fragments.length > 0, 'the search index was built');
	assert.ok(
		fragments.some((text) => text.includes('/leg-cramps/')),
		'fragments are readable',
	);
	leaks.push(...fragments.filter((text) => text.includes('Zebracrampsock')).map(() => 'pagefind fragment'));
	assert.deepEqual(leaks, []);
});
