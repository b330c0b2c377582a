/** /compare/comparison.json: the table for programs, with row and condition ids. */
import type { APIRoute } from 'astro';
import { comparisonJson } from '../../lib/compare-export.ts';
import { exportContext } from '../../lib/compare-snippet.ts';
import { loadComparison } from '../../lib/compare-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { conditions, lastReviewed } = await loadComparison();
	return new Response(comparisonJson(conditions, exportContext(site, lastReviewed)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
