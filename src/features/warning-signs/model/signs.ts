/**
 * The warning-signs model: the three levels of care (how soon to get help, in the NHS's terms), and
 * the checks that keep every sign worded once and shown at one level everywhere. The signs
 * themselves are data (content/warning-signs.yaml). Pure TypeScript: the schema, the care card, the
 * red-flag box, the comparison table and the unit tests all import it.
 */

/** The levels, most urgent first. Editors write these ids in the registry and in <CareCard level>. */
export const signLevelIds = ['emergency', 'urgent', 'see-doctor'] as const;
export type SignLevel = (typeof signLevelIds)[number];

/** What each level tells a reader, worded once for every card, box and table cell. */
export const signLevels: Record<
	SignLevel,
	{
		/** The care card's heading, finished by each sign's words: "Call 999, 911 or 112 now if". */
		title: string;
		/** The action in a few words, after a sign in the red-flag box and the comparison table. */
		action: string;
		/** What to do, under the list on every card of this level. */
		instruction: string;
		/** What a screen reader hears before the card's heading (the NHS care-card pattern). */
		prefix: string;
	}
> = {
	emergency: {
		title: 'Call 999, 911 or 112 now if',
		action: 'call 999 (UK), 911 (US) or 112 (EU), or go to A&E',
		instruction:
			'Call 999 in the UK, 911 in the US or 112 in the EU, or go to A&E (the emergency department). Do not drive yourself.',
		prefix: 'Immediate action required: ',
	},
	urgent: {
		title: 'Get medical help today if',
		action: 'get medical help today',
		instruction:
			'Call your GP surgery or an urgent care service today. In the UK, you can call 111 at any time, day or night.',
		prefix: 'Urgent advice: ',
	},
	'see-doctor': {
		title: 'See a doctor if',
		action: 'book an appointment with a doctor',
		instruction:
			'Book an appointment with your GP or doctor. If things get worse, or you are worried, get help sooner: in the UK, call 111 at any time.',
		prefix: 'Non-urgent advice: ',
	},
};

/** The level's rank: 0 is the most urgent. */
export function levelRank(level: SignLevel): number {
	return signLevelIds.indexOf(level);
}

/** One sign, as the registry holds it (content/warning-signs.yaml, checked by its schema). */
export interface WarningSign {
	id: string;
	level: SignLevel;
	/** The reader's words, finishing the level's title: "you have pain and swelling in one leg…". */
	words: string;
	/** What it may point to, in one short sentence; never a diagnosis. */
	mayBe?: string | undefined;
	/** The conditions it belongs to (comparison ids and plain condition names). */
	conditions: readonly string[];
	/**
	 * Other ways readers describe the sign ("one calf bigger than the other"): never shown, but
	 * indexed with the card, so a search in those words lands on the card that lists the sign.
	 */
	searchWords?: readonly string[] | undefined;
}

/** The registry: every sign by id, and the red-flag box's choice. */
export interface SignRegistry {
	signs: ReadonlyMap<string, WarningSign>;
	/** The ids shown in the red-flag box on every page, most urgent first. */
	redFlagBox: readonly string[];
}

