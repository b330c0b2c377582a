/**
 * Loads the warning-signs registry for the care cards, the red-flag box and the comparison table,
 * and checks every <CareCard> in the articles and pages against it before any page renders, so a
 * wrong id or a sign in a card of another level stops the build naming the MDX file and line.
 * Build-time only (astro:content, node:fs); the rules themselves are pure, in warning-signs.ts.
 */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import {
	REGISTRY_FILE,
	fileCardProblems,
	signLevelIds,
	type SignRegistry,
	type WarningSign,
} from '../model/signs.ts';

let cached: Promise<SignRegistry> | undefined;

async function load(): Promise<SignRegistry> {
	const entries = (await getCollection('warningSigns')).sort((a, b) => a.data.order - b.data.order);
	const signs = new Map<string, WarningSign>(entries.map(({ data }) => [data.id, data]));
	const redFlagBox = entries
		.filter(({ data }) => data.redFlagBox !== undefined)
		.sort((a, b) => (a.data.redFlagBox ?? 0) - (b.data.redFlagBox ?? 0))
		.map(({ data }) => data.id);
	const registry: SignRegistry = { signs, redFlagBox };

	const problems: string[] = [];
	for (const entry of [...(await getCollection('articles')), ...(await getCollection('pages'))]) {
		if (!entry.filePath) continue;
		problems.push(...fileCardProblems(registry, entry.filePath, await readFile(entry.filePath, 'utf8')));
	}
	if (problems.length > 0) {
		const idsByLevel = signLevelIds.map(
			(level) => `${level}: ${entries.flatMap(({ data }) => (data.level === level ? [data.id] : [])).join(', ')}`,
		);
		throw new AstroError(
			`${problems.length} care card problem(s):\n- ${problems.join('\n- ')}`,
			`A card lists sign ids of its own level from ${REGISTRY_FILE}:\n${idsByLevel.join('\n')}`,
		);
	}
	return registry;
}

/** The checked registry, loaded once per build however many cards use it. */
export function loadWarningSigns(): Promise<SignRegistry> {
	cached ??= load();
	return cached;
}
