/**
 * /a-z/, the one page that lists every article: each published article once, under the heading of
 * the letter its title starts with; jump links to each letter and back; the site's header and
 * footer. /search/ and the 404 page link to it (search.spec.ts, seo.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { articlePages, at } from './support/site.ts';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
const sitePath = (href: string) => new URL(href).pathname.slice(base.length) || '/';

test('@core /a-z/ lists every published article once, each under the letter its title starts with', async ({
	page,
}) => {
	const response = await page.goto(at('/a-z/'));
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All articles A to Z');
	const groups = page.getByRole('main').locator('section');
	const listed: string[] = [];
	for (const group of await groups.all()) {
		const letter = (await group.getByRole('heading', { level: 2 }).textContent()) ?? '';
		// The section is a region named by its letter, so screen readers can move letter by letter.
		await expect(page.getByRole('region', { name: letter, exact: true })).toHaveCount(1);
		for (const link of await group.getByRole('listitem').getByRole('link').all()) {
			const title = (await link.textContent()) ?? '';
			expect(title.normalize('NFD').replace(/\p{M}/gu, '')[0]?.toUpperCase(), title).toBe(letter);
			listed.push(sitePath(await link.evaluate((a) => (a as HTMLAnchorElement).href)));
		}
	}
	expect([...listed].sort()).toEqual(articlePages().sort());
	// The site's own header and footer: the page is part of the site, not a bare list.
	await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
	await expect(page.getByRole('contentinfo').getByRole('link', { name: 'All articles A to Z' })).toBeVisible();
});

test('the letter links jump to their letter, and each letter leads back to them', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 500 });
	await page.goto(at('/a-z/'));
	const letters = page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link');
	const names = await letters.allTextContents();
	expect(names.length).toBeGreaterThan(1);
	expect(names).toEqual(await page.getByRole('main').locator('section h2').allTextContents());
	for (const name of names.reverse()) {
		await page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link', { name, exact: true }).click();
		const heading = page.getByRole('heading', { level: 2, name, exact: true });
		await expect(heading).toBeInViewport();
		await page.getByRole('region', { name, exact: true }).getByRole('link', { name: 'Back to the letters' }).click();
		await expect(page.getByRole('navigation', { name: 'Jump to a letter' })).toBeInViewport();
	}
});
