/**
 * Sharing the exact thing that helped: "copy link to this section" beside every article heading,
 * and "Share this page" (the share sheet, or copying the link where there is none). All of the
 * site's sharing and copying is one element, <share-button>, with one script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { articlePages, at, outDir } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The page's own address: what a reader would paste into a chat. */
const pageAddress = (page: Page) => page.url().replace(/[?#].*$/, '');

for (const path of articlePages()) {
	test(`@core ${path}: every h2 and h3 in the article has a stable id and a section link to it, kept out of the search index`, async ({
		page,
	}) => {
		await page.goto(at(path));
		// Every heading in the article's text: sections, care cards, boxes, the comparison table. Read in
		// one pass: an article has twenty or more headings, and a round trip per check adds up.
		const headings = await page.locator('.prose :is(h2, h3)').evaluateAll((nodes) =>
			nodes.map((node) => {
				const links = [...document.querySelectorAll(`share-button a[href="#${CSS.escape(node.id)}"]`)];
				return {
					id: node.id,
					text: (node.textContent ?? '').trim(),
					links: links.length,
					ignored: links.every((a) => a.closest('share-button')?.getAttribute('data-pagefind-ignore') === 'all'),
				};
			}),
		);
		expect(headings.length).toBeGreaterThan(0);
		const missing: string[] = [];
		for (const { id, text, links, ignored } of headings) {
			expect(id, `"${text}" has an id made of lowercase words`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			if (links === 0) {
				missing.push(id || text);
				continue;
			}
			expect(links, `"${text}" has one section link`).toBe(1);
			expect(ignored, `the section link of "${text}" is kept out of the search index`).toBe(true);
			const link = page.locator(`share-button a[href="#${id}"]`);
			await expect(link).toBeVisible();
			await expect(link).toHaveAccessibleName(`Copy link ${text}`);
		}
		expect(missing, 'headings without a section link').toEqual([]);
	});
}

test("a care card's heading is linkable like a section: copying its link and opening it lands on the card", async ({
	page,
	context,
}) => {
	await page.goto(at('/warning-signs/'));
	const heading = page.locator('.care-card--urgent :is(h2, h3)').first();
	const id = await heading.getAttribute('id');
	expect(id).toBe('get-medical-help-today-if');
	await page.locator(`share-button a[href="#${id}"]`).click();
	const copied = await readClipboard(page);
	expect(copied).toBe(`${pageAddress(page)}#${id}`);
	const reader = await context.newPage();
	await reader.goto(copied);
	await expect(reader.locator(`.care-card--urgent:has(#${id})`)).toBeInViewport();
});

test('@core copying a section link puts the exact URL on the clipboard, says "Link copied", and the URL opens at that heading', async ({
	page,
	context,
}) => {
	await page.goto(at('/leg-cramps/'));
	const heading = page.locator('.prose h3').nth(2);
	const id = await heading.getAttribute('id');
	await page.locator(`share-button a[href="#${id}"]`).click();
	const copied = await readClipboard(page);
	expect(copied).toBe(`${pageAddress(page)}#${id}`);
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);

	const reader = await context.newPage();
	await reader.goto(copied);
	const target = reader.locator(`[id="${id}"]`);
	await expect(target).toBeInViewport();
	// Scrolled to the heading: it sits near the top of the window, not somewhere in the middle.
	const box = await target.boundingBox();
	expect(box?.y).toBeLessThan(120);
	expect(await reader.evaluate(() => window.scrollY)).toBeGreaterThan(200);
});

test('without a share sheet, "Share this page" copies the page link and says so where the reader can see it', async ({
	page,
}) => {
	// Desktop Chromium on Linux has no navigator.share, but make sure: the fallback is what is tested.
	await page.addInitScript(() => {
		Reflect.deleteProperty(Navigator.prototype, 'share');
	});
	await page.goto(at('/restless-legs/'));
	const share = page.getByRole('button', { name: 'Share this page' });
	await share.click();
	expect(await readClipboard(page)).toBe(pageAddress(page));
	const status = page.locator('.share-page [role="status"]');
	await expect(status).toHaveText('Link copied');
	await expect(status).toBeVisible();
});

test('with a share sheet, "Share this page" hands it the title and the page link', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			value: async (data: ShareData) => {
				(window as unknown as { shared: ShareData }).shared = data;
			},
		});
	});
	await page.goto(at('/warning-signs/'));
	await page.getByRole('button', { name: 'Share this page' }).click();
	const shared = await page.waitForFunction(() => (window as unknown as { shared?: ShareData }).shared);
	expect(await shared.jsonValue()).toEqual({ title: await page.title(), url: pageAddress(page) });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a section link is a plain link to the heading, and the share button, which would do nothing, is hidden', async ({
		page,
	}) => {
		await page.goto(at('/leg-cramps/'));
		const first = page.locator('share-button a').first();
		await expect(first).toHaveText('Link to this section');
		await first.click();
		expect(page.url()).toMatch(/#[a-z0-9-]+$/);
		await expect(page.getByRole('button', { name: 'Share this page' })).toBeHidden();
	});
});

