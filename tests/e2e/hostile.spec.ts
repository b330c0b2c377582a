/**
 * Everything a reader or a host page can send is data, never markup: the search query, the
 * comparison's and the embed's URL parameters, and postMessage. Each is fed HTML, a javascript:
 * URL and a 100 KB string; nothing may run, nothing may break, and the page must stay usable.
 */
import { expect, test, type Page } from '@playwright/test';
import { html, startHostSite, type HostSite } from './support/host-site.ts';

const payloads = {
	html: '<img src=x class=pwned onerror="window.__pwned=1"><script>window.__pwned=1</script>',
	'javascript: URL': 'javascript:window.__pwned=1',
	'100 KB string': `${'leg '.repeat(25_000)}"><b class="pwned">`,
};

/**
 * Opens a site path whose query may be far longer than any static host accepts (Node, Netlify and
 * Cloudflare answer 414 or 431 past 8–32 KB). The page's own code must still cope if such an
 * address reaches it, so the browser asks for the plain page and keeps the long address.
 */
async function openWithQuery(page: Page, path: string, query: string): Promise<void> {
	await page.route(
		(url) => url.pathname.endsWith(path) && url.search.length > 0,
		async (route) => {
			const url = new URL(route.request().url());
			url.search = '';
			await route.fulfill({ response: await route.fetch({ url: url.href }) });
		},
		{ times: 1 },
	);
	await page.goto(`${path}?${query}`);
}

/** Fails the test if any payload ran: a dialog opened or the marker was set. */
async function guard(page: Page): Promise<() => Promise<void>> {
	let dialog = '';
	page.on('dialog', async (d) => {
		dialog = d.message();
		await d.dismiss();
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return async () => {
		expect(dialog).toBe('');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('.pwned').count()).toBe(0);
		expect(errors).toEqual([]);
	};
}

const names = Object.keys(payloads).join(', ');

// One page per place a payload can go, each payload a navigation of its own (a fresh document and
// window): a new browser page costs more than the checks of a payload.
test(`search: a ${names} query is shown as text, and search still works after it`, async ({ page }) => {
	const check = await guard(page);
	for (const [name, payload] of Object.entries(payloads)) {
		await test.step(name, async () => {
			await openWithQuery(page, 'search/', `q=${encodeURIComponent(payload)}`);
			const box = page.getByRole('main').getByRole('searchbox');
			await expect(box).toBeVisible();
			await expect(page.getByRole('status').first()).not.toBeEmpty();
			await check();
			await box.fill('calf cramp');
			await expect(
				page
					.getByRole('main')
					.getByRole('link', { name: /leg cramps/i })
					.first(),
			).toBeVisible();
		});
	}
});

test(`comparison: ${names} in ?show= and ?diff= is ignored and the table still works`, async ({ page }) => {
	const check = await guard(page);
	for (const [name, payload] of Object.entries(payloads)) {
		await test.step(name, async () => {
			await openWithQuery(page, 'compare/', `show=${encodeURIComponent(payload)}&diff=${encodeURIComponent(payload)}`);
			const table = page.locator('compare-table table').first();
			await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
			const before = await table.locator('thead th[scope="col"]:visible').count();
			expect(before).toBeGreaterThanOrEqual(2);
			await check();
			const boxes = page.locator('compare-table fieldset input[type="checkbox"]');
			const first = boxes.first();
			const wasChecked = await first.isChecked();
			await first.setChecked(!wasChecked);
			await expect(first).toBeChecked({ checked: !wasChecked });
			expect(page.url()).not.toContain('script');
		});
	}
});

test(`embed: ${names} in ?show=, ?diff= and ?theme= is ignored`, async ({ page }) => {
	const check = await guard(page);
	for (const [name, payload] of Object.entries(payloads)) {
		await test.step(name, async () => {
			const value = encodeURIComponent(payload);
			await openWithQuery(page, 'embed/compare/', `show=${value}&diff=${value}&theme=${value}`);
			await expect(page.locator('compare-table table thead th[scope="col"]').first()).toBeVisible();
			expect(['light', 'dark', undefined]).toContain(
				await page.evaluate(() => document.documentElement.dataset['theme']),
			);
			await check();
		});
	}
});

let host: HostSite;

test.beforeAll(async ({ baseURL }) => {
	const site = new URL(baseURL ?? '');
	host = await startHostSite((pathname) =>
		pathname === '/'
			? html(`<!doctype html><html lang="en"><title>Host</title><h1>Host</h1>
<iframe data-legs-at-night-embed src="${site.href}embed/compare/" title="Comparison" style="width:100%;height:400px;border:0"></iframe>
<script src="${site.href}embed.js" async></script>`)
			: undefined,
	);
});

test.afterAll(async () => {
	await host.close();
});

test('postMessage: hostile height messages from the real embed change nothing on the host page', async ({ page }) => {
	const check = await guard(page);
	await page.goto(`${host.origin}/`);
	const iframe = page.locator('iframe[data-legs-at-night-embed]');
	const frame = page.frameLocator('iframe[data-legs-at-night-embed]');
	await expect(frame.locator('compare-table table')).toBeVisible();
	// Let the embed's own height message land first.
	await expect.poll(async () => (await iframe.boundingBox())?.height).not.toBe(400);
	// Record every height the host script sets from now on.
	await page.evaluate(() => {
		const frameElement = document.querySelector('iframe') as HTMLIFrameElement;
		const seen: string[] = [];
		(window as unknown as { heightsSet: string[] }).heightsSet = seen;
		new MutationObserver(() => seen.push(frameElement.style.height)).observe(frameElement, {
			attributes: true,
			attributeFilter: ['style'],
		});
	});

	const hostile = [
		{ type: 'legs-at-night:height', version: 1, height: payloads.html },
		{ type: 'legs-at-night:height', version: 1, height: 1e12 },
		{ type: 'legs-at-night:height', version: 1, height: -50 },
		{ type: 'legs-at-night:height', version: 1, height: payloads['100 KB string'] },
		{ type: payloads.html, version: 1, height: 10 },
		payloads.html,
		payloads['javascript: URL'],
	];
	const embed = page.frames().find((f) => f.url().includes('/embed/compare/'));
	expect(embed).toBeDefined();
	await embed?.evaluate((messages) => {
		for (const message of messages) parent.postMessage(message, '*');
	}, hostile);
	// The host page may also send anything into the embed: it listens to no one.
	await page.evaluate((messages) => {
		const target = document.querySelector('iframe')?.contentWindow;
		for (const message of messages) target?.postMessage(message, '*');
	}, hostile);
	// A real message after them: messages arrive in order, so once it has landed, every hostile one
	// before it has been handled, and none of them may have set a height.
	await embed?.evaluate(() => parent.postMessage({ type: 'legs-at-night:height', version: 1, height: 777 }, '*'));
	await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(777);
	const heightsSet = await page.evaluate(() => (window as unknown as { heightsSet: string[] }).heightsSet);
	expect(heightsSet.filter((height) => height !== '777px')).toEqual([]);
	await check();
});
