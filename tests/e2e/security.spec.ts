/**
 * The site served with the headers from dist/_headers, as a host would: no Content Security Policy
 * violation on any page, even while the reader uses the interactive parts.
 */
import { expect, test, type Page } from '@playwright/test';
import { at, readablePages } from './support/site.ts';

/** Collects CSP violations reported by the page itself and by the browser console. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

for (const path of readablePages()) {
	test(`${path} is served with CSP, framing and privacy headers and breaks none of them`, async ({ page }) => {
		const violations = await watchViolations(page);
		const response = await page.goto(at(path));
		const headers = response?.headers() ?? {};
		expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
		expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(await page.evaluate(() => document.cookie)).toBe('');
		// Use the theme toggle, which writes the one thing the site stores.
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['theme']);
	});
}

test('the embed may be framed by any site, and stores nothing', async ({ page }) => {
	const violations = await watchViolations(page);
	const response = await page.goto(at('/embed/compare/'));
	const headers = response?.headers() ?? {};
	expect(headers['content-security-policy']).toContain('frame-ancestors *');
	expect(headers['x-frame-options']).toBeUndefined();
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => localStorage.length + document.cookie.length)).toBe(0);
	expect(violations).toEqual([]);
});
