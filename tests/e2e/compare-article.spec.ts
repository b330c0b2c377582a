/**
 * The comparison inside the cramps and restless-legs articles: the two preset columns as a plain
 * table (all there is without JavaScript), and the full widget brought into the article in place
 * when the reader asks, from /compare/widget/ (a page partial), with none of its code loaded before.
 */
import { expect, test, type Page } from '@playwright/test';

const articles = ['leg-cramps/', 'restless-legs/'];
const comparison = (page: Page) => page.locator('compare-table').first();
const columns = (page: Page) => comparison(page).locator('thead th[scope="col"]:not(.compare__corner):visible');

for (const path of articles) {
	test(`${path}: two preset columns, then the whole widget in place, without leaving the article`, async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		page.on('pageerror', (error) => errors.push(error.message));
		const fetched: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
		});
		const widgetDefined = () => page.evaluate(() => customElements.get('compare-table') !== undefined);
		await page.goto(path);
		await expect(columns(page)).toHaveText([/Leg cramps/, /Restless legs/]);
		await expect(
			comparison(page).getByRole('heading', { name: 'Cramps and restless legs side by side' }),
		).toBeVisible();
		expect(await widgetDefined(), 'no widget code before the reader asks').toBe(false);

		const button = comparison(page).getByRole('button', { name: 'Choose conditions here' });
		await button.click();
		const group = comparison(page).getByRole('group', { name: 'Conditions to compare' });
		await expect(group.getByRole('checkbox', { name: 'Leg cramps', exact: true })).toBeFocused();
		await expect(columns(page)).toHaveText([/Leg cramps/, /Restless legs/]);
		expect(await widgetDefined()).toBe(true);
		// What the article asked for is the partial made for it, not the /compare/ page.
		expect(fetched).toEqual([expect.stringMatching(/\/compare\/widget\/$/)]);

		await group.getByRole('checkbox', { name: 'Blood clot in the leg', exact: true }).check();
		await expect(columns(page)).toHaveText([/Leg cramps/, /Restless legs/, /Blood clot in the leg/]);
		await comparison(page).getByRole('checkbox', { name: 'Show only the differences' }).check();
		await comparison(page).getByRole('button', { name: 'Share this view' }).click();
		await expect(comparison(page).getByRole('status')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/compare\/\?show=leg-cramps,restless-legs,dvt&diff=1$/,
		);
		// The article's own address never takes the table's view.
		expect(new URL(page.url()).search).toBe('');
		// Ids stay the article's own: no clash with anything else on the page.
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
		expect(ids.length).toBe(new Set(ids).size);
		// Nothing broke on the way, and nothing the page did was refused by its Content Security Policy.
		expect(errors).toEqual([]);
	});
}

test('the partial carries only the script that loads the widget: the article brings the share button’s', async ({
	request,
}) => {
	const partial = await (await request.get('compare/widget/')).text();
	// A script in fetched markup never runs; the article's share buttons have defined <share-button>.
	expect([...partial.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toEqual([
		expect.stringMatching(/^<script type="module" src="[^"]+\.js">$/),
	]);
	expect(partial).toContain('<share-button');
});

test('if the widget cannot be fetched, the button takes the reader to the full comparison instead', async ({
	page,
}) => {
	await page.goto('leg-cramps/');
	await page.route('**/compare/widget/', (route) => route.abort());
	await comparison(page).getByRole('button', { name: 'Choose conditions here' }).click();
	await page.waitForURL(/\/compare\/\?show=leg-cramps,restless-legs$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare leg pain at night');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the article shows its two columns and a link to the full comparison, and no dead button', async ({ page }) => {
		await page.goto('leg-cramps/');
		await expect(columns(page)).toHaveText([/Leg cramps/, /Restless legs/]);
		await expect(comparison(page).getByRole('button')).toHaveCount(0);
		const link = comparison(page).getByRole('link', { name: /Compare all 6 conditions/ });
		await expect(link).toHaveAttribute('href', /\/compare\/\?show=leg-cramps,restless-legs$/);
	});
});
