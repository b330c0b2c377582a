/**
 * /sitemap.xml: every published page a reader should land on from a search engine. Articles carry
 * lastmod = lastReviewed. Left out on purpose: /search/ (results pages have no content of their own,
 * and search engines ask sites not to list them), /embed/* (frames for other sites), the 404 page,
 * redirect pages and drafts.
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { articlePath, isPublished } from '../lib/articles.ts';
import { buildSitemap, type SitemapEntry } from '../lib/seo.ts';
import { absoluteUrl } from '../lib/urls.ts';

/**
 * Pages that are not articles, each listed only once its route exists, so the sitemap never names a
 * page that is not built. (import.meta.glob only lists the files; nothing is imported.)
 */
const pageRoutes = import.meta.glob(['./compare.astro', './compare/index.astro', './about.astro']);
const hasRoute = (name: string) => Object.keys(pageRoutes).some((file) => file.startsWith(`./${name}`));

export const GET: APIRoute = async ({ site }) => {
	const articles = await getCollection('articles', isPublished);
	const about = await getEntry('pages', 'about');
	const entries: SitemapEntry[] = articles.map((article) => ({
		loc: absoluteUrl(articlePath(article.id), site),
		lastmod: article.data.lastReviewed,
	}));
	if (hasRoute('compare')) entries.push({ loc: absoluteUrl('/compare/', site) });
	if (hasRoute('about')) entries.push({ loc: absoluteUrl('/about/', site), lastmod: about?.data.lastReviewed });
	return new Response(buildSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
