import { expect, test } from '@playwright/test';
import { at, articlePages, readablePages } from './support/site.ts';

const pages = readablePages();

test('the build has the pages of the URL map', () => {
	for (const path of ['/', '/leg-cramps/', '/about/']) expect(pages).toContain(path);
});

for (const path of pages) {
	test(`@core ${path} renders with one h1, no console errors and no request to another origin`, async ({
		page,
		baseURL,
	}) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('request', (request) => {
			const { origin } = new URL(request.url());
			if (origin !== new URL(baseURL ?? '').origin && !request.url().startsWith('data:'))
				problems.push(`third-party request: ${request.url()}`);
		});
		const response = await page.goto(at(path));
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
}

for (const path of articlePages()) {
	test(`${path}: every table-of-contents link lands on a heading`, async ({ page }) => {
		await page.goto(at(path));
		const targets = await page
			.locator('nav.toc a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
		for (const id of targets) {
			const heading = page.locator(`[id="${decodeURIComponent(id)}"]`);
			await expect(heading, `#${id}`).toHaveCount(1);
			expect(await heading.evaluate((node) => /^H[2-3]$/.test(node.tagName))).toBe(true);
		}
	});

	test(`${path} shows key points, sources and review dates`, async ({ page }) => {
		await page.goto(at(path));
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
		expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(3);
		await expect(page.getByText('Page last reviewed')).toBeVisible();
		await expect(page.getByText('Next review due')).toBeVisible();
		await expect(page.locator('.review-dates time')).toHaveCount(2);
	});
}

test('@core the 404 page offers search and the list of articles', async ({ page }) => {
	const response = await page.goto(at('/no-such-page/'));
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
	await expect(
		page
			.getByRole('main')
			.getByRole('link', { name: /leg cramps/i })
			.first(),
	).toBeVisible();
});
