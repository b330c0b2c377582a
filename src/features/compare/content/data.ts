/**
 * Loads the comparison table for the component and the data endpoints, and checks it against the
 * published articles (every column's article exists, every #section is a real heading). This is
 * the one compare-* module that talks to astro:content; the checks themselves are pure and live
 * in compare-model.ts, where the unit tests reach them.
 */
import { getCollection, render } from 'astro:content';
import { isPublished } from '../../../lib/articles.ts';
import { checkComparison, type CompareCondition } from '../model/comparison.ts';
import { levelRank, REGISTRY_FILE, type WarningSign } from '../../warning-signs/model/signs.ts';
import { loadWarningSigns } from '../../warning-signs/content/data.ts';

export interface Comparison {
	conditions: CompareCondition[];
	lastReviewed: Date;
}

let cached: Promise<Comparison> | undefined;

async function load(): Promise<Comparison> {
	const entries = (await getCollection('comparison')).sort((a, b) => a.data.order - b.data.order);
	const registry = await loadWarningSigns();
	const signsOf = (condition: string, ids: readonly string[]): WarningSign[] =>
		ids
			.map((id) => {
				const sign = registry.signs.get(id);
				if (!sign) {
					throw new Error(
						`content/comparison.yaml: condition "${condition}" lists the sign "${id}" under urgency.signs, which is not in ${REGISTRY_FILE}.`,
					);
				}
				return sign;
			})
			.sort((a, b) => levelRank(a.level) - levelRank(b.level));
	const conditions: CompareCondition[] = entries.map(({ data }) => ({
		id: data.id,
		name: data.name,
		medicalName: data.medicalName,
		warning: data.warning,
		article: data.article.id,
		section: data.section,
		linkText: data.linkText,
		urgency: { ...data.urgency, signs: signsOf(data.id, data.urgency.signs) },
		cells: data.cells as CompareCondition['cells'],
	}));
	const articles = new Map<string, string[]>();
	for (const article of await getCollection('articles', isPublished)) {
		const needsHeadings = conditions.some((c) => c.article === article.id && c.section);
		articles.set(article.id, needsHeadings ? (await render(article)).headings.map((h) => h.slug) : []);
	}
	checkComparison(conditions, articles);
	const lastReviewed = entries[0]?.data.lastReviewed ?? new Date(0);
	return { conditions, lastReviewed };
}

/** The checked table, loaded once per build however many pages use it. */
export function loadComparison(): Promise<Comparison> {
	cached ??= load();
	return cached;
}
