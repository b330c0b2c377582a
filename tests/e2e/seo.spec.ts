/**
 * What search engines and chat apps see: the head of every page in the sitemap (and the 404 page),
 * the share images those heads point at, JSON-LD on articles, sitemap.xml, robots.txt and the
 * redirects for old addresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { MAIN_TOPICS, at, isArticleHtml, missingPage, outDir, repoRoot, sourceArticles } from './support/site.ts';

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

/**
 * Checks the head a search engine and a chat app read. `path` is the page's own address, whose
 * absolute URL must be the canonical and og:url; null for a page that has no address of its own
 * (the 404 page), which must say noindex instead and name no canonical.
 */
async function checkHead(page: Page, path: string | null, isArticle: boolean): Promise<void> {
	await expect(page.locator('h1')).toHaveCount(1);
	const title = await page.title();
	expect(title.length, title).toBeGreaterThan(0);
	expect(title.length, title).toBeLessThanOrEqual(60);
	const description = (await meta(page, 'description')) ?? '';
	expect(description.length, description).toBeGreaterThanOrEqual(20);
	expect(description.length, description).toBeLessThanOrEqual(160);

	if (path === null) {
		await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
		await expect(page.locator('head meta[property="og:url"]')).toHaveCount(0);
		expect(await meta(page, 'robots')).toBe('noindex');
	} else {
		const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
		expect(canonical).toBe(new URL(path.slice(1), siteRoot).href);
		expect(await meta(page, 'og:url')).toBe(canonical);
		await expect(page.locator('head meta[name="robots"]'), 'a page with an address is indexable').toHaveCount(0);
	}
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
	const alt = await meta(page, 'og:image:alt');
	expect(alt).toBeTruthy();
	expect(await meta(page, 'twitter:image:alt')).toBe(alt);
	// One phrase naming page and site ("…, from Legs at Night"), never a second subtitle ("…: Legs at Night").
	expect(alt).not.toMatch(/: Legs at Night$/);
	expect(pngSize(fileFor(image))).toEqual({ width: 1200, height: 630 });
}

const pages = sitemapPaths();

test('the sitemap lists exactly the articles, /compare/, /about/ and /a-z/, each with its review date', () => {
	// The articles as the editors wrote them (drafts left out), so a new article needs no edit here.
	const articles = sourceArticles()
		.filter((article) => !article.draft)
		.map((article) => article.path);
	const expected = [...articles, '/about/', '/compare/', '/a-z/'].sort();
	expect([...pages].sort()).toEqual(expected);
	const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
	const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, entry]) => entry ?? '');
	expect(entries).toHaveLength(expected.length);
	for (const entry of entries)
		expect(entry, 'every entry has a lastmod').toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>$/);
	// /compare/ is dated by the comparison table's own review, from content/comparison.yaml.
	const reviewed = /^lastReviewed: (\d{4}-\d{2}-\d{2})$/m.exec(
		readFileSync(join(repoRoot, 'content/comparison.yaml'), 'utf8'),
	);
	expect(reviewed, 'content/comparison.yaml has a top-level lastReviewed').not.toBeNull();
	expect(xml).toContain(`<loc>${siteRoot}compare/</loc><lastmod>${reviewed?.[1]}</lastmod>`);
});

test('@core robots.txt names the sitemap by its absolute URL', async ({ request }) => {
	const response = await request.get('robots.txt');
	expect(response.status()).toBe(200);
	expect(await response.text()).toContain(`Sitemap: ${new URL('sitemap.xml', siteRoot).href}`);
	expect((await request.get('sitemap.xml')).status()).toBe(200);
});

test('/search/ has a complete head too', async ({ page }) => {
	const response = await page.goto(at('/search/'));
	expect(response?.status(), 'the build has a /search/ page').toBe(200);
	await checkHead(page, '/search/', false);
});

