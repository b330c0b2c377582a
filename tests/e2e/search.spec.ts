/**
 * The /search/ page as a reader meets it: results from the URL, the URL kept in step without
 * filling the history, the category filter, spelling correction, live regions that announce, no
 * layout shifts, a failed index load, and its landmarks. The header's panel: search-header.spec.ts;
 * the page without JavaScript: no-js.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import AxeBuilder from '@axe-core/playwright';
import { at, outDir } from './support/site.ts';

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

test('the spelling vocabulary holds what search indexes: a word only a care card says ("clammy") is corrected too', async ({
	page,
}) => {
	// "clammy" is in a sign's words (content/warning-signs.yaml), shown by a card, in no article's MDX.
	await page.goto('search/?q=clamy+skin');
	await expect(page.locator('[data-search-correction]')).toHaveText(
		'Showing results for clammy skin. Search instead for clamy skin.',
	);
	await expect(results(page).first().locator('.search-hit__link')).toHaveAttribute('href', /\/warning-signs\//);
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

test("Pagefind's gzipped index files are served as gzip, so the browser unpacks them, not Pagefind's JavaScript", async ({
	page,
}) => {
	const encodings = new Map<string, string | undefined>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (/\/pagefind\/(wasm\.|index\/|fragment\/)/.test(path))
			encodings.set(path, response.headers()['content-encoding']);
	});
	await page.goto('search/?q=calf+cramp+stretch');
	await expect(results(page).first()).toContainText('Leg cramps');
	const kinds = (part: string) => [...encodings].filter(([path]) => path.includes(part));
	for (const part of ['/wasm.', '/index/', '/fragment/']) {
		expect(kinds(part).length, `a ${part} file was fetched`).toBeGreaterThan(0);
		for (const [path, encoding] of kinds(part)) expect(encoding, path).toBe('gzip');
	}
});

test('if the index cannot load, search says so and links to the A–Z page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('search/?q=cramp');
	const failure = page.locator('[data-search-failure]');
	await expect(failure).toBeVisible();
	await expect(status(page)).toHaveText('Search is not available right now.');
	await failure.getByRole('link', { name: 'see every article A to Z' }).click();
	await expect(page).toHaveURL(/\/a-z\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All articles A to Z');
	expect(errors).toEqual([]);
});

/**
 * Page furniture that is in every article's HTML but marked data-pagefind-ignore, each with a
 * query that would surface it in an excerpt if it were indexed.
 */
const furniture = [
	{ label: 'Link to this section', query: 'link section' },
	{ label: 'On this page', query: 'page' },
	{ label: 'Sources', query: 'sources' },
	{ label: 'Page last reviewed', query: 'reviewed' },
	{ label: 'Read next', query: 'read next' },
	{ label: 'not medical advice', query: 'medical advice' },
];

test('excerpts hold article text only, never page furniture kept out of the index', async ({ page }) => {
	// The labels really are in the built HTML Pagefind reads, inside data-pagefind-ignore (the
	// section link's text is rewritten by its script, so the page as run would not show it).
	const html = parse(readFileSync(join(outDir, 'leg-cramps', 'index.html'), 'utf8'));
	const ignored = html
		.querySelectorAll('main [data-pagefind-ignore]')
		.map((node) => node.textContent.replace(/\s+/g, ' '))
		.join(' | ');
	for (const { label } of furniture) expect(ignored).toContain(label);
	for (const { label, query } of furniture) {
		await page.goto(`search/?q=${encodeURIComponent(query)}`);
		await expect(status(page)).toContainText('for');
		const excerpts = await page.locator('[data-search-results] .search-hit__excerpt').allTextContents();
		for (const excerpt of excerpts) expect(excerpt, `"${query}"`).not.toContain(label);
	}
});

