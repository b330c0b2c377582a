/**
 * The site served with the headers from dist/_headers, as a host would: no Content Security Policy
 * violation on any page, even while the reader uses every interactive part (search with Pagefind's
 * script and WebAssembly, the comparison widget, the share buttons, the theme toggle).
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { articlePages, at, embedPages, pagesToVisit } from './support/site.ts';
import { watchViolations } from './support/csp.ts';

// Pagefind compiles WebAssembly on first use; on a busy two-core machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 60_000 });
// Copying links needs the clipboard.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const articles = new Set(articlePages());

/** The page's own <meta> policy: its script and style hashes live there, never in the header. */
async function metaPolicyOf(page: Page): Promise<string> {
	return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

/** Types into a search box and waits for Pagefind's answer in the given status element. */
async function search(page: Page, input: string, status: string): Promise<void> {
	const box = page.locator(input);
	await box.click();
	await box.pressSequentially('calf cramp');
	await expect(page.locator(status)).toHaveText(/\d+ results? for “calf cramp”/);
}

/** The comparison widget: unchoose a condition, show only the differences, share the view. */
async function useComparison(page: Page): Promise<void> {
	const widget = page.locator('compare-table').first();
	const choice = widget.getByRole('checkbox', { name: 'Everyday soreness', exact: true });
	await choice.uncheck();
	await expect(widget.getByRole('columnheader', { name: /Everyday soreness/ })).toBeHidden();
	const diff = widget.getByRole('checkbox', { name: 'Show only the differences' });
	await diff.check();
	await expect(diff).toBeChecked();
	await widget.getByRole('button', { name: 'Share this view' }).click();
	await expect(widget.getByRole('status')).toContainText(/copied/i);
}

for (const { path, status } of pagesToVisit({ embeds: false })) {
	test(`${path} is served with CSP, framing and privacy headers, and using the page breaks none of them`, async ({
		page,
	}) => {
		const violations = await watchViolations(page);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		const response = await page.goto(at(path));
		expect(response?.status()).toBe(status);
		const headers = response?.headers() ?? {};
		const policy = await metaPolicyOf(page);
		expect(policy).toMatch(/script-src 'self'/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		// Every page, the 404 included, is refused in frames by the site-wide header rule; the header
		// policy leaves scripts and styles to the <meta> one (a browser enforces both).
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).not.toMatch(/script-src|style-src|default-src/);
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['cross-origin-opener-policy']).toBe('same-origin');
		expect(headers['cross-origin-resource-policy']).toBe('same-origin');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(await page.evaluate(() => document.cookie)).toBe('');

		// The theme toggle writes the one thing the site stores.
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');

		// Search loads Pagefind's script and WebAssembly: the search page in its own box, others in the header.
		if (path === '/search/') await search(page, 'search-page input[data-search-input]', '[data-search-status]');
		else {
			await search(page, 'header input[data-search-input]', 'header search-form [role="status"]');
			// Done searching: Escape closes the results, which lie over the top of the page.
			await page.keyboard.press('Escape');
			await expect(page.locator('header .search-live')).toBeHidden();
		}
		expect(requested.some((url) => /\/pagefind\/pagefind\.js$/.test(url))).toBe(true);
		expect(requested.some((url) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(url))).toBe(true);

		if (path === '/compare/') await useComparison(page);
		if (articles.has(path)) {
			const sectionLink = page.locator('.prose share-button a').first();
			await sectionLink.click();
			await expect(sectionLink).toHaveText('Link copied');
			await page.getByRole('button', { name: 'Share this page' }).click();
			await expect(page.locator('.share-page [role="status"]')).toHaveText('Link copied');
		}
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['theme']);
		expect(await page.evaluate(() => document.cookie)).toBe('');
	});
}

for (const path of embedPages()) {
	test(`${path} may be framed by any site, stores nothing, and using it breaks no policy`, async ({ page }) => {
		const violations = await watchViolations(page);
		const response = await page.goto(at(path));
		const headers = response?.headers() ?? {};
		expect(headers['content-security-policy']).toContain('frame-ancestors *');
		expect(headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options']).toBeUndefined();
		// Other sites load it across origins; and with no search box it may not compile WebAssembly.
		expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
		const policy = await metaPolicyOf(page);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toContain('wasm-unsafe-eval');
		await useComparison(page);
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => localStorage.length + document.cookie.length)).toBe(0);
		expect(violations).toEqual([]);
	});
}
