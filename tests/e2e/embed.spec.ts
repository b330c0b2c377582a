/**
 * The embed, as another site would use it: a host page on a second origin containing exactly the
 * snippet /compare/ shows, the iframe growing to fit its content, and the host script ignoring
 * messages from anyone else. Also /embed/compare/ on its own: parameters, theme, privacy, axe.
 */
import { expect, test, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { html, startHostSite, type HostSite } from './support/host-site.ts';

// The machine running the suite is often busy: axe over a large table needs more than the default.
test.describe.configure({ timeout: 90_000 });

let host: HostSite;
let hostOrigin = '';
let otherOrigin = '';
let snippet = '';

/** A host page: a heading, the snippet exactly as shown on /compare/, and optionally extra markup. */
function hostPage(extra = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A clinic</title></head>
<body><h1>Our clinic's guide to night leg pain</h1>
${snippet}
${extra}</body></html>`;
}

test.beforeAll(async ({ browser, baseURL }) => {
	const page = await browser.newPage(baseURL ? { baseURL } : {});
	await page.goto('compare/');
	snippet = (await page.locator('compare-copy code').textContent()) ?? '';
	await page.close();
	expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>\n<script src="[^"]+\/embed\.js" async><\/script>$/);

	const pages: Record<string, () => string> = {
		'/host.html': () => hostPage(),
		'/host-with-intruders.html': () =>
			hostPage(`<iframe id="impostor" src="/redirect" height="300" title="impostor" data-legs-at-night-embed></iframe>
<iframe id="unmarked" src="/plain.html" height="300" title="unmarked"></iframe>`),
		'/plain.html': () => '<!doctype html><title>plain</title><p>Not the table.</p>',
	};
	host = await startHostSite((pathname) => {
		const page = pages[pathname];
		if (page) return html(page());
		// The impostor's src is on the host's origin, but the frame ends up on another one.
		if (pathname === '/redirect') return { status: 302, headers: { Location: `${otherOrigin}/plain.html` } };
		return undefined;
	});
	hostOrigin = host.origin;
	otherOrigin = host.otherOrigin;
});

test.afterAll(async () => {
	await host.close();
});

/**
 * The snippet's URLs use SITE_URL, which in a test build is usually not this server: requests to
 * that origin are answered by the test server, headers included, so the browser still sees a
 * cross-origin embed with the real framing headers.
 */
async function serveSiteOrigin(context: BrowserContext, baseURL: string | undefined): Promise<void> {
	const siteOrigin = new URL(/src="([^"]+)"/.exec(snippet)?.[1] ?? '').origin;
	const local = new URL(baseURL ?? '').origin;
	if (siteOrigin === local) return;
	await context.route(`${siteOrigin}/**`, async (route) => {
		const url = new URL(route.request().url());
		const response = await route.fetch({ url: `${local}${url.pathname}${url.search}` });
		await route.fulfill({ response });
	});
}

async function embedFrame(page: Page): Promise<Frame> {
	const handle = await page.locator('iframe[data-legs-at-night-embed]').first().elementHandle();
	const frame = await handle?.contentFrame();
	if (!frame) throw new Error('The embed iframe has no frame.');
	await frame.waitForSelector('compare-table fieldset:not([hidden])');
	return frame;
}

/** Height of the iframe on the host page, and what the framed document needs. */
async function fit(page: Page, frame: Frame) {
	const outer = (await page.locator('iframe[data-legs-at-night-embed]').first().boundingBox())?.height ?? 0;
	const inner = await frame.evaluate(() => ({
		content: document.body.getBoundingClientRect().height,
		scrollHeight: document.documentElement.scrollHeight,
		clientHeight: document.documentElement.clientHeight,
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth,
	}));
	return {
		outer,
		fits:
			Math.abs(outer - inner.content) <= 2 &&
			inner.scrollHeight <= inner.clientHeight &&
			inner.scrollWidth <= inner.clientWidth,
	};
}

async function expectFitted(page: Page, frame: Frame): Promise<number> {
	await expect
		.poll(async () => (await fit(page, frame)).fits, { message: 'iframe height = content height' })
		.toBe(true);
	return (await fit(page, frame)).outer;
}

for (const width of [320, 1024]) {
	test(`@core on another site at ${width} px, the iframe grows to its content, and again after a change`, async ({
		page,
		context,
		baseURL,
	}) => {
		await serveSiteOrigin(context, baseURL);
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`${hostOrigin}/host.html`);
		const frame = await embedFrame(page);
		const full = await expectFitted(page, frame);
		expect(full).not.toBe(1200);

		for (const name of ['Leg cramps', 'Blood clot in the leg', 'Poor blood flow to the legs', 'Nerve damage']) {
			await frame.getByRole('checkbox', { name, exact: true }).uncheck();
		}
		const two = await expectFitted(page, frame);
		// Restless legs and everyday soreness both come "Evening and night": that row goes.
		await frame.getByRole('checkbox', { name: 'Show only the differences' }).check();
		await expect(frame.getByRole('rowheader', { name: 'When it happens' })).toBeHidden();
		const diff = await expectFitted(page, frame);
		expect(diff).toBeLessThan(two);
	});
}

test('the host script ignores messages from the host itself, unmarked frames and frames on another origin', async ({
	page,
	context,
	baseURL,
}) => {
	await serveSiteOrigin(context, baseURL);
	await page.goto(`${hostOrigin}/host-with-intruders.html`);
	const frame = await embedFrame(page);
	const fitted = await expectFitted(page, frame);
	const impostor = page.frame({ url: `${otherOrigin}/plain.html` });
	const unmarked = page.frame({ url: `${hostOrigin}/plain.html` });
	if (!impostor || !unmarked) throw new Error('The intruder frames did not load.');

	const before = {
		impostor: (await page.locator('#impostor').boundingBox())?.height,
		unmarked: (await page.locator('#unmarked').boundingBox())?.height,
	};
	await page.evaluate(() => {
		(window as unknown as { seen: number }).seen = 0;
		addEventListener('message', () => ((window as unknown as { seen: number }).seen += 1));
	});
	const message = (height: number) => ({ type: 'legs-at-night:height', version: 1, height });
	await page.evaluate((m) => postMessage(m, '*'), message(55));
	await impostor.evaluate((m) => parent.postMessage(m, '*'), message(77));
	await unmarked.evaluate((m) => parent.postMessage(m, '*'), message(66));
	await frame.evaluate(() => parent.postMessage({ type: 'legs-at-night:height', version: 2, height: 44 }, '*'));
	await frame.evaluate(() => parent.postMessage({ type: 'legs-at-night:height', version: 1, height: 'tall' }, '*'));
	// Our listener runs after the host script's, so once it has seen all five, the host script has too.
	await expect.poll(() => page.evaluate(() => (window as unknown as { seen: number }).seen)).toBeGreaterThanOrEqual(5);

	expect((await fit(page, frame)).outer).toBe(fitted);
	expect((await page.locator('#impostor').boundingBox())?.height).toBe(before.impostor);
	expect((await page.locator('#unmarked').boundingBox())?.height).toBe(before.unmarked);
	expect(before.impostor).toBeGreaterThan(250);
});

test('the embed honours ?show= and ?diff=, links back in a new tab, and has no site chrome', async ({ page }) => {
	await page.goto('embed/compare/?show=leg-cramps,restless-legs&diff=1');
	await expect(page.getByRole('columnheader', { name: /^Leg cramps/ })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: /Blood clot/ })).toBeHidden();
	await expect(page.getByRole('checkbox', { name: 'Show only the differences' })).toBeChecked();
	const source = page.getByRole('link', { name: /Legs at Night/ });
	await expect(source).toHaveAttribute('target', '_blank');
	await expect(source).toHaveAttribute('rel', 'noopener');
	expect(new URL((await source.getAttribute('href')) ?? '').pathname).toMatch(/\/compare\/$/);
	await expect(page.locator('.embed__source')).toContainText(
		/^Source: Legs at Night( \(opens in a new tab\))?, reviewed \d{1,2} \w+ \d{4}\./,
	);
	await expect(page.locator('header, footer, form')).toHaveCount(0);
	for (const link of await page.locator('compare-table a').all())
		await expect(link).toHaveAttribute('target', '_blank');
});

test('the embed takes its theme only from ?theme=, stores nothing and asks no other site for anything', async ({
	page,
	baseURL,
}) => {
	const origins = new Set<string>();
	page.on('request', (request) => origins.add(new URL(request.url()).origin));
	await page.goto('embed/compare/?theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('embed/compare/?theme=light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.goto(`embed/compare/?theme=${encodeURIComponent('"><script>window.pwned=1</script>')}`);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await page.goto('embed/compare/?theme=auto');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await page.getByRole('checkbox', { name: 'Nerve damage' }).uncheck();
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
	expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
});

// The plain /embed/compare/ in the system's light and dark is a page of a11y.spec.ts, like every page.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on /embed/compare/ in the ${colorScheme} theme`, async ({ page }) => {
		// The system setting says the opposite, so ?theme= alone has to carry the theme.
		await page.emulateMedia({ colorScheme: colorScheme === 'light' ? 'dark' : 'light' });
		await page.goto(`embed/compare/?theme=${colorScheme}`);
		await page.getByRole('checkbox', { name: 'Show only the differences' }).check();
		expect(await axeViolations(page)).toEqual([]);
	});
}