test('@core the 404 page says noindex, names no canonical, and offers the search box, the main topics and the A–Z page', async ({
	page,
}) => {
	const response = await page.goto(at(missingPage));
	expect(response?.status()).toBe(404);
	await checkHead(page, null, false);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const search = page.locator('main').getByRole('search');
	await expect(search.getByRole('searchbox')).toBeVisible();
	await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
	// The articles a broken link most likely meant, by name.
	await expect(
		page
			.getByRole('main')
			.getByRole('link', { name: /leg cramps/i })
			.first(),
	).toBeVisible();
	const topics = page.locator('main').getByRole('region', { name: 'Main topics' });
	const root = new URL(siteRoot).pathname;
	// The same fixed handful on every build: every missing address is answered with this page.
	await expect(topics.getByRole('listitem').getByRole('link')).toHaveCount(MAIN_TOPICS.length);
	for (const path of MAIN_TOPICS) {
		await expect(topics.locator(`li a[href="${root}${path.slice(1)}"]`)).toHaveCount(1);
	}
	await expect(topics.getByRole('link', { name: 'See every article A to Z' })).toHaveAttribute('href', `${root}a-z/`);
});

/** Articles are the pages of the article layout (not every indexed page: /compare/ is indexed too). */
function isArticle(path: string): boolean {
	return isArticleHtml(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
}

/** The article's JSON-LD parses and describes a reviewed medical page for patients. */
async function checkStructuredData(page: Page, path: string): Promise<void> {
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
		expect(site.potentialAction.target.urlTemplate).toBe(`${new URL('search/', siteRoot).href}?q={search_term_string}`);
	} else {
		const trail = find('BreadcrumbList') as { itemListElement: { item: string }[] };
		expect(trail.itemListElement.map((item) => item.item)).toEqual([siteRoot, webPage?.['url']]);
	}
}

// One load per page for everything its head says; an article's JSON-LD is read on the same load.
for (const path of pages) {
	const article = isArticle(path);
	const title = [
		`@core ${path}: one h1, title and description in length, absolute canonical, 1200 × 630 share image`,
		...(path === '/warning-signs/' ? ['its share image text one phrase, not a double colon'] : []),
		...(article ? ['JSON-LD describes a reviewed medical page for patients'] : []),
	].join('; ');
	test(title, async ({ page }) => {
		const response = await page.goto(at(path));
		expect(response?.status()).toBe(200);
		await checkHead(page, path, article && path !== '/');
		if (article) await checkStructuredData(page, path);
		if (path === '/warning-signs/') {
			expect(await meta(page, 'og:image:alt')).toBe('Warning signs: when to see a doctor, from Legs at Night');
			expect(await meta(page, 'twitter:image:alt')).toBe('Warning signs: when to see a doctor, from Legs at Night');
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
	expect(html).toContain('<h1>This page has moved</h1>');
	await page.goto(at('/night-leg-cramps/'));
	await expect(page).toHaveURL(/\/leg-cramps\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('cramps');
	expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(
		`${new URL(siteRoot).pathname}night-leg-cramps/ ${target.pathname} 301`,
	);
});

test('an old address shared in a chat app previews as the article it moved to, not "This page has moved"', async ({
	request,
}) => {
	// A chat app fetches the HTML and reads its head; it does not follow the meta refresh.
	const previewOf = async (path: string) => {
		const head = parse(await (await request.get(at(path))).text()).querySelector('head');
		const content = (selector: string) => head?.querySelector(selector)?.getAttribute('content') ?? null;
		return {
			title: head?.querySelector('title')?.text ?? null,
			description: content('meta[name="description"]'),
			ogType: content('meta[property="og:type"]'),
			ogTitle: content('meta[property="og:title"]'),
			ogDescription: content('meta[property="og:description"]'),
			ogImage: content('meta[property="og:image"]'),
			ogUrl: content('meta[property="og:url"]'),
			twitterImage: content('meta[name="twitter:image"]'),
			robots: content('meta[name="robots"]'),
		};
	};
	const moved = await previewOf('/night-leg-cramps/');
	expect(moved).toEqual(await previewOf('/leg-cramps/'));
	expect(moved.title).not.toMatch(/moved/i);
	expect(moved.ogImage).toBe(new URL('og/leg-cramps.png', siteRoot).href);
	// The canonical sends search engines on to the article; a noindex beside it would contradict it.
	expect(moved.robots).toBeNull();
	// The old address stays out of the sitemap.
	expect(pages).not.toContain('/night-leg-cramps/');
});