test('"stretched" finds the cramps page, and landing on it marks "stretch" and "stretching"', async ({ page }) => {
	await page.goto('search/?q=stretched');
	const first = results(page).first();
	await expect(first.locator('.search-hit__link')).toHaveAttribute('href', /\/leg-cramps\/\?highlight=stretched/);
	await first.locator('.search-hit__section').first().click();
	await expect(page).toHaveURL(/\/leg-cramps\/\?highlight=stretched#./);
	// Other forms than the one typed: the highlighter stems words the way ranking does.
	await expect(page.locator('main mark.search-highlight', { hasText: /^stretch(es|ing)?$/i }).first()).toBeVisible();
});

test('a word typed with a combining accent finds the cramps page and marks "cramp" on it, as plain "cramp" does', async ({
	page,
}) => {
	// "cra" + U+0301 (combining acute) + "mp": Pagefind ignores the accent, so the highlighter must too.
	const typed = 'cra\u0301mp';
	await page.goto(`search/?exact=1&q=${encodeURIComponent(typed)}`);
	const first = results(page).first();
	await expect(first.locator('.search-hit__link')).toHaveAttribute('href', /\/leg-cramps\//);
	await first.locator('.search-hit__link').click();
	await expect(page.locator('main mark.search-highlight', { hasText: /^cramps?$/i }).first()).toBeVisible();

	// A ?highlight= link that carries the accent itself (shared, or from an older page) marks the same words.
	await page.goto(`leg-cramps/?highlight=${encodeURIComponent(typed)}`);
	await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
	const marked = await page.locator('main mark.search-highlight').allTextContents();
	await page.goto('leg-cramps/?highlight=cramp');
	await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
	expect(marked).toEqual(await page.locator('main mark.search-highlight').allTextContents());
});

test.describe('category filter', () => {
	const links = (page: Page) =>
		results(page)
			.locator('.search-hit__link')
			.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));

	test('?category= limits results to that kind of article and shows the choice', async ({ page }) => {
		await page.goto('search/?q=leg&category=warning-signs');
		await expect(status(page)).toHaveText(/^1 result for “leg” in Warning signs\.$/);
		await expect(page.getByRole('radio', { name: 'Warning signs' })).toBeChecked();
		expect(await links(page)).toEqual([expect.stringMatching(/\/warning-signs\/$/)]);
	});

	test('choosing a category searches again and keeps it in the URL', async ({ page }) => {
		await page.goto('search/?q=leg');
		await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
		await expect(status(page)).toHaveText(/^[2-9] results for “leg”\.$/);
		await page.getByRole('radio', { name: 'Self-care' }).check();
		await expect(page).toHaveURL(/\/search\/\?q=leg&category=self-care$/);
		await expect(status(page)).toHaveText(/in Self-care\.$/);
		expect(await links(page)).toEqual([expect.stringMatching(/\/everyday-leg-pain\/$/)]);
		await page.getByRole('radio', { name: 'All' }).check();
		await expect(page).toHaveURL(/\/search\/\?q=leg$/);
		await expect(status(page)).toHaveText(/^[2-9] results for “leg”\.$/);
	});

	test('an unknown category is ignored', async ({ page }) => {
		await page.goto('search/?q=leg&category=%3Cb%3Ebogus');
		await expect(status(page)).toHaveText(/^[2-9] results for “leg”\.$/);
		await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
		await expect(page).toHaveURL(/\/search\/\?q=leg$/);
	});
});

test('live regions are on the page, empty and not hidden, before they announce anything', async ({ page }) => {
	// Search page: the status is in the server HTML, and rendered (not display: none) while empty.
	await page.goto('search/');
	const pageStatus = page.locator('search-page [role="status"]');
	await expect(pageStatus).toHaveText('');
	expect(await pageStatus.evaluate((node) => node.checkVisibility({ visibilityProperty: true }))).toBe(true);

	// Header panel on an article: the region exists from first focus, outside the hidden panel.
	await page.goto(at('/leg-cramps/'));
	const input = page.locator('header input[data-search-input]');
	await input.focus();
	const live = page.locator('header [role="status"]');
	await expect(live).toHaveCount(1);
	await expect(live).toHaveText('');
	expect(await live.evaluate((node) => node.checkVisibility({ visibilityProperty: true }))).toBe(true);
	await expect(page.locator('header .search-live')).toBeHidden();
	await input.pressSequentially('quinine');
	await expect(live).toHaveText(/^\d+ results? for “quinine”\.$/);
	await input.fill('zzqqxx');
	await expect(live).toHaveText('No results for “zzqqxx”.');
});

test('with JavaScript on, the "needs JavaScript" note is never shown, even before search-page.ts runs', async ({
	page,
}) => {
	// Keep <search-page> from ever upgrading: only the CSS (and ThemeScript's data-js) act.
	await page.addInitScript(() => {
		const define = customElements.define.bind(customElements);
		customElements.define = (name, ...rest) => (name === 'search-page' ? undefined : define(name, ...rest));
	});
	await page.goto('search/');
	await expect(page.locator('[data-search-nojs]')).toBeHidden();
	await expect(page.locator('[data-search-filter]')).toBeVisible();
});

test('/search/ does not shift: nothing moves on load, and results appear below what is there', async ({ page }) => {
	await page.addInitScript(() => {
		const state = window as unknown as { __shift: number };
		state.__shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) state.__shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('search/', { waitUntil: 'networkidle' });
	expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);

	const box = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y;
	const above = ['h1', 'search-page input[data-search-input]', '[data-search-filter]', '[data-search-status]'];
	const before = await Promise.all(above.map(box));
	const listTop = await box('[data-search-results]');
	await page.locator('search-page input[data-search-input]').fill('cramp');
	await expect(results(page).first()).toBeVisible();
	expect(await Promise.all(above.map(box))).toEqual(before);
	// The status line was reserved, so the first result starts where the empty list did.
	expect(await box('[data-search-results] > li')).toBe(listTop);
});

test('the header search and the page search are two search landmarks with their own names', async ({ page }) => {
	await page.goto('search/');
	const landmarks = page.getByRole('search');
	await expect(landmarks).toHaveCount(2);
	const names = await landmarks.evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label') ?? ''));
	expect(new Set(names).size, names.join(' / ')).toBe(2);
	expect(names.every((name) => name.length > 0)).toBe(true);
	const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
	expect(violations.map((violation) => violation.id)).toEqual([]);
});
