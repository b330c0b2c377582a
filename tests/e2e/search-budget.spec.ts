/**
 * What a reader's first search costs, counted by the server (src/cli/serve.ts --byte-log), which
 * sees every request, Pagefind's own included, with the headers the host sends. The peer (Starlight
 * with Pagefind, the same articles) fetches 94.5 KiB in 8 requests for its first search.
 */
import { expect, test } from '@playwright/test';
import { startLoggedServer, type ByteLogEntry, type LoggedServer } from './support/logged-server.ts';

const KiB = 1024;

let server: LoggedServer;
test.beforeAll(async () => {
	server = await startLoggedServer();
});
test.afterAll(async () => {
	await server.stop();
});

const detail = (entries: readonly ByteLogEntry[]) =>
	entries.map((entry) => `${(entry.bytes / KiB).toFixed(1).padStart(6)} KiB ${entry.status} ${entry.path}`).join('\n');

test('@core a first search from an article fetches at most 106 KiB, and nothing before the box is used', async ({
	page,
}) => {
	await page.goto(`${server.root}leg-cramps/`, { waitUntil: 'networkidle' });
	const loaded = server.entries().length;
	expect(
		server.entries().filter((entry) => entry.path.includes('/pagefind/')),
		'no search file before the reader uses the box',
	).toEqual([]);

	await page.locator('header input[data-search-input]').pressSequentially('calf cramp stretch');
	const panel = page.locator('header .search-live');
	await expect(panel).toContainText('results for “calf cramp stretch”');
	await expect(panel.locator('.search-hit__link').first()).toHaveAttribute('href', /\/leg-cramps\//);
	await page.waitForLoadState('networkidle');

	// The tab's icon may be asked for at any moment; it is the page's, not the search's.
	const search = server
		.entries()
		.slice(loaded)
		.filter((entry) => !entry.path.endsWith('/favicon.svg'));
	const bytes = search.reduce((total, entry) => total + entry.bytes, 0);
	console.log(`First search: ${search.length} requests, ${(bytes / KiB).toFixed(1)} KiB\n${detail(search)}`);
	expect(bytes, detail(search)).toBeLessThanOrEqual(106 * KiB);
	expect(
		search.every((entry) => entry.status === 200),
		detail(search),
	).toBe(true);
});
