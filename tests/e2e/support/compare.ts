/**
 * The comparison table on /compare/ as a reader sees it, for compare.spec.ts and
 * compare-share.spec.ts: its columns and rows by their visible names, and its controls.
 */
import { expect, type Page } from '@playwright/test';

/** The conditions, in the table's order, by their column headings. */
export const conditions = [
	'Leg cramps',
	'Restless legs',
	'Everyday soreness',
	'Blood clot in the leg',
	'Poor blood flow to the legs',
	'Nerve damage',
];

/** The rows, in the table's order, by their row headings. */
export const rows = [
	'What it feels like',
	'Where you feel it',
	'When it happens',
	'How long it lasts',
	'What eases it',
	'Common triggers',
	'Who gets it',
	'How urgent is it',
	'Read more',
];

export const table = (page: Page) => page.locator('compare-table').first();
export const columnHeader = (page: Page, name: string) =>
	table(page).getByRole('columnheader', { name: new RegExp(`^(Warning sign )?${name}`) });
export const rowHeader = (page: Page, name: string) => table(page).getByRole('rowheader', { name, exact: true });
export const choice = (page: Page, name: string) =>
	table(page).getByRole('group', { name: 'Conditions to compare' }).getByRole('checkbox', { name, exact: true });
export const diffToggle = (page: Page) => table(page).getByRole('checkbox', { name: 'Show only the differences' });

/** The conditions whose columns are visible, in order. */
export async function visibleColumns(page: Page): Promise<string[]> {
	const shown: string[] = [];
	for (const name of conditions) if (await columnHeader(page, name).isVisible()) shown.push(name);
	return shown;
}

/** Waits until exactly these columns are visible, in this order. */
export async function expectColumns(page: Page, expected: string[]): Promise<void> {
	await expect.poll(() => visibleColumns(page)).toEqual(expected);
}
