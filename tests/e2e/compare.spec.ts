/**
 * The comparison table on /compare/: complete without JavaScript, choosing conditions, differences
 * only, keyboard use, hostile parameters, print, a 320 px screen, axe. Sharing the view and
 * embedding it: compare-share.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import {
	choice,
	columnHeader,
	conditions,
	diffToggle,
	expectColumns,
	rowHeader,
	rows,
	table,
} from './support/compare.ts';

// The machine running the suite is often busy: axe over a large table needs more than the default.
test.describe.configure({ timeout: 90_000 });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole table is there and readable, and the controls that need a script are not', async ({ page }) => {
		await page.goto('compare/');
		const t = table(page).getByRole('table');
		await expect(t).toBeVisible();
		await expect(t.locator('caption')).toContainText('Leg pain at night');
		await expect(t.getByRole('columnheader')).toHaveCount(conditions.length + 1);
		for (const name of conditions) await expect(columnHeader(page, name)).toBeVisible();
		for (const name of rows) await expect(rowHeader(page, name)).toBeVisible();
		const cells = t.getByRole('cell');
		await expect(cells).toHaveCount(conditions.length * rows.length);
		for (const text of await cells.allTextContents()) expect(text.trim().length).toBeGreaterThan(3);
		await expect(table(page).getByRole('group', { name: 'Conditions to compare' })).toBeHidden();
		await expect(t.getByRole('link', { name: 'Warning signs: blood clot' })).toBeVisible();
	});
});

test('@core choosing and unchoosing conditions shows and hides their columns, and keeps at least two', async ({
	page,
}) => {
	await page.goto('compare/');
	await expectColumns(page, conditions);
	await choice(page, 'Everyday soreness').uncheck();
	await choice(page, 'Poor blood flow to the legs').uncheck();
	await expectColumns(page, ['Leg cramps', 'Restless legs', 'Blood clot in the leg', 'Nerve damage']);
	await expect(page).toHaveURL(/\?show=leg-cramps,restless-legs,dvt,neuropathy$/);
	await choice(page, 'Everyday soreness').check();
	await expectColumns(page, [
		'Leg cramps',
		'Restless legs',
		'Everyday soreness',
		'Blood clot in the leg',
		'Nerve damage',
	]);

	for (const name of ['Everyday soreness', 'Blood clot in the leg', 'Nerve damage']) await choice(page, name).uncheck();
	await expectColumns(page, ['Leg cramps', 'Restless legs']);
	// The third untick is refused, with the reason shown and announced.
	await choice(page, 'Restless legs').click();
	await expect(choice(page, 'Restless legs')).toBeChecked();
	await expect(table(page).getByRole('status')).toHaveText('Choose at least two conditions to compare.');
	await expectColumns(page, ['Leg cramps', 'Restless legs']);
});

test('"Show only the differences" hides rows whose short answers match, never how urgent it is', async ({ page }) => {
	await page.goto('compare/?show=restless-legs,everyday-soreness');
	await expect(rowHeader(page, 'When it happens')).toBeVisible();
	await diffToggle(page).check();
	// Both come "Evening and night", so that row goes; what tells them apart stays.
	await expect(rowHeader(page, 'When it happens')).toBeHidden();
	for (const name of ['What it feels like', 'How long it lasts', 'How urgent is it', 'Read more'])
		await expect(rowHeader(page, name)).toBeVisible();
	await expect(table(page).getByRole('status')).toHaveText(
		'Comparing 2 conditions. 1 row hidden because the short answers match.',
	);
	await expect(page).toHaveURL(/\?show=restless-legs,everyday-soreness&diff=1$/);

	// Cramps and soreness: both "Not urgent", but urgency always stays; "Who gets it" differs in its
	// short answers (S5 of the clinical review: "Anyone" twice hid who is at risk).
	await choice(page, 'Leg cramps').check();
	await choice(page, 'Restless legs').uncheck();
	await expect(rowHeader(page, 'Who gets it')).toBeVisible();
	await expect(rowHeader(page, 'How urgent is it')).toBeVisible();

	// Cramps and restless legs differ in every row, and the table says so rather than hiding nothing silently.
	await choice(page, 'Restless legs').check();
	await choice(page, 'Everyday soreness').uncheck();
	await expect(table(page).getByRole('status')).toHaveText(
		'Comparing 2 conditions. No row is hidden: every row differs.',
	);
	await diffToggle(page).uncheck();
	await expect(page).toHaveURL(/\?show=leg-cramps,restless-legs$/);
});

test('everything works from the keyboard alone', async ({ page }) => {
	await page.goto('compare/');
	await choice(page, 'Leg cramps').focus();
	await page.keyboard.press('Tab');
	await expect(choice(page, 'Restless legs')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(choice(page, 'Everyday soreness')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(columnHeader(page, 'Everyday soreness')).toBeHidden();
	for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
	await expect(choice(page, 'Nerve damage')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(diffToggle(page)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(diffToggle(page)).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(table(page).getByRole('button', { name: 'Share this view' })).toBeFocused();
	await page.keyboard.press('Tab');
	// The table scrolls sideways on small screens, so its region takes focus and has a name.
	const region = table(page).getByRole('region', { name: /Leg pain at night/ });
	await expect(region).toBeFocused();
	await expect(page.locator(':focus-visible')).toHaveCount(1);
});

test('hostile parameters are ignored, never rendered, and nothing runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const script = encodeURIComponent('<script>window.pwned=1</script><img src=x onerror="window.pwned=2">');
	await page.goto(`compare/?show=${script},leg-cramps,javascript:alert(1)&diff=${script}`);
	await expectColumns(page, conditions);
	await expect(diffToggle(page)).not.toBeChecked();
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await table(page).textContent()).not.toContain('pwned');

	// Servers refuse a 100 KB URL (HTTP 431), but a link can still carry one into the page:
	// serve the page for it, so the script has to cope with the whole value.
	await page.route(
		(url) => url.search.length > 10_000,
		async (route) =>
			route.fulfill({ response: await route.fetch({ url: route.request().url().replace(/\?.*$/, '') }) }),
	);
	await page.goto(`compare/?show=leg-cramps,dvt,${'a'.repeat(100_000)}&diff=1`);
	await expectColumns(page, conditions);
	await expect(diffToggle(page)).toBeChecked();
	await choice(page, 'Nerve damage').uncheck();
	// The rewritten URL carries only known ids.
	expect(page.url().length).toBeLessThan(300);
	expect(dialogs).toEqual([]);
});

test('print shows the whole table, whatever was chosen', async ({ page }) => {
	await page.goto('compare/?show=leg-cramps,restless-legs&diff=1');
	await expectColumns(page, ['Leg cramps', 'Restless legs']);
	await page.emulateMedia({ media: 'print' });
	await expectColumns(page, conditions);
	for (const name of rows) await expect(rowHeader(page, name)).toBeVisible();
	await expect(table(page).getByRole('group', { name: 'Conditions to compare' })).toBeHidden();
});

test('at 320 px the page does not scroll sideways; the table scrolls inside with its row headers in view', async ({
	page,
}) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto('compare/');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const region = table(page).getByRole('region', { name: /Leg pain at night/ });
	await region.evaluate((el) => el.scrollTo({ left: 600 }));
	const header = rowHeader(page, 'Where you feel it');
	const regionBox = await region.boundingBox();
	const headerBox = await header.boundingBox();
	expect(Math.abs((headerBox?.x ?? -1) - (regionBox?.x ?? 0))).toBeLessThanOrEqual(2);
	expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('axe finds no violations on /compare/ with a view chosen, in the light and dark themes', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('compare/?show=leg-cramps,restless-legs,dvt');
	await diffToggle(page).check();
	expect(await axeViolations(page), 'light theme').toEqual([]);
	// The theme follows the system setting through CSS alone: switching it shows the page as loaded in the dark.
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	expect(await axeViolations(page), 'dark theme').toEqual([]);
});
