import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { at, pagesToVisit } from './support/site.ts';

// Every page a reader can land on, the 404 page and the embed included, in both themes.
for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });
		for (const { path, status } of pagesToVisit()) {
			test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
				const response = await page.goto(at(path));
				expect(response?.status()).toBe(status);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
