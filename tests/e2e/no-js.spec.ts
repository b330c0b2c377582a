import { expect, test } from '@playwright/test';
import { at, articlePages, embedPages, MAIN_TOPICS, pagesToVisit } from './support/site.ts';

test.use({ javaScriptEnabled: false });

const articles = new Set(articlePages());

// Every full page, the 404 page (through a missing address) included; an article's header search is
// used on the same load.
for (const { path, status } of pagesToVisit({ embeds: false })) {
	const article = articles.has(path);
	const title = `${path} is fully readable with JavaScript off`;
	test(article ? `${title}, and its header search submits to /search/` : title, async ({ page }) => {
		const response = await page.goto(at(path));
		expect(response?.status()).toBe(status);
		await expect(page.locator('h1')).toBeVisible();
		const main = page.locator('main');
		expect((await main.innerText()).trim().length).toBeGreaterThan(200);
		// The search form is a plain GET form, so it works without scripts.
		const form = page.locator('header form[role="search"]');
		await expect(form).toHaveAttribute('method', 'get');
		await expect(form.getByRole('searchbox')).toBeVisible();
		// A control that needs scripts must not be offered when it cannot work.
		await expect(page.locator('theme-toggle')).toBeHidden();
		if (!article) return;
		await page.locator('header').getByRole('searchbox').fill('calf cramp');
		await page.locator('header').getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=calf\+cramp$/);
	});
}

// The embed has no header or footer: what must work without scripts is the table itself.
for (const path of embedPages()) {
	test(`${path} shows the whole comparison table with JavaScript off, and no controls that need scripts`, async ({
		page,
	}) => {
		await page.goto(at(path));
		await expect(page.locator('h1')).toBeVisible();
		const table = page.getByRole('table');
		await expect(table).toBeVisible();
		const columns = await table.locator('thead th[data-col]').count();
		expect(columns, 'every condition has a column').toBeGreaterThanOrEqual(2);
		for (const header of await table.locator('thead th[data-col]').all()) await expect(header).toBeVisible();
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(5);
		for (const row of await rows.all()) await expect(row.locator('td')).toHaveCount(columns);
		await expect(table.locator('tbody tr').last().getByRole('link').first()).toBeVisible();
		// Checkboxes and "Share this view" do nothing without scripts, so they are not shown.
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Legs at Night/ })).toBeVisible();
	});
}

test('the header form still reaches /search/, which explains, offers the main topics and links to every article A–Z', async ({
	page,
}) => {
	await page.goto('about/');
	await page.locator('header input[name="q"]').fill('cramp');
	await page.locator('header input[name="q"]').press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=cramp$/);
	await expect(page.getByText('Search needs JavaScript')).toBeVisible();
	// The filter only works with scripts, so it is not offered without them.
	await expect(page.locator('[data-search-filter]')).toBeHidden();
	const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
	const paths = (hrefs: string[]) => hrefs.map((href) => new URL(href).pathname.slice(base.length) || '/');
	const topics = page.getByRole('region', { name: 'Main topics' });
	const listed = await topics
		.getByRole('listitem')
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	// A fixed handful of topics, not the whole site: the page must not grow with every article.
	expect(paths(listed)).toEqual(MAIN_TOPICS);
	// The note and the list both lead on to every article, on the A–Z page.
	await page.locator('[data-search-nojs]').getByRole('link', { name: 'see every article A to Z' }).click();
	await expect(page).toHaveURL(/\/a-z\/$/);
	const all = await page
		.getByRole('main')
		.locator('section li a')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	expect(paths(all).sort()).toEqual(articlePages().sort());
	await page.goBack();
	await topics.getByRole('link', { name: 'See every article A to Z' }).click();
	await expect(page).toHaveURL(/\/a-z\/$/);
});
