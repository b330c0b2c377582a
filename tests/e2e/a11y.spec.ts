import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { at, readablePages } from './support/site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });
		for (const path of readablePages()) {
			test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
				await page.goto(at(path));
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
