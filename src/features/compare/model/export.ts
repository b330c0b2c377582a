/**
 * The comparison as downloadable data: CSV for spreadsheets and JSON for programs. Both are built
 * from the same table model as the HTML, so the three never disagree.
 */
import { compareRows, textRowIds, type CompareCondition, type RowId } from './comparison.ts';
import { cellContent, cellText as contentText, urgencyContent } from './cells.ts';
import { COMPARE_TITLE } from './names.ts';
import { isoDate } from '../../../lib/dates.ts';

/** What the exports need besides the conditions. */
export interface ExportContext {
	/** Absolute URL of the article behind each condition ("Read more"). */
	articleUrl: (condition: CompareCondition) => string;
	/** Absolute URL of /compare/. */
	pageUrl: string;
	lastReviewed: Date;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A field that starts like a formula (=, +, -, @, tab, return) gets a leading apostrophe so a
 * spreadsheet shows it as text instead of running it.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Lines joined with CRLF, as RFC 4180 asks. */
export function csvRows(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The text of one cell, worded as the table shows it (cells.ts); "Read more" is the article's address. */
export function cellText(condition: CompareCondition, rowId: RowId, ctx: ExportContext): string {
	return contentText(cellContent(condition, rowId), ctx.articleUrl(condition));
}

/** The table as CSV: one column per condition, one row per attribute, like the HTML table. */
export function comparisonCsv(conditions: readonly CompareCondition[], ctx: ExportContext): string {
	const header = ['Attribute', ...conditions.map((c) => `${c.name}: ${c.medicalName}`)];
	const body = compareRows.map((row) => [row.label, ...conditions.map((c) => cellText(c, row.id, ctx))]);
	return '\uFEFF' + csvRows([header, ...body]);
}

/** The urgency cell for programs: its level and label, its sentence and its signs, as the table words them. */
function urgencyData(condition: CompareCondition) {
	const { level, label, text, signs } = urgencyContent(condition);
	return { level, label, text, signs };
}

/** The table as JSON, with ids so programs can address rows and conditions. */
export function comparisonJson(conditions: readonly CompareCondition[], ctx: ExportContext): string {
	const data = {
		title: COMPARE_TITLE,
		source: ctx.pageUrl,
		lastReviewed: isoDate(ctx.lastReviewed),
		disclaimer: 'General information, not medical advice. It cannot tell you what is causing your symptoms.',
		rows: compareRows.map(({ id, label }) => ({ id, label })),
		conditions: conditions.map((c) => ({
			id: c.id,
			name: c.name,
			medicalName: c.medicalName,
			warningSign: c.warning,
			cells: Object.fromEntries(textRowIds.map((row) => [row, c.cells[row]])),
			urgency: urgencyData(c),
			readMore: { text: c.linkText, url: ctx.articleUrl(c) },
		})),
	};
	return `${JSON.stringify(data, null, '\t')}\n`;
}