test('search excerpts never show the section link or share text', async ({ page }) => {
	await page.goto(at('/leg-cramps/'));
	const excerpts = await page.evaluate(
		async (base) => {
			const pagefind = (await import(`${base}pagefind/pagefind.js`)) as {
				search: (q: string) => Promise<{
					results: { data: () => Promise<{ excerpt: string; sub_results: { excerpt: string; title: string }[] }> }[];
				}>;
			};
			const found = [];
			for (const query of ['link to this section', 'copy link', 'share this page', 'calf stretch']) {
				const { results } = await pagefind.search(query);
				for (const result of results) {
					const data = await result.data();
					found.push(data.excerpt, ...data.sub_results.flatMap((sub) => [sub.excerpt, sub.title]));
				}
			}
			return found;
		},
		new URL('./', page.url()).pathname.replace(/leg-cramps\/$/, ''),
	);
	expect(excerpts.length).toBeGreaterThan(0);
	for (const excerpt of excerpts) {
		expect(excerpt).not.toMatch(/link to this section|copy link|share this page|link copied/i);
	}
});

/** Every script the build ships: the files (dist/_astro, dist/embed.js) and the scripts inlined in its pages. */
function builtScripts(dir = outDir): { where: string; code: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : builtScripts(path);
		if (entry.name.endsWith('.js')) return [{ where: path, code: readFileSync(path, 'utf8') }];
		if (!entry.name.endsWith('.html')) return [];
		return [
			...readFileSync(path, 'utf8').matchAll(/<script(?![^>]*\bsrc=)(?![^>]*json)[^>]*>([\s\S]*?)<\/script>/g),
		].map((match) => ({ where: `inline in ${path}`, code: match[1] ?? '' }));
	});
}

test('@core one implementation: only the <share-button> script copies or shares, on every page of the build', () => {
	const scripts = builtScripts();
	expect(scripts.length, 'scripts are found').toBeGreaterThan(10);
	const sharing = scripts.filter(({ code }) => /navigator\.(clipboard|share)\b/.test(code));
	const implementations = new Set(sharing.map(({ code }) => code));
	expect(implementations.size, `scripts that copy or share:\n${sharing.map(({ where }) => where).join('\n')}`).toBe(1);
	expect([...implementations][0]).toMatch(/customElements\.define\(\s*[`'"]share-button/);
	// It is inlined (no page pays a request for it), never a file of its own or part of another.
	expect(sharing.every(({ where }) => where.startsWith('inline in '))).toBe(true);
});

test('the four places that share or copy all use it: page share, section links, the comparison, the embed code', async ({
	page,
}) => {
	const inShareButton = (name: string | RegExp, role: 'button' | 'link') =>
		page
			.getByRole(role, { name })
			.first()
			.evaluate((control) => control.parentElement?.localName);
	await page.goto(at('/leg-cramps/'));
	expect(await inShareButton('Share this page', 'button')).toBe('share-button');
	expect(await inShareButton(/^Copy link /, 'link')).toBe('share-button');
	await page.goto(at('/compare/'));
	expect(await inShareButton('Share this view', 'button')).toBe('share-button');
	expect(await inShareButton('Copy the embed code', 'button')).toBe('share-button');
});

test('when copying fails, the reader is told so in words, with the link to copy by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Reflect.deleteProperty(Navigator.prototype, 'share');
		navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
	});
	await page.goto(at('/restless-legs/'));
	await page.getByRole('button', { name: 'Share this page' }).click();
	await expect(page.locator('.share-page [role="status"]')).toHaveText(
		`Could not copy. The link is ${pageAddress(page)}`,
	);

	// A section link says so too, and still does what a link does: the address bar then holds it.
	const link = page.locator('.prose share-button a').first();
	const hash = (await link.getAttribute('href')) ?? '';
	await link.click();
	await expect(
		page.getByRole('status').filter({ hasText: `Could not copy. The link is ${pageAddress(page)}${hash}` }),
	).toHaveCount(1);
	await expect(page).toHaveURL(new RegExp(`${hash}$`));
});
