/**
 * /compare/oembed.json: the oEmbed "rich" document for the comparison table, advertised from
 * /compare/ so blogs and CMSs that speak oEmbed can embed the table from its URL alone.
 */
import type { APIRoute } from 'astro';
import { buildOEmbed } from '../../features/compare/model/embed.ts';
import { compareSnippet } from '../../features/compare/model/snippet.ts';
import { COMPARE_TITLE } from '../../features/compare/model/names.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const body = buildOEmbed({
		snippet: compareSnippet(site),
		title: COMPARE_TITLE,
		providerUrl: absoluteUrl('/', site),
	});
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
	});
};
