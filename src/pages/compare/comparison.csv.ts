/** /compare/comparison.csv: the table for spreadsheets, one column per condition, like the page. */
import type { APIRoute } from 'astro';
import { comparisonCsv } from '../../features/compare/model/export.ts';
import { exportContext } from '../../features/compare/model/snippet.ts';
import { loadComparison } from '../../features/compare/content/data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { conditions, lastReviewed } = await loadComparison();
	return new Response(comparisonCsv(conditions, exportContext(site, lastReviewed)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
