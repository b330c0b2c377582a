import { reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { cellProblems, SHORT_MAX, urgencyLevelIds } from '../model/comparison.ts';
import { strictYamlLoader } from '../../../schemas/strict-yaml-loader.ts';

/**
 * One condition (one column of the comparison table) in content/comparison.yaml. Rows are fixed in
 * src/features/compare/model/comparison.ts; a missing or unknown cell fails the build naming the condition.
 */
export const comparisonSchema = z
	.object({
		/** Stable id used in URLs (?show=leg-cramps,dvt): lowercase words joined by hyphens. Never rename. */
		id: z
			.string()
			.regex(/^[a-z][a-z0-9-]{1,30}$/, 'An id is lowercase letters, digits and hyphens, e.g. "leg-cramps".'),
		/** Everyday name shown at the top of the column, e.g. "Blood clot in the leg". */
		name: z.string().min(3).max(40),
		/** The medical term, shown under the name, e.g. "deep vein thrombosis (DVT)". */
		medicalName: z.string().min(3).max(60),
		/** true for conditions that need a doctor: their column and urgency cell are marked as warnings. */
		warning: z.boolean(),
		/** The article that explains this condition, by file name without .mdx. */
		article: reference('articles'),
		/** Optional heading id in that article to link to, without "#", e.g. "a-blood-clot-in-the-leg". */
		section: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/, 'A section is a heading id such as "blood-clot", without "#".')
			.optional(),
		/** Text of the "Read more" link, e.g. "Leg cramps: what helps". */
		linkText: z.string().min(3).max(60),
		/** How soon to get help: self-care, see-doctor or urgent (same day), a short sentence, and the signs that change it. */
		urgency: z.object({
			/** self-care, see-doctor or urgent: how soon to get help with the condition itself. */
			level: z.enum(urgencyLevelIds),
			/** What to do, in one or two short sentences; never a warning sign in other words (list it in signs). */
			text: z.string().min(10).max(220),
			/** Warning signs of this condition, by id from content/warning-signs.yaml; shown in their own words and level. */
			signs: z.array(z.string()).default([]),
		}),
		/** One cell per row (feels-like, where, when, duration, eases, triggers, who): `{ short, text }`. */
		cells: z.record(
			z.string(),
			z.object(
				{
					/** A few words a reader takes in at a glance, shown in bold; "differences only" compares these. */
					short: z.string().min(2).max(SHORT_MAX),
					/** The detail after it, in one or two short sentences; leave it out if the short answer says it all. */
					text: z.string().min(10).max(200).optional(),
				},
				{ error: 'Write each cell as "{ short: a few words, text: the detail }".' },
			),
		),
		/** Position of the column, set from the order in the file (not written by editors). */
		order: z.number().int().nonnegative(),
		/** When the table was last checked against the articles (the file's top-level lastReviewed). */
		lastReviewed: z.coerce.date(),
	})
	.superRefine((condition, ctx) => {
		for (const message of cellProblems(condition.id, condition.cells)) {
			ctx.addIssue({ code: 'custom', message, path: ['cells'] });
		}
	});

/**
 * Loads content/comparison.yaml: a top-level `lastReviewed` and a `conditions` list. It throws on a
 * missing list, an entry without an id or an id used twice: a broken table must stop the build, not
 * ship with a column missing.
 */
export function comparisonLoader(fileName = 'content/comparison.yaml'): Loader {
	return strictYamlLoader('comparison-loader', fileName, (doc) => {
		const top = doc as { lastReviewed?: unknown; conditions?: unknown };
		if (!Array.isArray(top.conditions) || top.lastReviewed === undefined) {
			throw new Error(`${fileName} needs a top-level "lastReviewed:" date and a "conditions:" list.`);
		}
		const seen = new Set<string>();
		return top.conditions.map((raw, index) => {
			const id = (raw as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') throw new Error(`${fileName}: condition number ${index + 1} has no "id:".`);
			if (seen.has(id)) throw new Error(`${fileName}: two conditions have the id "${id}"; ids must be unique.`);
			seen.add(id);
			return { id, data: { ...(raw as Record<string, unknown>), order: index, lastReviewed: top.lastReviewed } };
		});
	});
}
