/**
 * Sharing the comparison on /compare/: a shared link restores the view, the Share button uses the
 * share sheet or copies, the data downloads and the oEmbed document match the table, and the embed
 * code and its preview follow the view. The table itself: compare.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { choice, conditions, diffToggle, expectColumns, table, visibleColumns } from './support/compare.ts';

test('@core a shared URL restores exactly the same view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// No share sheet in this browser: the button falls back to copying the link.
	await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
	await page.goto('compare/');
	for (const name of ['Leg cramps', 'Restless legs', 'Everyday soreness', 'Nerve damage'])
		await choice(page, name).uncheck();
	await diffToggle(page).check();
	const shown = await visibleColumns(page);
	expect(shown).toEqual(['Blood clot in the leg', 'Poor blood flow to the legs']);
	await table(page).getByRole('button', { name: 'Share this view' }).click();
	const status = table(page).getByRole('status');
	await expect(status).toHaveText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^https?:\/\/[^/]+\/(.+\/)?compare\/\?show=dvt,pad&diff=1$/);

	const fresh = await context.newPage();
	await fresh.goto(`compare/${new URL(copied).search}`);
	await expectColumns(fresh, shown);
	await expect(diffToggle(fresh)).toBeChecked();
	await expect(choice(fresh, 'Blood clot in the leg')).toBeChecked();
	await expect(choice(fresh, 'Leg cramps')).not.toBeChecked();
});

test('the Share button uses the share sheet where there is one', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: unknown[] = [];
		Object.defineProperty(window, 'sharedData', { value: shared });
		Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
	});
	await page.goto('compare/?show=leg-cramps,restless-legs');
	await table(page).getByRole('button', { name: 'Share this view' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { sharedData: { url: string }[] }).sharedData[0]?.url))
		.toMatch(/compare\/\?show=leg-cramps,restless-legs$/);
});

test('the data downloads and the oEmbed document are linked and match the table', async ({ page, request }) => {
	await page.goto('compare/');
	const csvHref = await page.getByRole('link', { name: 'The table as CSV' }).getAttribute('href');
	const jsonHref = await page.getByRole('link', { name: 'The table as JSON' }).getAttribute('href');
	const csv = await (await request.get(new URL(csvHref ?? '', page.url()).href)).text();
	expect(csv.split('\r\n')[0]).toContain('Blood clot in the leg');
	const json = await (await request.get(new URL(jsonHref ?? '', page.url()).href)).json();
	expect(json.conditions.map((c: { name: string }) => c.name)).toEqual(conditions);

	const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
	const oembedPath = new URL(oembedHref ?? '').pathname;
	const response = await request.get(new URL(oembedPath, page.url()).href);
	// Any site may read it, so oEmbed consumers running in a browser can fetch it too.
	expect(response.headers()['access-control-allow-origin']).toBe('*');
	const oembed = await response.json();
	expect(oembed.type).toBe('rich');
	expect(oembed.html).toBe(await page.locator('compare-copy code').textContent());
});

test('the embed code and its preview follow the chosen view, and Copy copies exactly the code shown', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('compare/');
	const code = page.locator('compare-copy code');
	const whole = (await code.textContent()) ?? '';
	expect(whole).toMatch(/src="https?:\/\/[^"]+\/embed\/compare\/"/);

	for (const name of ['Everyday soreness', 'Blood clot in the leg', 'Poor blood flow to the legs', 'Nerve damage'])
		await choice(page, name).uncheck();
	await diffToggle(page).check();
	await expect(code).toContainText('/embed/compare/?show=leg-cramps,restless-legs&amp;diff=1"');
	const preview = page.frameLocator('iframe[title="Preview of the embedded comparison table"]');
	await expect(preview.getByRole('checkbox', { name: 'Show only the differences' })).toBeChecked();
	await expect(preview.getByRole('columnheader', { name: /Blood clot/ })).toBeHidden();
	await expect(preview.getByRole('columnheader', { name: /^Leg cramps/ })).toBeVisible();

	await page.getByRole('button', { name: 'Copy the embed code' }).click();
	await expect(page.locator('compare-copy').getByRole('status')).toHaveText('Embed code copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());

	// Back to the whole table: the code is the plain snippet again, as the oEmbed document serves it.
	for (const name of ['Everyday soreness', 'Blood clot in the leg', 'Poor blood flow to the legs', 'Nerve damage'])
		await choice(page, name).check();
	await diffToggle(page).uncheck();
	await expect(code).toHaveText(whole);
});

test('@core a shared view is in the embed code and its preview from the start, before any change', async ({ page }) => {
	// The table's script sets up (and announces this view) before <compare-copy> is defined; the code
	// must still follow the URL without the reader touching anything.
	await page.goto('compare/?show=dvt,pad&diff=1');
	await expect(diffToggle(page)).toBeChecked();
	await expect(page.locator('compare-copy code')).toContainText('/embed/compare/?show=dvt,pad&amp;diff=1"');
	await expect(page.locator('iframe[title="Preview of the embedded comparison table"]')).toHaveAttribute(
		'src',
		/\/embed\/compare\/\?show=dvt,pad&diff=1$/,
	);
});

test('the embed code sits in a region named by its visible heading, and the region takes the focus', async ({
	page,
}) => {
	await page.goto('compare/');
	const region = page.getByRole('region', { name: 'Code to paste' });
	await expect(region.locator('pre code')).toHaveText(/^<iframe src="/);
	// aria-label is not allowed on <pre> (the W3C checker rejects it): the name comes from the region.
	await expect(page.locator('pre[aria-label]')).toHaveCount(0);
	await region.focus();
	await expect(region).toBeFocused();
});
