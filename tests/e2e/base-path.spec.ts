/**
 * The site deployed under a sub-path (BASE_PATH, e.g. /legs-at-night/ on GitHub Pages): every link,
 * asset, share preview and request stays under that path. Runs only against a sub-path build;
 * tests/run.ts makes one and runs every @core test against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { at, missingPage, outDir, readablePages } from './support/site.ts';

const basePath = process.env['BASE_PATH'] ?? '/';
const siteUrl = process.env['SITE_URL'] ?? 'https://legsatnight.example';
const siteRoot = new URL(basePath, siteUrl).href;

test.skip(basePath === '/', 'only for a build with BASE_PATH set to a sub-path');

/** Every URL a page names: links, assets, forms, frames, and the absolute URLs in its head. */
const urlSelectors = [
	'a[href]',
	'link[href]',
	'script[src]',
	'img[src]',
	'iframe[src]',
	'form[action]',
	'meta[property^="og:"][content^="http"]',
	'meta[name^="twitter:"][content^="http"]',
];

// The missing page checks the 404 page, whose links must work from any depth.
for (const path of basePath === '/' ? [] : [...readablePages(), missingPage]) {
	test(`@core ${path}: every link, asset and request stays under ${basePath}`, async ({ page, baseURL }) => {
		const local = new URL(baseURL ?? '').origin;
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const response = await page.goto(at(path), { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(path === missingPage ? 404 : 200);

		const named = await page.evaluate(
			(selectors) =>
				[...document.querySelectorAll(selectors.join(','))].map(
					(element) =>
						element.getAttribute('href') ??
						element.getAttribute('src') ??
						element.getAttribute('action') ??
						element.getAttribute('content') ??
						'',
				),
			urlSelectors,
		);
		for (const url of named) {
			if (url.startsWith('#') || url.startsWith('data:') || url.startsWith('mailto:')) continue;
			if (url.startsWith('/')) expect(url, 'a site path carries the base path').toMatch(new RegExp(`^${basePath}`));
			else if (url.startsWith(siteUrl))
				expect(url, 'an absolute URL carries the base path').toMatch(new RegExp(`^${siteRoot}`));
		}
		for (const url of requests.filter((u) => u.startsWith(local))) {
			expect(url, 'a request stays under the base path').toMatch(new RegExp(`^${local}${basePath}`));
		}
	});
}

test('@core links written in articles as "/warning-signs/" lead to the page under the base path', async ({ page }) => {
	await page.goto(at('/leg-cramps/'));
	const link = page.locator('.prose a[href$="/restless-legs/"]').first();
	await expect(link).toHaveAttribute('href', `${basePath}restless-legs/`);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${basePath}restless-legs/$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('@core the header search goes to the search page under the base path', async ({ page }) => {
	await page.goto(at('/leg-cramps/'));
	const search = page.getByRole('banner').getByRole('searchbox');
	await search.fill('calf cramp');
	await search.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${basePath}search/\\?q=calf(\\+|%20)cramp`));
});

test('@core the embed snippet on /compare/ points at the widget under the base path', async ({ page }) => {
	const response = await page.goto(at('/compare/'));
	expect(response?.status(), 'the build has a /compare/ page').toBe(200);
	expect(await page.locator('main').textContent()).toContain(`${siteRoot}embed/compare/`);
});

test('@core share previews and the sitemap use the sub-path', () => {
	const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
	const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc ?? '');
	expect(locs.length).toBeGreaterThan(4);
	for (const loc of locs) expect(loc.startsWith(siteRoot)).toBe(true);
	const html = readFileSync(join(outDir, 'leg-cramps', 'index.html'), 'utf8');
	expect(html).toContain(`<meta property="og:image" content="${siteRoot}og/leg-cramps.png">`);
	expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteRoot}sitemap.xml`);
});
