/** /compare/comparison.csv: the table for spreadsheets, one column per condition, like the page. */
import type { APIRoute } from 'astro';
import { comparisonCsv } from '../../lib/compare-export.ts';
import { exportContext } from '../../lib/compare-snippet.ts';
import { loadComparison } from '../../lib/compare-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { conditions, lastReviewed } = await loadComparison();
	return new Response(comparisonCsv(conditions, exportContext(site, lastReviewed)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
