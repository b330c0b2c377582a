/**
 * Size budgets, measured as a reader's browser loads each page from the gzip server. The peer
 * (Starlight with Pagefind, same articles) weighs 53.8 KB in 10 requests, 31.9 KB of it JavaScript.
 * JavaScript counts both script files (as transferred) and scripts inlined in the HTML: Astro
 * inlines small module scripts, which then travel in the gzipped page, so they count at the gzipped
 * size of all of them together (one compressed stream, as in the page).
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { at, articlePages, embedPages } from './support/site.ts';
import { recordLoad, sum, type Transfer } from './support/transfer.ts';

const KB = 1024;

/** One script a page runs, a file or an inline script. */
interface PageScript {
	/** The file's URL, or "inline: <first characters>" for an inline script. */
	name: string;
	/** Its code, so the same script can be recognised on another page. */
	text: string;
	/** A file's transfer size; an inline script's gzipped size on its own (for the failure message). */
	bytes: number;
	inline: boolean;
}

/** What the scripts cost the reader: the files as transferred, the inline scripts gzipped together. */
function scriptBytes(scripts: readonly PageScript[]): number {
	const inline = scripts.filter((script) => script.inline).map((script) => script.text);
	const files = scripts.filter((script) => !script.inline).reduce((total, script) => total + script.bytes, 0);
	return files + (inline.length > 0 ? gzipSync(inline.join('\n'), { level: 9 }).length : 0);
}

/** Every script the page ran on load, files and inline scripts alike (JSON-LD data excluded). */
async function scriptsOf(page: Page, transfers: readonly Transfer[]): Promise<PageScript[]> {
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((script) => !(script as HTMLScriptElement).type.includes('json'))
			.map((script) => script.textContent),
	);
	const files = await Promise.all(
		transfers
			.filter((t) => t.type === 'script')
			.map(async (t) => ({
				name: t.url,
				text: await (await page.request.get(t.url)).text(),
				bytes: t.bytes,
				inline: false,
			})),
	);
	return [
		...files,
		...inline.map((text) => ({
			name: `inline: ${text.slice(0, 60)}…`,
			text,
			bytes: gzipSync(text, { level: 9 }).length,
			inline: true,
		})),
	];
}

const detail = (items: readonly { name?: string; url?: string; type?: string; bytes: number }[]) =>
	items.map((item) => `${item.bytes} ${item.type ?? ''} ${item.name ?? item.url ?? ''}`).join('\n');

for (const path of articlePages()) {
	test(`${path} stays within the article budget: ≤ 25 KB, ≤ 6 requests, ≤ 3 KB of JavaScript`, async ({ page }) => {
		const transfers = await recordLoad(page, at(path));
		expect(sum(transfers), detail(transfers)).toBeLessThanOrEqual(25 * KB);
		expect(transfers.length, detail(transfers)).toBeLessThanOrEqual(6);
		const scripts = await scriptsOf(page, transfers);
		expect(
			scripts.some((script) => script.inline),
			'inline scripts are found and counted',
		).toBe(true);
		expect(scriptBytes(scripts), detail(scripts)).toBeLessThanOrEqual(3 * KB);
		expect(transfers.filter((t) => t.type === 'font' || /\.(woff2?|ttf|otf)$/.test(t.url))).toEqual([]);
		expect(
			transfers.filter((t) => t.url.includes('/pagefind/')),
			'no search code before searching',
		).toEqual([]);
	});
}

test('the comparison widget on /compare/ runs on ≤ 4 KB of JavaScript (gzipped)', async ({ page }) => {
	// The widget's code is the file that defines <compare-table>, and the small script that imports
	// it (the same code an article loads on demand, through /compare/widget/); the page's other
	// scripts (search, the embed code's Copy button) are not it. The live preview of the embed loads
	// the same files again, from the cache: count them once.
	const transfers = (await recordLoad(page, at('/compare/'))).filter((t) => t.bytes > 0);
	const scripts = await scriptsOf(page, transfers);
	const defines = (text: string) => /customElements\.define\(/.test(text) && /[`'"]compare-table[`'"]/.test(text);
	const code = scripts.filter((script) => !script.inline && defines(script.text));
	expect(code, `exactly one file defines <compare-table>:\n${detail(scripts)}`).toHaveLength(1);
	const file = new URL(code[0]!.name).pathname.split('/').pop() ?? '';
	const loaders = scripts.filter((script) => script !== code[0] && script.text.includes(`./${file}`));
	expect(loaders, `one script loads ${file}:\n${detail(scripts)}`).toHaveLength(1);
	const widget = [...code, ...loaders];
	expect(scriptBytes(widget), detail(widget)).toBeLessThanOrEqual(4 * KB);
});

for (const path of embedPages()) {
	test(`${path} stays within 20 KB, its JavaScript within the widget's 4 KB`, async ({ page }) => {
		const transfers = await recordLoad(page, at(path));
		expect(sum(transfers), detail(transfers)).toBeLessThanOrEqual(20 * KB);
		// The embed is the widget alone: every script it runs is the widget's.
		const scripts = await scriptsOf(page, transfers);
		expect(scriptBytes(scripts), detail(scripts)).toBeLessThanOrEqual(4 * KB);
	});
}

test("expanding an article's comparison costs ≤ 3 requests and ≤ 10 KB, ≤ 4 KB of it JavaScript", async ({ page }) => {
	// What "Choose conditions here" fetches: the /compare/widget/ partial, the script it names and the
	// widget's code. Nothing of it is loaded before the click (the article budget above holds that).
	await recordLoad(page, at('/leg-cramps/'));
	const pending: Promise<Transfer>[] = [];
	page.on('requestfinished', (request) =>
		pending.push(
			request.sizes().then((sizes) => ({
				url: request.url(),
				type: request.resourceType(),
				bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			})),
		),
	);
	await page.locator('compare-table').first().getByRole('button', { name: 'Choose conditions here' }).click();
	// The controls show once the widget's code has run, so everything it needed has arrived.
	await expect(page.getByRole('group', { name: 'Conditions to compare' })).toBeVisible();
	// The browser's own request for the tab's icon may land now too; it is not the comparison's.
	const transfers = (await Promise.all(pending)).filter((t) => !t.url.endsWith('/favicon.svg'));
	expect(transfers.length, detail(transfers)).toBeLessThanOrEqual(3);
	expect(sum(transfers), detail(transfers)).toBeLessThanOrEqual(10 * KB);
	expect(sum(transfers, 'script'), detail(transfers)).toBeLessThanOrEqual(4 * KB);
	expect(transfers.map((t) => new URL(t.url).pathname)).toContainEqual(expect.stringMatching(/\/compare\/widget\/$/));
});
