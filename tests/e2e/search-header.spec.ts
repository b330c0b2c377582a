/**
 * Search from the header of every page: the keyboard shortcuts, live results in a panel that
 * shows the best three and links to the rest, "search instead for", a failed index load, article
 * pages that load no search code until the box is used, and what a first search costs, counted by
 * the server (src/cli/serve.ts --byte-log), which sees every request, Pagefind's own included,
 * with the headers the host sends. The peer (Starlight with Pagefind, the same articles) fetches
 * 94.5 KiB in 8 requests for its first search.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { articlePages, at } from './support/site.ts';
import { startServer, type ByteLogEntry, type LoggedServer } from '../support/servers.ts';

// Pagefind compiles WebAssembly on first use; on a busy two-core machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');

test('keyboard: "/", Ctrl+K and Cmd+K focus search, arrows move through results, Escape clears', async ({ page }) => {
	await page.goto(at(articlePages().find((path) => path !== '/') ?? '/'));
	const header = page.locator('header input[data-search-input]');
	await page.keyboard.press('/');
	await expect(header).toBeFocused();
	await expect(header).toHaveValue('');
	await page.locator('h1').click();
	await page.keyboard.press('Control+k');
	await expect(header).toBeFocused();
	// Cmd+K on a Mac: Playwright sends metaKey, as a Mac keyboard does.
	await page.locator('h1').click();
	await expect(header).not.toBeFocused();
	await page.keyboard.press('Meta+k');
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
	await expect(panel).toContainText(/results? for “quinine”/);
	await expect(panel.locator('.search-hit__link').first()).toHaveAttribute('href', /\/leg-cramps\//);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=quinine$/);
	await expect(results(page).first()).toBeVisible();
});

test('an article page loads no search code until the search box is focused', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto(at(articlePages().find((path) => path !== '/') ?? '/'), { waitUntil: 'networkidle' });
	expect(requested.filter((url) => /\/pagefind\/|search-live|search-engine/.test(url))).toEqual([]);

	const pagefind = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
	await page.locator('header input[data-search-input]').focus();
	await pagefind;
});

test('the header panel offers "search instead for" the words as typed', async ({ page }) => {
	await page.goto('about/');
	const input = page.locator('header input[data-search-input]');
	await input.pressSequentially('leg crmaps');
	const panel = page.locator('header .search-live');
	await expect(panel.locator('[data-search-correction]')).toHaveText(
		'Showing results for leg cramps. Search instead for leg crmaps.',
	);
	await expect(page.locator('header [role="status"]')).toContainText('You typed “leg crmaps”.');
	await panel.getByRole('link', { name: 'leg crmaps' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=leg\+crmaps&exact=1$/);
	await expect(status(page)).toHaveText(/for “leg crmaps”/);
	await expect(page.locator('[data-search-correction]')).toBeHidden();
});

test('if the index cannot load, the header panel says so and links to the A–Z page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto(at('/leg-cramps/'));
	await page.locator('header input[data-search-input]').pressSequentially('cramp');
	const panel = page.locator('header .search-live');
	await expect(panel).toBeVisible();
	await expect(page.locator('header [role="status"]')).toHaveText('Search is not available right now.');
	const link = panel.getByRole('link', { name: 'See every article A to Z' });
	await expect(link).toHaveAttribute('href', /\/a-z\/$/);
	await link.click();
	await expect(page).toHaveURL(/\/a-z\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All articles A to Z');
	expect(errors).toEqual([]);
});

test('the panel shows the best three, counts every page found, and links to all of them', async ({ page }) => {
	await page.goto(at('/about/'));
	await page.locator('header input[data-search-input]').pressSequentially('leg pain at night');
	const panel = page.locator('header .search-live');
	const summary = panel.locator('[data-search-summary]');
	await expect(summary).toHaveText(/^\d+ results for “leg pain at night”\.$/);
	const found = Number((await summary.textContent())?.split(' ')[0]);
	expect(found, 'more pages than the panel shows').toBeGreaterThan(3);
	await expect(panel.locator('.search-hit')).toHaveCount(3);
	const more = panel.getByRole('link', { name: `See all ${found} results` });
	await expect(more).toBeVisible();
	await more.click();
	await expect(page).toHaveURL(/\/search\/\?q=leg\+pain\+at\+night$/);
	await expect(status(page)).toHaveText(`${found} results for “leg pain at night”.`);
	await expect(results(page)).toHaveCount(found);
});

test.describe('what a first search costs', () => {
	const KiB = 1024;
	const base = process.env['BASE_PATH'] ?? '/';
	let server: LoggedServer;
	test.beforeAll(async () => {
		server = await startServer(process.env['OUT_DIR'] ?? 'dist', undefined, base);
	});
	test.afterAll(async () => {
		await server.stop();
	});
	const detail = (entries: readonly ByteLogEntry[]) =>
		entries
			.map((entry) => `${(entry.bytes / KiB).toFixed(1).padStart(6)} KiB ${entry.status} ${entry.path}`)
			.join('\n');

	test('@core a first search from an article fetches at most 106 KiB, and nothing before the box is used', async ({
		page,
	}) => {
		await page.goto(`${server.origin}${base}leg-cramps/`, { waitUntil: 'networkidle' });
		const loaded = server.transfers().length;
		expect(
			server.transfers().filter((entry) => entry.path.includes('/pagefind/')),
			'no search file before the reader uses the box',
		).toEqual([]);

		// One input event, one search: typed key by key, how many in-between searches run (and load
		// results) depends on the machine's speed, and the budget must be deterministic.
		await page.locator('header input[data-search-input]').fill('calf cramp stretch');
		const panel = page.locator('header .search-live');
		await expect(panel).toContainText('results for “calf cramp stretch”');
		await expect(panel.locator('.search-hit__link').first()).toHaveAttribute('href', /\/leg-cramps\//);
		await page.waitForLoadState('networkidle');

		// The tab's icon may be asked for at any moment; it is the page's, not the search's.
		const search = server
			.transfers()
			.slice(loaded)
			.filter((entry) => !entry.path.endsWith('/favicon.svg'));
		const bytes = search.reduce((total, entry) => total + entry.bytes, 0);
		console.log(`First search: ${search.length} requests, ${(bytes / KiB).toFixed(1)} KiB\n${detail(search)}`);
		expect(bytes, detail(search)).toBeLessThanOrEqual(106 * KiB);
		expect(
			search.every((entry) => entry.status === 200),
			detail(search),
		).toBe(true);
	});
});
