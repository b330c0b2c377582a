/**
 * What each cell of the comparison says, in one place: the table renders it (CompareCell.astro),
 * "Show only the differences" compares its short answer, and the CSV and JSON exports write it as
 * text (export.ts). So the page and the downloads can never word a cell differently.
 */
import { urgencyLevels, type CompareCondition, type RowId, type TextRowId, type UrgencyLevel } from './comparison.ts';
import { signLevels, type SignLevel } from '../../warning-signs/model/signs.ts';

/** A cell of one of the rows editors write: a few words in bold on a line of their own, then the detail. */
export interface TextContent {
	kind: 'text';
	short: string;
	detail?: string | undefined;
}

/** The "How urgent is it" cell. */
export interface UrgencyContent {
	kind: 'urgency';
	level: UrgencyLevel;
	/** What a reader sees first: "See a doctor". */
	label: string;
	/** Said to screen readers before the label ("Warning sign: "), where the icon says it to the eye. */
	prefix: string;
	text: string;
	/** The warning signs that change how soon to get help, most urgent first, each with its level's words. */
	signs: { id: string; level: SignLevel; action: string; words: string }[];
}

/** The "Read more" cell: a link to the condition's article. */
export interface LinkContent {
	kind: 'link';
	text: string;
}

export type CellContent = TextContent | UrgencyContent | LinkContent;

export function urgencyContent(condition: CompareCondition): UrgencyContent {
	const { level, text, signs } = condition.urgency;
	return {
		kind: 'urgency',
		level,
		...urgencyLevels[level],
		text,
		signs: signs.map((sign) => ({
			id: sign.id,
			level: sign.level,
			action: signLevels[sign.level].title,
			words: sign.words,
		})),
	};
}

export function cellContent(condition: CompareCondition, rowId: RowId): CellContent {
	if (rowId === 'urgency') return urgencyContent(condition);
	if (rowId === 'read-more') return { kind: 'link', text: condition.linkText };
	const cell = condition.cells[rowId satisfies TextRowId];
	return { kind: 'text', short: cell.short, detail: cell.text };
}

/** The answer "Show only the differences" compares: the short answer or the urgency label; none for a link. */
export function cellShort(content: CellContent): string | undefined {
	return content.kind === 'text' ? content.short : content.kind === 'urgency' ? content.label : undefined;
}

/**
 * The cell as one line of text, worded as the table shows it: the short answer or urgency label
 * first, then the detail, then each warning sign at its level. A link cell is its `url`.
 */
export function cellText(content: CellContent, url: string): string {
	switch (content.kind) {
		case 'text':
			return content.detail ? `${content.short}. ${content.detail}` : `${content.short}.`;
		case 'urgency':
			return `${content.label}. ${content.text}${content.signs.map((s) => ` ${s.action} ${s.words}.`).join('')}`;
		case 'link':
			return url;
	}
}
