import { expect, test, type Page } from '@playwright/test';
import { at, articlePages, missingPage, pagesToVisit, readablePages, sourceArticles } from './support/site.ts';

const pages = readablePages();

test('the build has the pages of the URL map', () => {
	for (const path of ['/', '/leg-cramps/', '/about/']) expect(pages).toContain(path);
});

/** The "##" and "###" headings an editor wrote in an article's MDX, as plain text, in order. */
function sourceHeadings(body: string): { level: 2 | 3; text: string }[] {
	const headings: { level: 2 | 3; text: string }[] = [];
	let fenced = false;
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		const match = fenced ? null : /^(##|###) +(.+?) *#*$/.exec(line);
		if (!match) continue;
		// Markdown turns straight apostrophes into typographic ones ("Children’s"), as the page shows them.
		const text = (match[2] ?? '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/[*_`]/g, '')
			.replace(/'/g, '’');
		headings.push({ level: match[1] === '##' ? 2 : 3, text });
	}
	return headings;
}

const articleSources = new Map(sourceArticles().map((article) => [article.path, article]));

/**
 * The table of contents lists every section heading the editor wrote, in order, and each link lands
 * on its heading.
 */
async function checkContents(page: Page, path: string): Promise<void> {
	const source = articleSources.get(path);
	expect(source, `${path} comes from a file in content/articles/`).toBeDefined();
	const written = sourceHeadings(source?.body ?? '');
	const toc = page.locator('nav.toc');
	// TableOfContents shows a list once an article has two sections or more; one section needs none.
	if (written.filter((heading) => heading.level === 2).length < 2) {
		await expect(toc, 'an article with one section has no contents list').toHaveCount(0);
		return;
	}
	await expect(toc).toHaveCount(1);
	await expect(toc).toBeVisible();
	const links = await toc
		.locator('a')
		.evaluateAll((anchors) =>
			anchors.map((a) => ({ text: a.textContent.trim(), id: (a as HTMLAnchorElement).hash.slice(1) })),
		);
	expect(links.map((link) => link.text)).toEqual(written.map((heading) => heading.text));
	// The section headings on the page, as rendered: the same list (a care card's or the comparison
	// table's heading belongs to its box, not to the outline of sections).
	const rendered = await page
		.locator('.prose :is(h2, h3):not(.care-card *):not(compare-table *)')
		.evaluateAll((nodes) => nodes.map((node) => node.id));
	expect(rendered).toEqual(links.map((link) => decodeURIComponent(link.id)));
	for (const [index, link] of links.entries()) {
		const heading = page.locator(`[id="${decodeURIComponent(link.id)}"]`);
		await expect(heading, `#${link.id}`).toHaveCount(1);
		expect(await heading.evaluate((node) => node.tagName)).toBe(`H${written[index]?.level}`);
		await expect(heading).toHaveText(link.text);
	}
}

/** What every article shows around its text: key points, at least three sources, two review dates. */
async function checkArticleParts(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
	expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(3);
	await expect(page.getByText('Page last reviewed')).toBeVisible();
	await expect(page.getByText('Next review due')).toBeVisible();
	await expect(page.locator('.review-dates time')).toHaveCount(2);
}

const articles = new Set(articlePages());

// Every page a reader can land on: the 404 page (through a missing address) and the embed too. An
// article's own parts are checked on the same load (a page load costs more than all the checks).
for (const { path, status } of pagesToVisit()) {
	const article = articles.has(path);
	const title = `@core ${path} renders with one h1, no console errors and no request to another origin`;
	test(
		article ? `${title}; its contents list matches its sections; key points, sources and review dates` : title,
		async ({ page, baseURL }) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				// The browser reports the 404 status of a missing address itself; that one is expected.
				const own404 = status === 404 && message.location().url.endsWith(missingPage) && /\b404\b/.test(message.text());
				if (message.type() === 'error' && !own404) problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const { origin } = new URL(request.url());
				if (origin !== new URL(baseURL ?? '').origin && !request.url().startsWith('data:'))
					problems.push(`third-party request: ${request.url()}`);
			});
			const response = await page.goto(at(path));
			expect(response?.status()).toBe(status);
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('h1')).toBeVisible();
			if (article) {
				await checkContents(page, path);
				await checkArticleParts(page);
			}
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
		},
	);
}
