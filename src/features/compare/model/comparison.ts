/**
 * The comparison table's model: its fixed rows, the urgency levels, the checks that make a bad
 * content/comparison.yaml fail the build with a message naming the entry, and the "show only the
 * differences" rule. Pure TypeScript: the schema, the component, the endpoints and the browser
 * script all import it, and the unit tests run it directly.
 */

import type { WarningSign } from '../../warning-signs/model/signs.ts';

/** The rows, in the order readers see them. Editors fill one cell per row; "read-more" is built from `article`. */
export const compareRows = [
	{ id: 'feels-like', label: 'What it feels like' },
	{ id: 'where', label: 'Where you feel it' },
	{ id: 'when', label: 'When it happens' },
	{ id: 'duration', label: 'How long it lasts' },
	{ id: 'eases', label: 'What eases it' },
	{ id: 'triggers', label: 'Common triggers' },
	{ id: 'who', label: 'Who gets it' },
	{ id: 'urgency', label: 'How urgent is it' },
	{ id: 'read-more', label: 'Read more' },
] as const;

export type RowId = (typeof compareRows)[number]['id'];

/** Rows whose cells editors write in the YAML (urgency has a level, read-more is a link). */
export const textRowIds = ['feels-like', 'where', 'when', 'duration', 'eases', 'triggers', 'who'] as const;
export type TextRowId = (typeof textRowIds)[number];

/**
 * How soon to get help with the condition itself, in the words of the care-card levels, plus
 * "self-care" for the everyday conditions. The label is what a reader sees first in the cell; the
 * warning signs listed under it (from the registry) carry their own levels.
 */
export const urgencyLevels = {
	'self-care': { label: 'Not urgent on its own', prefix: '' },
	'see-doctor': { label: 'See a doctor', prefix: 'Warning sign: ' },
	urgent: { label: 'Urgent: get help today', prefix: 'Warning sign: ' },
} as const;
export type UrgencyLevel = keyof typeof urgencyLevels;
export const urgencyLevelIds = Object.keys(urgencyLevels) as UrgencyLevel[];

/**
 * One cell: a short answer a reader can take in at a glance ("At night"), shown in bold, and the
 * detail after it. "Show only the differences" compares the short answers, which editors keep
 * coarse on purpose, so two conditions that both come "In the evening and at night" count as the same.
 */
export interface CompareCell {
	short: string;
	/** The detail, left out where the short answer says it all. */
	text?: string | undefined;
}

/** The longest short answer, in characters: a few words, not a sentence. */
export const SHORT_MAX = 40;

/** One column of the table, as the schema hands it over (article already resolved to its id). */
export interface CompareCondition {
	id: string;
	/** Everyday name, shown in the column header: "Blood clot in the leg". */
	name: string;
	/** The medical term, shown under the name: "deep vein thrombosis (DVT)". */
	medicalName: string;
	/** True for the conditions that need a doctor; their urgency cell is styled to be impossible to miss. */
	warning: boolean;
	article: string;
	/** Heading id inside the article, without "#". */
	section?: string | undefined;
	/** Link text of the "Read more" cell. */
	linkText: string;
	urgency: {
		level: UrgencyLevel;
		text: string;
		/** The signs that change how soon to get help, from the registry, most urgent first. */
		signs: readonly WarningSign[];
	};
	cells: Record<TextRowId, CompareCell>;
}

/**
 * Problems with one condition's `cells` object: missing rows and rows the table does not have.
 * Returns plain-English messages (empty when all is well) so zod and the unit tests share them.
 */
export function cellProblems(conditionId: string, cells: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const known = textRowIds.join(', ');
	for (const row of textRowIds) {
		const value = cells[row] as Partial<Record<keyof CompareCell, unknown>> | string | undefined;
		if (value === undefined || value === null) {
			problems.push(`Condition "${conditionId}" has no "${row}" cell. Every condition needs all of: ${known}.`);
			continue;
		}
		const short = typeof value === 'object' ? value.short : undefined;
		if (typeof short !== 'string' || short.trim() === '') {
			problems.push(
				`Condition "${conditionId}", cell "${row}" has no "short:". Write each cell as` +
					` "${row}: { short: a few words, text: the detail }" (text may be left out).`,
			);
		} else if (short.length > SHORT_MAX) {
			problems.push(
				`Condition "${conditionId}", cell "${row}": "short:" has ${short.length} characters; keep it to` +
					` ${SHORT_MAX} (a few words), and put the rest in "text:".`,
			);
		}
	}
	for (const key of Object.keys(cells)) {
		if (!(textRowIds as readonly string[]).includes(key)) {
			problems.push(
				`Condition "${conditionId}" has a cell "${key}", which is not a row of the table. The rows are: ${known}` +
					' (urgency and the article link have their own fields).',
			);
		}
	}
	return problems;
}

/** What the build knows about the articles a condition may point to: id → heading ids. */
export type ArticleIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Checks the whole table against the articles. Throws one error listing every problem, each naming
 * the condition, so an editor can fix them all in one go.
 */
export function checkComparison(conditions: readonly CompareCondition[], articles: ArticleIndex): void {
	const problems: string[] = [];
	const file = 'content/comparison.yaml';
	if (conditions.length < 2) problems.push(`The table needs at least 2 conditions; it has ${conditions.length}.`);
	const seen = new Set<string>();
	for (const condition of conditions) {
		if (seen.has(condition.id)) problems.push(`Condition "${condition.id}" appears twice.`);
		seen.add(condition.id);
		problems.push(...cellProblems(condition.id, condition.cells));
		const headings = articles.get(condition.article);
		if (!headings) {
			problems.push(
				`Condition "${condition.id}" points to article "${condition.article}", which does not exist or is a draft.` +
					` Published articles: ${[...articles.keys()].join(', ')}.`,
			);
		} else if (condition.section && !headings.includes(condition.section)) {
			problems.push(
				`Condition "${condition.id}" links to section "#${condition.section}" of "${condition.article}", which has no` +
					` such heading. Its headings are: ${headings.map((h) => `#${h}`).join(', ')}.`,
			);
		}
		if (condition.warning === (condition.urgency.level === 'self-care')) {
			problems.push(
				`Condition "${condition.id}": warning is ${condition.warning} but the urgency level is "${condition.urgency.level}".` +
					' Warning-sign conditions need "see-doctor" or "urgent"; the others need "self-care".',
			);
		}
	}
	if (problems.length > 0) {
		throw new Error(`${file} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	}
}

/** Rows "Show only the differences" never hides: how urgent it is (a reason to see a doctor) and the links. */
export const pinnedRowIds: readonly RowId[] = ['urgency', 'read-more'];

/** A row as the browser sees it: its id, whether it may be hidden, and each column's short answer. */
export interface DiffRow {
	id: string;
	/** Never hidden (see pinnedRowIds). */
	pinned?: boolean | undefined;
	cells: Readonly<Record<string, string>>;
}

/** Collapses whitespace so formatting differences never count as a difference. */
function normalise(text: string | undefined): string {
	return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The rows "Show only the differences" hides: those where every shown column gives the same short
 * answer. Pinned rows always stay, so hiding "the same" can never hide a reason to see a doctor.
 */
export function rowsToHide(rows: readonly DiffRow[], shown: readonly string[]): string[] {
	if (shown.length < 2) return [];
	return rows
		.filter((row) => {
			if (row.pinned) return false;
			const first = normalise(row.cells[shown[0] ?? '']);
			return shown.every((id) => normalise(row.cells[id]) === first);
		})
		.map((row) => row.id);
}
