/**
 * What search engines and chat apps see: the head of every page in the sitemap (and the 404 page),
 * the share images those heads point at, JSON-LD on articles, sitemap.xml, robots.txt and the
 * redirects for old addresses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { at, outDir } from './support/site.ts';

/** The origin and base path the build was made for (astro.config.mjs reads the same variables). */
const siteUrl = process.env['SITE_URL'] ?? 'https://legsatnight.example';
const basePath = process.env['BASE_PATH'] ?? '/';
const siteRoot = new URL(basePath, siteUrl).href;

/** Site paths listed in the built sitemap.xml. */
function sitemapPaths(): string[] {
	const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
		expect(loc?.startsWith(siteRoot), `${loc} is under ${siteRoot}`).toBe(true);
		return `/${(loc ?? '').slice(siteRoot.length)}`;
	});
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect([...bytes.subarray(0, 8)], `${file} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The built file an absolute URL on this site points at. */
function fileFor(url: string): string {
	expect(url.startsWith(siteRoot), `${url} is under ${siteRoot}`).toBe(true);
	return join(outDir, url.slice(siteRoot.length));
}

const meta = (page: Page, key: string) =>
	page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute('content');

async function checkHead(page: Page, path: string, isArticle: boolean): Promise<void> {
	await expect(page.locator('h1')).toHaveCount(1);
	const title = await page.title();
	expect(title.length, title).toBeGreaterThan(0);
	expect(title.length, title).toBeLessThanOrEqual(60);
	const description = (await meta(page, 'description')) ?? '';
	expect(description.length, description).toBeGreaterThanOrEqual(20);
	expect(description.length, description).toBeLessThanOrEqual(160);

	const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
	expect(canonical).toBe(new URL(path.slice(1), siteRoot).href);
	expect(await meta(page, 'og:url')).toBe(canonical);
	expect(await meta(page, 'og:title')).toBeTruthy();
	expect(await meta(page, 'og:description')).toBe(description);
	expect(await meta(page, 'og:site_name')).toBe('Legs at Night');
	expect(await meta(page, 'og:locale')).toBe('en_GB');
	expect(await meta(page, 'og:type')).toBe(isArticle ? 'article' : 'website');
	expect(await meta(page, 'twitter:card')).toBe('summary_large_image');

	const image = (await meta(page, 'og:image')) ?? '';
	expect(await meta(page, 'twitter:image')).toBe(image);
	expect(await meta(page, 'og:image:width')).toBe('1200');
	expect(await meta(page, 'og:image:height')).toBe('630');
	expect(await meta(page, 'og:image:alt')).toBeTruthy();
	expect(pngSize(fileFor(image))).toEqual({ width: 1200, height: 630 });
}

const pages = sitemapPaths();

test('the sitemap lists every published article, /compare/ and /about/, and no search, embed or redirect page', () => {
	for (const path of ['/', '/leg-cramps/', '/restless-legs/', '/everyday-leg-pain/', '/warning-signs/', '/about/']) {
		expect(pages).toContain(path);
	}
	if (pages.includes('/compare/')) expect(pages).toContain('/compare/');
	for (const path of pages) expect(path).not.toMatch(/^\/(search|embed|night-leg-cramps|rls)\//);
	expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toMatch(
		/<loc>[^<]+\/leg-cramps\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/,
	);
});

test('@core robots.txt names the sitemap by its absolute URL', async ({ request }) => {
	const response = await request.get('robots.txt');
	expect(response.status()).toBe(200);
	expect(await response.text()).toContain(`Sitemap: ${new URL('sitemap.xml', siteRoot).href}`);
	expect((await request.get('sitemap.xml')).status()).toBe(200);
});

for (const path of pages) {
	test(`@core ${path}: one h1, title and description in length, absolute canonical, 1200 × 630 share image`, async ({
		page,
	}) => {
		const response = await page.goto(at(path));
		expect(response?.status()).toBe(200);
		await checkHead(page, path, isArticle(path) && path !== '/');
	});
}

test('/search/ has a complete head too', async ({ page }) => {
	test.skip(!existsSync(join(outDir, 'search', 'index.html')), 'no search page in this build');
	await page.goto(at('/search/'));
	await checkHead(page, '/search/', false);
});

test('@core the 404 page has a complete head, the search box and every article A–Z', async ({ page }) => {
	const response = await page.goto(at('/no-such-page-at-all/'));
	expect(response?.status()).toBe(404);
	await checkHead(page, '/404/', false);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const search = page.locator('main').getByRole('search');
	await expect(search.getByRole('searchbox')).toBeVisible();
	const list = page.locator('main').getByRole('region', { name: 'All articles A to Z' });
	for (const path of pages.filter((p) => !['/compare/', '/about/'].includes(p))) {
		await expect(list.locator(`a[href="${new URL(siteRoot).pathname}${path.slice(1)}"]`)).toHaveCount(1);
	}
});

/** Articles are the pages whose <main> goes into the search index. */
function isArticle(path: string): boolean {
	return /<main[^>]*data-pagefind-body/.test(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
}

test('every article is in the sitemap', () => {
	expect(pages.filter(isArticle).length).toBeGreaterThanOrEqual(5);
});

for (const path of pages.filter(isArticle)) {
	test(`${path}: JSON-LD parses and describes a reviewed medical page for patients`, async ({ page }) => {
		await page.goto(at(path));
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(blocks).toHaveLength(1);
		const data = JSON.parse(blocks[0] ?? '') as { '@context': string; '@graph': Record<string, unknown>[] };
		expect(data['@context']).toBe('https://schema.org');
		const find = (type: string) => data['@graph'].find((node) => node['@type'] === type);
		const webPage = find('MedicalWebPage');
		expect(webPage).toBeTruthy();
		expect(webPage?.['url']).toBe(new URL(path.slice(1), siteRoot).href);
		expect(webPage?.['name']).toBe(await page.locator('h1').textContent());
		expect(webPage?.['inLanguage']).toBe('en-GB');
		expect(webPage?.['lastReviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(webPage?.['audience']).toEqual({ '@type': 'MedicalAudience', audienceType: 'Patient' });
		expect((webPage?.['isPartOf'] as Record<string, unknown>)['@type']).toBe('WebSite');
		const citations = webPage?.['citation'] as { url: string }[];
		expect(citations.length).toBeGreaterThanOrEqual(2);
		expect(citations.length).toBe(await page.locator('main .sources li').count());
		for (const citation of citations) expect(citation.url).toMatch(/^https?:\/\//);
		const reviewer = page.locator('main dt', { hasText: 'Reviewed by' });
		expect(Boolean(webPage?.['reviewedBy']), 'reviewedBy exactly when the page names a reviewer').toBe(
			(await reviewer.count()) > 0,
		);
		if (['/leg-cramps/', '/restless-legs/'].includes(path)) {
			expect((webPage?.['about'] as Record<string, unknown>)['@type']).toBe('MedicalCondition');
		}
		if (path === '/') {
			expect(find('Organization')).toBeTruthy();
			const site = find('WebSite') as { potentialAction: { target: { urlTemplate: string } } };
			expect(site.potentialAction.target.urlTemplate).toBe(
				`${new URL('search/', siteRoot).href}?q={search_term_string}`,
			);
		} else {
			const trail = find('BreadcrumbList') as { itemListElement: { item: string }[] };
			expect(trail.itemListElement.map((item) => item.item)).toEqual([siteRoot, webPage?.['url']]);
		}
	});
}

test('@core an old address shows "This page has moved", names the new one as canonical, and takes the reader there', async ({
	page,
}) => {
	const html = readFileSync(join(outDir, 'night-leg-cramps', 'index.html'), 'utf8');
	const target = new URL('leg-cramps/', siteRoot);
	expect(html).toContain(`<link rel="canonical" href="${target.href}">`);
	expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${target.pathname}">`));
	expect(html).toMatch(new RegExp(`<a href="${target.pathname}"[^>]*>[^<]+</a>`));
	await page.goto(at('/night-leg-cramps/'));
	await expect(page).toHaveURL(/\/leg-cramps\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('cramps');
	expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(
		`${new URL(siteRoot).pathname}night-leg-cramps/ ${target.pathname} 301`,
	);
});
