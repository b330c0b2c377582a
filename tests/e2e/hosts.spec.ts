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
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, ruleMatches } from '../../src/build/static-headers.ts';
import { startServer, startWrangler, type StaticServer } from '../support/servers.ts';
import { hostExpectations, mismatches, rawGet } from './support/host-expectations.ts';
import { html, startHostSite, type HostSite } from './support/host-site.ts';
import { articlePages, missingPage, outDir, pagesToVisit } from './support/site.ts';
import { watchViolations } from './support/csp.ts';

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

/**
 * The headers Netlify would send for a path, as its own local engine computes them
 * (netlify/primitives packages/headers/src/lib/headersForPath.ts: every matching rule in file
 * order, a later value replacing an earlier one). Its parser skips "! Name" lines (no colon).
 */
function netlifyHeaders(path: string): Record<string, string> {
	const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
	return Object.assign(
		{},
		...rules.filter((rule) => ruleMatches(rule, path)).map((rule) => Object.fromEntries(rule.headers)),
	);
}

test.describe('another site framing pages served by wrangler', () => {
	// Closed after the pages are (an open page keeps its connections to the host site alive).
	const hosts: HostSite[] = [];
	test.afterAll(async () => {
		await Promise.all(hosts.map((host) => host.close()));
	});

	test('the embed shows inside its iframe; an article, its other address and a 404 stay blank', async ({ page }) => {
		const site = origin('wrangler');
		const frames = {
			embed: '/embed/compare/',
			article: '/leg-cramps/',
			other: '/leg-cramps//',
			missing: missingPage,
		};
		const host = await startHostSite((pathname) =>
			pathname === '/'
				? html(
						Object.entries(frames)
							.map(([id, path]) => `<iframe id="${id}" src="${site}${path}" title="${id}"></iframe>`)
							.join('\n'),
					)
				: undefined,
		);
		hosts.push(host);
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

	test('with the headers Netlify would merge, the embed still frames and an article still does not', async ({
		page,
	}) => {
		// On Netlify the embed keeps the site-wide X-Frame-Options: DENY beside its own policy; a
		// browser ignores X-Frame-Options when the policy has frame-ancestors (HTML standard).
		const embed = netlifyHeaders('/embed/compare/');
		expect(embed['x-frame-options']).toBe('DENY');
		expect(embed['content-security-policy']).toMatch(/^frame-ancestors \*;/);
		const article = netlifyHeaders('/leg-cramps/');
		const pages: Record<string, { headers: Record<string, string>; file: string }> = {
			'/embed/compare/': { headers: embed, file: 'embed/compare/index.html' },
			'/leg-cramps/': { headers: article, file: 'leg-cramps/index.html' },
		};
		let other = '';
		const host = await startHostSite((pathname) => {
			if (pathname === '/') {
				return html(
					Object.keys(pages)
						.map((path, n) => `<iframe id="frame${n}" src="${other}${path}" title="${path}"></iframe>`)
						.join('\n'),
				);
			}
			const framed = pages[pathname];
			if (!framed) return undefined;
			const headers = { ...framed.headers, 'Content-Type': 'text/html; charset=utf-8' };
			return { status: 200, headers, body: readFileSync(join(outDir, framed.file), 'utf8') };
		});
		hosts.push(host);
		// The framed pages come from the host server's second origin, so they are framed cross-origin.
		other = host.otherOrigin;
		await page.goto(`${host.origin}/`);
		await expect(page.frameLocator('#frame0').locator('table').first()).toBeVisible({ timeout: 20_000 });
		const blocked = await (await page.locator('#frame1').elementHandle())?.contentFrame();
		await expect.poll(() => blocked?.url()).toMatch(/^chrome-error:/);
	});
});
