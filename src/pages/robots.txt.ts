/** /robots.txt: crawl everything, and where the sitemap is (an absolute URL, as the format requires). */
import type { APIRoute } from 'astro';
import { buildRobots } from '../lib/seo.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(buildRobots(absoluteUrl('/sitemap.xml', site)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
