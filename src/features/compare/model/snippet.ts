/**
 * The comparison's absolute URLs for this build (SITE_URL and BASE_PATH), in one place, so the
 * snippet on /compare/, the oEmbed document and the downloads always agree.
 */
import { articlePath } from '../../../lib/articles.ts';
import { buildEmbedSnippet } from './embed.ts';
import { comparePaths } from './names.ts';
import type { ExportContext } from './export.ts';
import { absoluteUrl } from '../../../lib/urls.ts';

/** The iframe's accessible name on the host page. */
export const EMBED_TITLE = 'Leg pain at night compared: cramps, restless legs, soreness and warning signs';

/** The exact snippet site owners copy from /compare/. */
export function compareSnippet(site: URL | undefined): string {
	return buildEmbedSnippet({
		embedUrl: absoluteUrl(comparePaths.embed, site),
		scriptUrl: absoluteUrl(comparePaths.hostScript, site),
		title: EMBED_TITLE,
	});
}

/** Absolute links for the CSV and JSON downloads. */
export function exportContext(site: URL | undefined, lastReviewed: Date): ExportContext {
	return {
		articleUrl: (c) => absoluteUrl(articlePath(c.article), site) + (c.section ? `#${c.section}` : ''),
		pageUrl: absoluteUrl(comparePaths.page, site),
		lastReviewed,
	};
}
