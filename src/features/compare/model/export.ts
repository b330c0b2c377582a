/**
 * The comparison as downloadable data: CSV for spreadsheets and JSON for programs. Both are built
 * from the same table model as the HTML, so the three never disagree.
 */
import { compareRows, textRowIds, urgencyLevels, type CompareCondition } from './comparison.ts';
import { isoDate } from '../../../lib/dates.ts';
import { signLevels } from '../../warning-signs/model/signs.ts';

/** The urgency cell as one line of text: the condition's level, its sentence, then each sign at its level. */
export function urgencyText(condition: CompareCondition): string {
	const { level, text, signs } = condition.urgency;
	const lines = signs.map((sign) => ` ${signLevels[sign.level].title} ${sign.words}.`);
	return `${urgencyLevels[level].label}. ${text}${lines.join('')}`;
}

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

/** The text of one cell, as the table shows it: the short answer or urgency label first, then the detail. */
export function cellText(condition: CompareCondition, rowId: string, ctx: ExportContext): string {
	if (rowId === 'urgency') return urgencyText(condition);
	if (rowId === 'read-more') return ctx.articleUrl(condition);
	const cell = condition.cells[rowId as (typeof textRowIds)[number]];
	return cell.text ? `${cell.short}. ${cell.text}` : `${cell.short}.`;
}

/** The table as CSV: one column per condition, one row per attribute, like the HTML table. */
export function comparisonCsv(conditions: readonly CompareCondition[], ctx: ExportContext): string {
	const header = ['Attribute', ...conditions.map((c) => `${c.name}: ${c.medicalName}`)];
	const body = compareRows.map((row) => [row.label, ...conditions.map((c) => cellText(c, row.id, ctx))]);
	return '\uFEFF' + csvRows([header, ...body]);
}

/** The table as JSON, with ids so programs can address rows and conditions. */
export function comparisonJson(conditions: readonly CompareCondition[], ctx: ExportContext): string {
	const data = {
		title: 'Leg pain at night compared',
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
			urgency: {
				level: c.urgency.level,
				label: urgencyLevels[c.urgency.level].label,
				text: c.urgency.text,
				signs: c.urgency.signs.map((s) => ({
					id: s.id,
					level: s.level,
					action: signLevels[s.level].title,
					words: s.words,
				})),
			},
			readMore: { text: c.linkText, url: ctx.articleUrl(c) },
		})),
	};
	return `${JSON.stringify(data, null, '\t')}\n`;
}
