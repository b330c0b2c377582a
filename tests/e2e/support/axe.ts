import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rule sets. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** True when every frame of the page shows a document of the page's own origin (a blank frame inherits it). */
function framesAreSameOrigin(page: Page): boolean {
	const { origin } = new URL(page.url());
	return page.frames().every((frame) => {
		const url = frame.url();
		return url === '' || url.startsWith('about:') || new URL(url).origin === origin;
	});
}

/**
 * axe violations on the page, summarised so a failure message says what and where.
 *
 * When all its frames are of its own origin (every page of the site: the comparison's preview frame
 * is our own embed), axe runs in one pass over the page and its frames (setLegacyMode): the same rules
 * and the same results, in about half the time of the default, which runs axe in each frame apart and
 * merges the results in a blank page it opens for each check. Only that default reaches into frames
 * of other origins, so a page with one still gets it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(wcagTags)
		.setLegacyMode(framesAreSameOrigin(page))
		.analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
}
