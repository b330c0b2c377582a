/**
 * Search behaviour as a reader meets it: results from the URL, the URL kept in step without
 * filling the history, spelling correction, keyboard use, the page without JavaScript, a failed
 * index load, and article pages that load no search code until the reader goes to search.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { articlePages, at } from './support/site.ts';

// Pagefind compiles WebAssembly on first use; on a busy two-core machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');

test('@core calf cramp stretch: leg cramps first, its first section link is the calf stretch', async ({ page }) => {
	await page.goto('search/?q=calf+cramp+stretch');
	await expect(status(page)).toHaveText(/\d+ results? for “calf cramp stretch”/);
	const first = results(page).first();
	await expect(first.locator('.search-hit__link')).toHaveAttribute('href', /\/leg-cramps\//);
	await expect(first.locator('.search-hit__excerpt mark').first()).toBeVisible();
	const section = first.locator('.search-hit__section').first();
	await expect(section).toContainText(/stretch/i);

	// Landing on the section: it is in view and the searched words are highlighted.
	await section.click();
	await expect(page).toHaveURL(/\/leg-cramps\/\?highlight=.+#.+/);
	const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
	await expect(page.locator('main mark.search-highlight', { hasText: /stretch/i }).first()).toBeAttached();
});

test('@core typing searches at once and keeps the query in the URL without adding history', async ({ page }) => {
	await page.goto('about/');
	await page.goto('search/');
	const input = page.locator('search-page input[data-search-input]');
	await input.pressSequentially('restless legs');
	await expect(page).toHaveURL(/\/search\/\?q=restless\+legs$/);
	await expect(results(page).first().locator('.search-hit__link')).toHaveAttribute('href', /\/restless-legs\//);
	// Back leaves the search page: keystrokes were not pushed onto the history.
	await page.goBack();
	await expect(page).toHaveURL(/\/about\/$/);
});

test('the result count is announced through a live region', async ({ page }) => {
	await page.goto('search/?q=cramp');
	const live = page.getByRole('status');
	await expect(live).toHaveText(/^\d+ results? for “cramp”\.$/);
	await page.locator('search-page input[data-search-input]').fill('zzqqxx');
	await expect(live).toHaveText('No results for “zzqqxx”.');
});

test('a misspelled query is corrected, and the reader can search for what they typed', async ({ page }) => {
	await page.goto('search/?q=leg+crmaps');
	const note = page.locator('[data-search-correction]');
	await expect(note).toHaveText('Showing results for leg cramps. Search instead for leg crmaps.');
	await expect(results(page).first().locator('.search-hit__link')).toHaveAttribute('href', /\/leg-cramps\//);
	await note.getByRole('link', { name: 'leg crmaps' }).click();
	await expect(page).toHaveURL(/exact=1/);
	await expect(note).toBeHidden();
	await expect(status(page)).toContainText('“leg crmaps”');
});

test('a hostile query is shown as text, never run as markup', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const attack = '<img src=x onerror="document.title=1">crmaps';
	await page.goto(`search/?q=${encodeURIComponent(attack)}`);
	await expect(status(page)).toContainText('<img src=x');
	await expect(page.locator('search-page img')).toHaveCount(0);
	expect(await page.title()).not.toBe('1');
	expect(errors).toEqual([]);
});

test('keyboard: "/" and Ctrl+K focus search, arrows move through results, Escape clears', async ({ page }) => {
	await page.goto(at(articlePages().find((path) => path !== '/') ?? '/'));
	const header = page.locator('header input[data-search-input]');
	await page.keyboard.press('/');
	await expect(header).toBeFocused();
	await expect(header).toHaveValue('');
	await page.locator('h1').click();
	await page.keyboard.press('Control+k');
	await expect(header).toBeFocused();

	await page.goto('search/?q=cramp');
	const input = page.locator('search-page input[data-search-input]');
	await expect(results(page).first()).toBeVisible();
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(input).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const links = page.locator('[data-search-results] a');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(input).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(input).toHaveValue('');
	await expect(results(page)).toHaveCount(0);
	await expect(page).toHaveURL(/\/search\/$/);

	// Enter on a result opens it.
	await input.fill('quinine');
	await expect(results(page).first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/leg-cramps\/\?highlight=quinine/);
});

test('the header search shows live results, and Enter opens the full results page', async ({ page }) => {
	await page.goto('about/');
	const input = page.locator('header input[data-search-input]');
	await input.pressSequentially('quinine');
	const panel = page.locator('header .search-live');
	await expect(panel.getByRole('status')).toHaveText(/results? for “quinine”/);
	await expect(panel.locator('.search-hit__link').first()).toHaveAttribute('href', /\/leg-cramps\//);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=quinine$/);
	await expect(results(page).first()).toBeVisible();
});

test('an article page loads no search code until the search box is focused', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto(at(articlePages().find((path) => path !== '/') ?? '/'), { waitUntil: 'networkidle' });
	expect(requested.filter((url) => /\/pagefind\/|search-live|search-engine|vocabulary\.json/.test(url))).toEqual([]);

	const pagefind = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
	await page.locator('header input[data-search-input]').focus();
	await pagefind;
});

test('if the index cannot load, search says so and links to the A–Z list', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('search/?q=cramp');
	const failure = page.locator('[data-search-failure]');
	await expect(failure).toBeVisible();
	await expect(status(page)).toHaveText('Search is not available right now.');
	await failure.getByRole('link').click();
	await expect(page.locator('#a-z')).toBeInViewport();
	expect(errors).toEqual([]);
});

test('excerpts hold article text only: no button labels or page furniture', async ({ page }) => {
	for (const query of ['cramp', 'restless legs', 'stretch', 'doctor']) {
		await page.goto(`search/?q=${encodeURIComponent(query)}`);
		await expect(status(page)).toContainText('for');
		const text = (await page.locator('[data-search-results]').textContent()) ?? '';
		expect(text).not.toMatch(/Copy link|On this page|Get help now if|not medical advice/i);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header form still reaches /search/, which explains and lists every article A–Z', async ({ page }) => {
		await page.goto('about/');
		await page.locator('header input[name="q"]').fill('cramp');
		await page.locator('header input[name="q"]').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=cramp$/);
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
		const listed = await page
			.locator('#a-z a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(listed.map((path) => path.slice(base.length) || '/').sort()).toEqual(articlePages().sort());
	});
});
