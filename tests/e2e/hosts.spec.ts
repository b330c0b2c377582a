/**
 * The built site as hosts serve it. Cloudflare's own Pages emulator (`wrangler pages dev`, pinned
 * in package.json, offline) is the reference for how a host applies _headers and _redirects; the
 * local server (src/cli/serve.ts), which every other test and the benchmarks use, must give the
 * same answers. Both are held to one table (support/host-expectations.ts) through real requests,
 * their _headers answers are compared path by path, and a browser checks what the headers are
 * for: another site can frame the embed and nothing else, and no page breaks its policies.
 *
 * wrangler takes 15–30 s to start here, so each server starts once for the whole file: its tests
 * run in order in one worker. Skipped under a sub-path build: wrangler serves the folder at "/".
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile } from '../../src/lib/static-headers.ts';
import { startServer, startWrangler, type StaticServer } from '../support/servers.ts';
import { hostExpectations, mismatches, rawGet } from './support/host-expectations.ts';
import { html, startHostSite, type HostSite } from './support/host-site.ts';
import { articlePages, missingPage, outDir, pagesToVisit } from './support/site.ts';

const base = process.env['BASE_PATH'] ?? '/';
test.skip(base !== '/', 'wrangler pages dev serves dist/ at "/", so only a root build can be compared');
// One wrangler for the file: in order, in one worker (the config runs other files fully parallel).
test.describe.configure({ mode: 'default', timeout: 60_000 });

const servers: Record<'wrangler' | 'serve', StaticServer | undefined> = { wrangler: undefined, serve: undefined };

test.beforeAll(async () => {
	test.setTimeout(180_000);
	[servers.wrangler, servers.serve] = await Promise.all([startWrangler(outDir), startServer(outDir)]);
});

test.afterAll(async () => {
	await Promise.all([servers.wrangler?.stop(), servers.serve?.stop()]);
});

function origin(name: keyof typeof servers): string {
	const server = servers[name];
	if (!server) throw new Error(`${name} did not start.`);
	return server.origin;
}

for (const name of ['wrangler', 'serve'] as const) {
	for (const row of hostExpectations()) {
		test(`${name}: ${row.name} (${row.path})`, async () => {
			const reply = await rawGet(origin(name), row.path, row.acceptGzip ?? true);
			expect(mismatches(row, reply), JSON.stringify(reply.headers, null, 1)).toEqual([]);
		});
	}
}

/**
 * Every header name dist/_headers sets or detaches, except the two Cloudflare Pages also sends on
 * its own (Access-Control-Allow-Origin: * and a default Cache-Control on every file), which the
 * local server does not imitate.
 */
function governedHeaders(): string[] {
	const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
	const names = new Set(rules.flatMap((rule) => [...rule.headers.map(([name]) => name), ...rule.detach]));
	for (const hostDefault of ['access-control-allow-origin', 'cache-control']) names.delete(hostDefault);
	return [...names].sort();
}

test('serve.ts sends exactly the _headers answers wrangler sends, path by path', async () => {
	const names = governedHeaders();
	const paths = [
		...new Set([
			...pagesToVisit().map(({ path }) => path),
			...hostExpectations()
				.map((row) => row.path)
				.filter((path) => !/\/_(headers|redirects)$/.test(path)),
			'/embed/no-such-embed/',
			'/_astro/no-such-file.js',
			'/favicon.svg',
			'/robots.txt',
		]),
	];
	const differences: string[] = [];
	for (const path of paths) {
		// Without Accept-Encoding: a host's own transport gzip is not a _headers answer.
		const [cloudflare, local] = await Promise.all([
			rawGet(origin('wrangler'), path, false),
			rawGet(origin('serve'), path, false),
		]);
		for (const name of names) {
			if (cloudflare.headers[name] !== local.headers[name]) {
				differences.push(`${path} ${name}: wrangler "${cloudflare.headers[name]}", serve "${local.headers[name]}"`);
			}
		}
	}
	expect(differences).toEqual([]);
});

/** Collects the page's Content Security Policy violations, from the event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI}`,
			);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

test('every page served by wrangler runs under both its policies without a single violation', async ({ page }) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	for (const { path, status } of pagesToVisit()) {
		const response = await page.goto(`${origin('wrangler')}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status(), path).toBe(status);
		// The theme script runs before first paint from its hash in the <meta> policy: proof it ran.
		if (!path.startsWith('/embed/')) await expect(page.locator('html'), path).toHaveAttribute('data-js', '');
		expect(violations, path).toEqual([]);
	}
});

test('searching an article served by wrangler loads Pagefind and its gzipped index under both policies', async ({
	page,
}) => {
	const violations = await watchViolations(page);
	const [article] = articlePages();
	await page.goto(`${origin('wrangler')}${article ?? '/'}`);
	const box = page.locator('header input[data-search-input]');
	await box.click();
	await box.pressSequentially('calf cramp');
	await expect(page.locator('header search-form [role="status"]')).toHaveText(/\d+ results? for “calf cramp”/, {
		timeout: 30_000,
	});
	expect(violations).toEqual([]);
});

test.describe('another site framing pages served by wrangler', () => {
	let host: HostSite | undefined;
	test.afterAll(async () => host?.close());

	test('the embed shows inside its iframe; an article, its other address and a 404 stay blank', async ({ page }) => {
		const site = origin('wrangler');
		const frames = {
			embed: '/embed/compare/',
			article: '/leg-cramps/',
			other: '/leg-cramps//',
			missing: missingPage,
		};
		host = await startHostSite((pathname) =>
			pathname === '/'
				? html(
						Object.entries(frames)
							.map(([id, path]) => `<iframe id="${id}" src="${site}${path}" title="${id}"></iframe>`)
							.join('\n'),
					)
				: undefined,
		);
		await page.goto(`${host.origin}/`);
		const embed = page.frameLocator('#embed');
		await expect(embed.locator('compare-table')).toBeVisible({ timeout: 20_000 });
		for (const id of ['article', 'other', 'missing']) {
			// A refused frame holds the browser's error page, never our document.
			const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
			await expect.poll(() => frame?.url(), { message: id }).toMatch(/^chrome-error:/);
			expect(await frame?.locator('main, search-form, [data-pagefind-body]').count(), id).toBe(0);
		}
	});
});
