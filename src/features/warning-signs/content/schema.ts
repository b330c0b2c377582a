import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { REGISTRY_FILE, registryProblems, signLevelIds, type WarningSign } from '../model/signs.ts';
import { sourceSchema } from '../../../schemas/article.ts';
import { strictYamlLoader } from '../../../schemas/strict-yaml-loader.ts';

/** One warning sign in content/warning-signs.yaml: written once, shown by id everywhere. */
export const warningSignSchema = z.object({
	/** Stable id that pages use (signs={["one-swollen-painful-leg"]}): lowercase words and hyphens. Never rename. */
	id: z.string().regex(/^[a-z][a-z0-9-]{2,60}$/, 'An id is lowercase letters, digits and hyphens, e.g. "long-cramp".'),
	/** How soon to get help, as the NHS gives it: emergency (999), urgent (today, 111) or see-doctor. */
	level: z.enum(signLevelIds),
	/** What the reader notices, finishing "Call 999 now if …": lower-case start, no full stop, 20 words or so. */
	words: z
		.string()
		.min(10)
		.max(200)
		.regex(/^[a-z]/, 'Start "words" with a lower-case letter: it finishes the card\'s heading ("… if you have …").')
		.refine((words) => !/[.!?]$/.test(words.trim()), 'Leave the full stop off "words": the card adds the punctuation.'),
	/** What it may point to, in one short sentence ("It could be a blood clot…"); never a diagnosis. */
	mayBe: z.string().min(10).max(160).optional(),
	/**
	 * Lay phrasings of the sign for search only ("one calf bigger than the other"): indexed with
	 * each card that lists it, never shown. Descriptions, not diagnoses.
	 */
	searchWords: z.array(z.string().min(3).max(80)).max(8).optional(),
	/** The conditions the sign belongs to: comparison ids (dvt, pad) or plain names (sciatica). */
	conditions: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1),
	/** Where the level and words come from: at least one entry from shared/sources.md. */
	sources: z.array(sourceSchema).min(1, 'List at least 1 source for the sign and its level.'),
	/** Position in the file, set by the loader (not written by editors). */
	order: z.number().int().nonnegative(),
	/** Position in the red-flag box (from the file's redFlagBox list), or absent when not shown there. */
	redFlagBox: z.number().int().nonnegative().optional(),
	/** When every sign was last checked (the file's top-level lastReviewed). */
	lastReviewed: z.coerce.date(),
});

/**
 * Loads content/warning-signs.yaml: a top-level `lastReviewed`, a `redFlagBox` list of ids and a
 * `signs` list. A registry with a sign missing, twice, or at two levels stops the build, naming the
 * file and the id.
 */
export function warningSignsLoader(fileName = REGISTRY_FILE): Loader {
	return strictYamlLoader('warning-signs-loader', fileName, (doc) => {
		const top = doc as { lastReviewed?: unknown; redFlagBox?: unknown; signs?: unknown };
		if (!Array.isArray(top.signs) || !Array.isArray(top.redFlagBox) || top.lastReviewed === undefined) {
			throw new Error(`${fileName} needs a top-level "lastReviewed:" date, a "redFlagBox:" list and a "signs:" list.`);
		}
		const signs = top.signs.map((entry, index) => {
			const sign = (entry ?? {}) as Partial<WarningSign>;
			if (typeof sign.id !== 'string') throw new Error(`${fileName}: sign number ${index + 1} has no "id:".`);
			return sign as WarningSign;
		});
		const box = top.redFlagBox.map(String);
		const problems = registryProblems(signs, box);
		if (problems.length > 0)
			throw new Error(`${fileName} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		return signs.map((sign, index) => {
			const position = box.indexOf(sign.id);
			return {
				id: sign.id,
				data: {
					...sign,
					order: index,
					...(position >= 0 ? { redFlagBox: position } : {}),
					lastReviewed: top.lastReviewed,
				},
			};
		});
	});
}
