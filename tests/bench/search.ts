/**
 * Search speed benchmark (`npm run bench:search`): time from the last keystroke to the first result
 * painted, in Chromium, against a built site served with gzip by src/cli/serve.ts. Builds nothing:
 * run `npm run build` first (or point OUT_DIR at a build).
 *
 * Cold: a fresh browser context per run, so Pagefind's script, WebAssembly and index all load after
 * the reader focuses the box; the query is typed at once, so almost all of that loading falls after
 * the last keystroke (the worst case). Warm: the same page, later searches. Medians of RUNS runs
 * (default 5). Times are noisy, which is why this is a script that prints figures, not a test.
 *
 *   OUT_DIR=/tmp/site RUNS=7 npm run bench:search
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { freePort, launchChromium, projectRoot, startServer } from './support/server.ts';
import { median } from './support/report.ts';

const outDir = resolve(projectRoot, process.env['OUT_DIR'] ?? 'dist');
const base = process.env['BASE_PATH'] ?? '/';
const runs = Math.max(5, Number(process.env['RUNS'] ?? 5));
const queries = (
	process.env['QUERIES'] ?? 'calf cramp stretch,restless legs,charley horse,one leg swollen,leg crmaps'
).split(',');

if (!existsSync(resolve(outDir, 'pagefind/pagefind.js'))) {
	console.error(`No search index in ${outDir}: run npm run build first (or set OUT_DIR).`);
	process.exit(1);
}

const server = await startServer(outDir, await freePort(), base);
const origin = `${server.origin}${base}`;

/**
 * Types the query into the search page's box and resolves with the milliseconds from the last
 * input event to the first frame painted after results for the whole query appeared.
 */
async function timeSearch(page: Page, query: string): Promise<number> {
	const input = page.locator('search-page input[data-search-input]');
	await page.evaluate((wanted) => {
		const state = window as unknown as { __bench?: Promise<number> };
		const box = document.querySelector<HTMLInputElement>('search-page input[data-search-input]')!;
		const status = document.querySelector('[data-search-status]')!;
		let lastKey = 0;
		box.addEventListener('input', () => (lastKey = performance.now()));
		state.__bench = new Promise((done) => {
			const observer = new MutationObserver(() => {
				if (!status.textContent?.includes(`“${wanted}”`)) return;
				observer.disconnect();
				// The frame after this change is the one that paints it.
				requestAnimationFrame(() => setTimeout(() => done(performance.now() - lastKey), 0));
			});
			observer.observe(status, { childList: true, characterData: true, subtree: true });
		});
	}, query);
	await input.focus();
	await page.keyboard.type(query);
	return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

interface Transfer {
	url: string;
	bytes: number;
}

/** One cold search, with the bytes and requests it cost (compressed, as transferred). */
async function coldSearch(browser: Browser, query: string): Promise<{ ms: number; transfers: Transfer[] }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
	const pending: Promise<Transfer>[] = [];
	// Every request after the page settled is the search's: Pagefind's script, WebAssembly, index chunks.
	page.on('requestfinished', (request) => {
		pending.push(
			request
				.sizes()
				.then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }))
				.catch(() => ({ url: request.url(), bytes: 0 })),
		);
	});
	const ms = await timeSearch(page, query);
	await page.waitForLoadState('networkidle');
	const transfers = await Promise.all(pending);
	await context.close();
	return { ms, transfers };
}

const browser = await launchChromium().catch(async (error: unknown) => {
	await server.stop();
	throw error;
});
const cold = new Map<string, number[]>(queries.map((query) => [query, []]));
const warm = new Map<string, number[]>(queries.map((query) => [query, []]));
let firstSearch: Transfer[] = [];

try {
	for (let run = 0; run < runs; run += 1) {
		for (const query of queries) {
			const result = await coldSearch(browser, query);
			cold.get(query)!.push(result.ms);
			if (run === 0 && query === queries[0]) firstSearch = result.transfers;
		}
	}
	// Warm: one page, Pagefind already loaded by a first search; then each query RUNS times.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
	await timeSearch(page, 'cramp');
	for (let run = 0; run < runs; run += 1) {
		for (const query of queries) {
			await page.locator('search-page input[data-search-input]').press('Escape');
			warm.get(query)!.push(await timeSearch(page, query));
		}
	}
	await context.close();
} finally {
	await browser.close();
	await server.stop();
}

const format = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`\nSearch: last keystroke → first result painted (median of ${runs} runs; ${outDir})\n`);
console.log('| query | cold | warm |');
console.log('|---|---:|---:|');
for (const query of queries) {
	console.log(`| ${query} | ${format(median(cold.get(query)!))} | ${format(median(warm.get(query)!))} |`);
}
const allCold = [...cold.values()].flat();
const allWarm = [...warm.values()].flat();
console.log(`| all queries | ${format(median(allCold))} | ${format(median(allWarm))} |`);
console.log('\nTargets: warm ≤ 60 ms, cold ≤ 200 ms.');

const total = firstSearch.reduce((sum, transfer) => sum + transfer.bytes, 0);
console.log(
	`\nFirst search ("${queries[0]}"): ${firstSearch.length} requests, ${(total / 1024).toFixed(1)} KiB transferred`,
);
for (const transfer of firstSearch) {
	console.log(`  ${(transfer.bytes / 1024).toFixed(1).padStart(6)} KiB  ${transfer.url.replace(origin, '/')}`);
}
