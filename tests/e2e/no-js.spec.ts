import { expect, test } from '@playwright/test';
import { at, articlePages, readablePages } from './support/site.ts';

test.use({ javaScriptEnabled: false });

for (const path of readablePages()) {
	test(`${path} is fully readable with JavaScript off`, async ({ page }) => {
		await page.goto(at(path));
		await expect(page.locator('h1')).toBeVisible();
		const main = page.locator('main');
		expect((await main.innerText()).trim().length).toBeGreaterThan(200);
		// The search form is a plain GET form, so it works without scripts.
		const form = page.locator('header form[role="search"]');
		await expect(form).toHaveAttribute('method', 'get');
		await expect(form.getByRole('searchbox')).toBeVisible();
		// A control that needs scripts must not be offered when it cannot work.
		await expect(page.locator('theme-toggle')).toBeHidden();
	});
}

for (const path of articlePages()) {
	test(`${path}: the header search submits to /search/ with JavaScript off`, async ({ page }) => {
		await page.goto(at(path));
		await page.locator('header').getByRole('searchbox').fill('calf cramp');
		await page.locator('header').getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=calf\+cramp$/);
	});
}