/** The sign's words as a sentence start: "You have pain…" for a list or box that has no heading to finish. */
export function sentenceCase(words: string): string {
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The file a problem is in, for every message below. */
export const REGISTRY_FILE = 'content/warning-signs.yaml';

/**
 * Problems with the registry as a whole: ids used twice (which would give a sign two levels) and a
 * red-flag box that names an unknown sign or one that is not urgent. Returns plain-English
 * messages naming the file and the id (empty when all is well).
 */
export function registryProblems(signs: readonly WarningSign[], redFlagBox: readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Map<string, SignLevel>();
	const words = new Map<string, string>();
	for (const sign of signs) {
		const earlier = seen.get(sign.id);
		if (earlier !== undefined) {
			problems.push(
				`${REGISTRY_FILE}: the id "${sign.id}" is used twice (as "${earlier}" and "${sign.level}"). A sign has one entry and one level.`,
			);
		}
		seen.set(sign.id, sign.level);
		const key = sign.words.trim().toLowerCase();
		const twin = words.get(key);
		if (twin !== undefined) {
			problems.push(`${REGISTRY_FILE}: "${sign.id}" and "${twin}" have the same words. Word each sign once.`);
		}
		words.set(key, sign.id);
	}
	if (redFlagBox.length === 0) problems.push(`${REGISTRY_FILE}: "redFlagBox:" needs at least one sign.`);
	for (const id of redFlagBox) {
		const level = seen.get(id);
		if (level === undefined) {
			problems.push(`${REGISTRY_FILE}: redFlagBox lists "${id}", which is not a sign. ${knownIds(signs)}`);
		} else if (level === 'see-doctor') {
			problems.push(
				`${REGISTRY_FILE}: redFlagBox lists "${id}", a "see-doctor" sign. The box is for emergency and urgent signs only.`,
			);
		}
	}
	const ranks = redFlagBox.map((id) => seen.get(id)).filter((level) => level !== undefined);
	if (ranks.some((level, index) => index > 0 && levelRank(level) < levelRank(ranks[index - 1] ?? level))) {
		problems.push(`${REGISTRY_FILE}: list redFlagBox most urgent first (emergency signs before urgent ones).`);
	}
	return problems;
}

function knownIds(signs: Iterable<WarningSign>): string {
	return `Signs: ${[...signs].map((s) => `"${s.id}"`).join(', ')}.`;
}

/**
 * The signs a card of `level` shows, in the order given. Throws, naming `where` (a file or a
 * component) and the id, when an id is unknown, repeated, or of another level: a sign is shown only
 * at the level the registry gives it.
 */
export function signsForCard(
	registry: SignRegistry,
	level: SignLevel,
	ids: readonly string[],
	where: string,
): WarningSign[] {
	const problems = cardProblems(registry, level, ids);
	if (problems.length > 0) throw new Error(`${where}: ${problems.join(' ')}`);
	return ids.map((id) => registry.signs.get(id) as WarningSign);
}

/** What is wrong with a card of `level` listing `ids`: plain-English messages, empty when all is well. */
export function cardProblems(registry: SignRegistry, level: SignLevel, ids: readonly string[]): string[] {
	const problems: string[] = [];
	if (ids.length === 0) problems.push(`A ${level} card needs signs={["…"]}: at least one id from ${REGISTRY_FILE}.`);
	const seen = new Set<string>();
	for (const id of ids) {
		const sign = registry.signs.get(id);
		if (seen.has(id)) problems.push(`The sign "${id}" is listed twice.`);
		seen.add(id);
		if (!sign) {
			problems.push(`The sign "${id}" is not in ${REGISTRY_FILE}. ${knownIds(registry.signs.values())}`);
		} else if (sign.level !== level) {
			problems.push(
				`The sign "${id}" is a "${sign.level}" sign in ${REGISTRY_FILE}, so it cannot go in a "${level}" card.` +
					` Put it in a <CareCard level="${sign.level}">.`,
			);
		}
	}
	return problems;
}

/** One <CareCard> as written in an MDX file. */
export interface CardUse {
	/** 1-based line of the tag, for the error message. */
	line: number;
	level: string | undefined;
	/** The ids in signs={[…]}, or undefined when the attribute is missing or not a plain list. */
	signs: string[] | undefined;
}

/**
 * Finds every <CareCard …> tag in an MDX source and reads its level and signs attributes. The build
 * checks these against the registry before rendering, so an error names the MDX file and line;
 * Astro itself can only name the page it was rendering.
 */
export function findCardUses(source: string): CardUse[] {
	const uses: CardUse[] = [];
	for (const match of source.matchAll(/<CareCard\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)>/g)) {
		const attributes = match[1] ?? '';
		const line = source.slice(0, match.index).split('\n').length;
		const level = /\blevel\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
		const list = /\bsigns\s*=\s*\{\s*(\[[^\]]*\])\s*\}/.exec(attributes)?.[1];
		uses.push({ line, level, signs: list === undefined ? undefined : parseIdList(list) });
	}
	return uses;
}

/** ["a", 'b'] → [a, b]; anything but a list of plain strings → undefined. */
function parseIdList(list: string): string[] | undefined {
	const inner = list.slice(1, -1).trim();
	if (inner === '') return [];
	const items = inner.split(',').map((item) => item.trim());
	if (items.at(-1) === '') items.pop();
	const ids = items.map((item) => /^["']([^"']*)["']$/.exec(item)?.[1]);
	return ids.every((id) => id !== undefined) ? ids : undefined;
}

/**
 * Checks every care card of one MDX file against the registry. Returns messages that start with the
 * file and line ("content/articles/x.mdx:12: …"), empty when all is well.
 */
export function fileCardProblems(registry: SignRegistry, file: string, source: string): string[] {
	const problems: string[] = [];
	for (const use of findCardUses(source)) {
		const at = `${file}:${use.line}: <CareCard>`;
		if (!(signLevelIds as readonly string[]).includes(use.level ?? '')) {
			problems.push(
				`${at} got level=${JSON.stringify(use.level ?? null)}. Use one of: ${signLevelIds.map((l) => `"${l}"`).join(', ')}.`,
			);
			continue;
		}
		if (use.signs === undefined) {
			problems.push(`${at} needs signs={["id", …]}: a list of sign ids from ${REGISTRY_FILE}, written out in the tag.`);
			continue;
		}
		for (const problem of cardProblems(registry, use.level as SignLevel, use.signs)) problems.push(`${at} ${problem}`);
	}
	return problems;
}
