/**
 * /compare/oembed.json: the oEmbed "rich" document for the comparison table, advertised from
 * /compare/ so blogs and CMSs that speak oEmbed can embed the table from its URL alone.
 */
import type { APIRoute } from 'astro';
import { buildOEmbed } from '../../lib/compare-embed.ts';
import { compareSnippet } from '../../lib/compare-snippet.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const body = buildOEmbed({
		snippet: compareSnippet(site),
		title: 'Leg pain at night compared',
		providerUrl: absoluteUrl('/', site),
	});
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
	});
};
