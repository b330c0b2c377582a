/**
 * The build is complete and consistent: the published articles (content/articles/*.mdx without
 * draft: true) are exactly the article pages, the search index and the sitemap's articles, and
 * every picture has a text alternative. (Broken internal links and #fragments
 * already stop the build: src/build/integrations/link-check.ts, tested in tests/guards/.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { articlePages, outDir, readablePages, sourceArticles } from './support/site.ts';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
const sources = sourceArticles();
/** What an editor published: every non-draft content/articles/*.mdx, as site paths. */
const published = sources
	.filter((article) => !article.draft)
	.map((article) => article.path)
	.sort();

/** Site paths in the built sitemap. */
function sitemapPaths(): string[] {
	const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
	return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
		new URL(match[1] ?? '').pathname.slice(base.length),
	);
}

/** Site paths of the pages in the Pagefind index: each page is one gzipped fragment naming its URL. */
function indexedPaths(): string[] {
	const dir = join(outDir, 'pagefind/fragment');
	return readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
		// Pagefind records URLs from the root of the output; the base path, if any, is added when searching.
		return base && url.startsWith(`${base}/`) ? url.slice(base.length) : url;
	});
}

test('the published articles, the article pages, the search index and the sitemap are the same set, and no draft is anywhere', () => {
	expect(published.length, 'content/articles has published articles').toBeGreaterThan(0);
	// Pages built with the article layout (their <main> goes into the index): no leaked draft, none missing.
	expect(articlePages().sort()).toEqual(published);
	// The search index holds the articles and /compare/ (indexed so "cramp or restless legs" finds it).
	expect(indexedPaths().sort()).toEqual([...published, '/compare/'].sort());
	// The sitemap adds the site's own pages; every other entry is a published article.
	expect(sitemapPaths().sort()).toEqual([...published, '/about/', '/compare/', '/a-z/'].sort());
	// A draft in content/ is named by no built file. (tests/guards/scale.test.ts builds one on purpose.)
	const drafts = sources.filter((article) => article.draft);
	if (drafts.length === 0) return;
	const builtTexts = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|xml|txt|json)$/.test(file))
		.map((file) => ({ file, text: readFileSync(join(outDir, file), 'utf8') }));
	for (const draft of drafts) {
		const leaks = builtTexts.filter(({ text }) => text.includes(`${base}${draft.path}`)).map(({ file }) => file);
		expect(leaks, `built files naming the draft ${draft.id}.mdx`).toEqual([]);
	}
});

test('every image and illustration on every page has a text alternative', () => {
	for (const path of readablePages()) {
		const root = parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
		for (const img of root.querySelectorAll('img')) {
			expect(img.getAttribute('alt'), `${path}: ${img.getAttribute('src')}`).toBeDefined();
		}
		for (const svg of root.querySelectorAll('svg[role="img"]')) {
			const labelled = svg.getAttribute('aria-labelledby') ?? '';
			const title = labelled
				.split(/\s+/)
				.map((id) => root.getElementById(id)?.text.trim() ?? '')
				.join(' ');
			expect(title || svg.getAttribute('aria-label'), `${path}: an illustration without a name`).toBeTruthy();
		}
		for (const svg of root.querySelectorAll('svg:not([role="img"])')) {
			expect(svg.getAttribute('aria-hidden'), `${path}: a decorative icon is hidden from screen readers`).toBe('true');
		}
	}
});
