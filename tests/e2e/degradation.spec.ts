/**
 * Every page stays usable when things are not as we hoped: the narrowest phone screen, a search
 * index that does not load, and a hostile ?highlight= link (the parameter a search result adds to
 * an article's address). The search page's own failure is tested in search.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { articlePages, at, pagesToVisit } from './support/site.ts';

/** Page errors (uncaught exceptions and unhandled promise rejections) and dialogs, as they happen. */
function watchForTrouble(page: Page): string[] {
	const trouble: string[] = [];
	page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
	page.on('dialog', (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return trouble;
}

test.describe('on a 320 px wide screen', () => {
	test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

	for (const { path, status } of pagesToVisit()) {
		test(`${path} has no sideways scrolling, and its title and text are visible`, async ({ page }) => {
			const response = await page.goto(at(path));
			expect(response?.status()).toBe(status);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			const h1 = page.locator('h1');
			await expect(h1).toBeVisible();
			await expect(h1).toBeInViewport();
			const h1Box = await h1.boundingBox();
			expect((h1Box?.x ?? -1) >= 0 && (h1Box?.x ?? 0) + (h1Box?.width ?? 0) <= 320, 'the title fits the screen').toBe(
				true,
			);
			// The first paragraph of the page's own text is on screen, not cut off at the side.
			const text = page.locator('main p').filter({ visible: true }).first();
			await expect(text).toBeVisible();
			const box = await text.boundingBox();
			expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
			expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
			expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(100);
		});
	}
});

test('when the search index cannot load, the header search on an article says so in plain words and Enter still works', async ({
	page,
}) => {
	const trouble = watchForTrouble(page);
	await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
	const path = articlePages().find((p) => p !== '/') ?? '/';
	await page.goto(at(path));
	const box = page.locator('header input[data-search-input]');
	await box.click();
	await box.pressSequentially('calf cramp');
	const panel = page.locator('header .search-live');
	await expect(panel).toBeVisible({ timeout: 20_000 });
	// Said once, by the live region; shown as a plain note with a way on to every article.
	await expect(page.locator('header search-form [role="status"]')).toHaveText('Search is not available right now.');
	await expect(panel).toContainText('Search could not load (you may be offline).');
	await expect(panel.getByRole('link', { name: 'See every article A to Z' })).toHaveAttribute('href', /\/a-z\/$/);
	// A message, not a blank or half-drawn panel.
	await expect(panel.getByRole('list', { name: 'Search results' }).locator('li')).toHaveCount(0);
	// The article itself is untouched and the form still submits to the full search page.
	await expect(page.locator('main h1')).toBeVisible();
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=calf\+cramp$/);
	expect(trouble).toEqual([]);
});

const hostileHighlights: Record<string, string> = {
	'HTML markup': '<img src=x onerror="window.hacked=1;alert(1)"><script>window.hacked=2</script>cramp',
	'a javascript: URL': 'javascript:window.hacked=3;alert(document.domain)//calf',
	'regular-expression syntax': 'calf) (.*+?^${}|[]\\ (((a+)+)+)+$ stretch',
	'a very long string': `${'calf cramp stretch '.repeat(300)}${'x'.repeat(2_000)}`,
};

// One page for every hostile link, each a navigation of its own (a fresh document and window): the
// article's plain text is read once, not once per value.
test(`a ?highlight= link with ${Object.keys(hostileHighlights).join(', ')} runs nothing and leaves the article whole; a malformed #fragment still highlights and throws nothing`, async ({
	page,
}) => {
	// Six page loads, where each test had two.
	test.setTimeout(90_000);
	const trouble = watchForTrouble(page);
	const path = '/leg-cramps/';
	await page.goto(at(path));
	const plain = await page.locator('main').innerText();
	const images = await page.locator('main img').count();
	const scripts = await page.locator('script').count();

	for (const [name, value] of Object.entries(hostileHighlights)) {
		await test.step(name, async () => {
			await page.goto(`${at(path)}?highlight=${encodeURIComponent(value)}#calf-stretch`);
			await expect(page.locator('main h1')).toBeVisible();
			await page.waitForLoadState('networkidle');
			// Nothing ran: no script set our marker, no dialog opened, nothing threw.
			expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
			expect(trouble).toEqual([]);
			// Nothing was added as markup: the same images, and marks that hold only words of the article.
			await expect(page.locator('main img')).toHaveCount(images);
			await expect(page.locator('script')).toHaveCount(scripts);
			await expect(page.locator('[onerror]')).toHaveCount(0);
			// Each value holds words of the article too, so the highlighter did run on it.
			const marks = await page.locator('main mark').allTextContents();
			expect(marks.length).toBeGreaterThan(0);
			for (const mark of marks) expect(mark).toMatch(/^[\p{L}\p{N}'’-]+$/u);
			// The text reads exactly as without highlighting, and the linked section is in view.
			expect(await page.locator('main').innerText()).toBe(plain);
			await expect(page.locator('#calf-stretch')).toBeInViewport();
		});
	}

	await test.step('a malformed #fragment', async () => {
		// "%E0%A4%A" is a cut-off escape: decodeURIComponent throws URIError on it.
		await page.goto(`${at(path)}?highlight=calf#%E0%A4%A`);
		await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(trouble).toEqual([]);
	});
});
