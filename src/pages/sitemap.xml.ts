/**
 * /sitemap.xml: every published page a reader should land on from a search engine, each with
 * lastmod: articles and /about/ their lastReviewed, /compare/ the comparison table's lastReviewed,
 * /a-z/ the latest lastReviewed of the articles it lists (a new or renamed article is reviewed then).
 * Left out on purpose: /search/ (results pages have no content of their own, and search engines ask
 * sites not to list them), /embed/* (frames for other sites), the 404 page, redirect pages and drafts.
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { articlePath, isPublished } from '../lib/articles.ts';
import { loadComparison } from '../features/compare/content/data.ts';
import { buildSitemap, type SitemapEntry } from '../lib/seo.ts';
import { INDEX_PATH } from '../features/search/model/url.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const articles = await getCollection('articles', isPublished);
	const about = await getEntry('pages', 'about');
	const comparison = await loadComparison();
	const latestReview = Math.max(...articles.map((article) => article.data.lastReviewed.getTime()));
	const entries: SitemapEntry[] = [
		...articles.map((article) => ({
			loc: absoluteUrl(articlePath(article.id), site),
			lastmod: article.data.lastReviewed,
		})),
		// The site's own pages (src/pages/about.astro, src/pages/compare/index.astro), dated by their content.
		{ loc: absoluteUrl('/about/', site), lastmod: about?.data.lastReviewed },
		{ loc: absoluteUrl('/compare/', site), lastmod: comparison.lastReviewed },
		{ loc: absoluteUrl(INDEX_PATH, site), lastmod: new Date(latestReview) },
	];
	return new Response(buildSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
