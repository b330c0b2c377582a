/** /compare/comparison.json: the table for programs, with row and condition ids. */
import type { APIRoute } from 'astro';
import { comparisonJson } from '../../features/compare/model/export.ts';
import { exportContext } from '../../features/compare/model/snippet.ts';
import { loadComparison } from '../../features/compare/content/data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { conditions, lastReviewed } = await loadComparison();
	return new Response(comparisonJson(conditions, exportContext(site, lastReviewed)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
