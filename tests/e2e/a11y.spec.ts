import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { at, pagesToVisit } from './support/site.ts';

// The system setting a reader's browser starts with; the dark theme is then emulated on the same page.
test.use({ colorScheme: 'light' });

// Every page a reader can land on, the 404 page and the embed included, in both themes. One load
// per page: the themes follow the system setting through CSS (color-scheme, light-dark()), with no
// transition, so switching it on a loaded page shows what a page loaded in the dark shows, at half
// the page loads.
for (const { path, status } of pagesToVisit()) {
	test(`${path} has no WCAG 2.2 A/AA violations in the light and dark themes`, async ({ page }) => {
		const response = await page.goto(at(path));
		expect(response?.status()).toBe(status);
		expect(await axeViolations(page), 'light theme').toEqual([]);

		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		// The theme toggle follows the system setting too (it listens for the change), as it would
		// have said on a page loaded in the dark; the embed has no toggle.
		const toggle = page.locator('theme-toggle button');
		if ((await toggle.count()) > 0) await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await axeViolations(page), 'dark theme').toEqual([]);
	});
}
