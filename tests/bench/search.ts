/**
 * Search speed benchmark (`npm run bench:search`): time from the last keystroke to the first result
 * painted, in Chromium, on the built site and on a copy with 1,000 more articles, each served with
 * gzip by src/cli/serve.ts. Builds the 1,000-article copy itself (about a minute); the site is
 * measured as it is in dist/ (run `npm run build` first, or point OUT_DIR at a build).
 *
 * Cold: a fresh browser context per run, so Pagefind's script, WebAssembly and index all load after
 * the reader focuses the box; the query is typed at once, so almost all of that loading falls after
 * the last keystroke (the worst case). Warm: the same page, later searches. Medians of RUNS runs
 * (default 5). Then, per site: the bytes of a first search as the server counted them (Pagefind's
 * requests included), the longest main-thread task while typing, and a CPU profile of a cold search
 * split into Pagefind's time and ours. Times are noisy, which is why this prints figures and is
 * never a test.
 *
 *   npm run bench:search [-- --articles 1000]     (--articles 0: the site only)
 *   npm run bench:search -- --scale-dist DIR      (measure a scale build made before, e.g. by
 *                                                 tests/bench/generate-articles.ts and npm run build)
 *   OUT_DIR=/tmp/site RUNS=7 QUERIES="calf cramp stretch,restless legs" npm run bench:search
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { launchChromium, projectRoot, startServer, type LoggedServer } from './support/server.ts';
import { kib, median } from './support/report.ts';
import { buildSite } from './support/build.ts';
import { createScaleCopy } from './generate-articles.ts';
import { timeByOwner, type CpuProfile } from './support/cpu-profile.ts';

const { values: options } = parseArgs({
	options: { articles: { type: 'string', default: '1000' }, 'scale-dist': { type: 'string' } },
});
const siteOut = resolve(projectRoot, process.env['OUT_DIR'] ?? 'dist');
const base = process.env['BASE_PATH'] ?? '/';
const runs = Math.max(5, Number(process.env['RUNS'] ?? 5));
const queries = (
	process.env['QUERIES'] ?? 'calf cramp stretch,restless legs,charley horse,one leg swollen,leg crmaps'
).split(',');
const BOX = 'search-page input[data-search-input]';

if (!existsSync(resolve(siteOut, 'pagefind/pagefind.js'))) {
	console.error(`No search index in ${siteOut}: run npm run build first (or set OUT_DIR).`);
	process.exit(1);
}

/**
 * Types the query into the search page's box and resolves with the milliseconds from the last
 * input event to the first frame painted after results for the whole query appeared.
 */
async function timeSearch(page: Page, query: string): Promise<number> {
	await page.evaluate(
		({ wanted, box }) => {
			const state = window as unknown as { __bench?: Promise<number> };
			const input = document.querySelector<HTMLInputElement>(box)!;
			const status = document.querySelector('[data-search-status]')!;
			let lastKey = 0;
			input.addEventListener('input', () => (lastKey = performance.now()));
			state.__bench = new Promise((done) => {
				const observer = new MutationObserver(() => {
					if (!status.textContent?.includes(`“${wanted}”`)) return;
					observer.disconnect();
					// The frame after this change is the one that paints it.
					requestAnimationFrame(() => setTimeout(() => done(performance.now() - lastKey), 0));
				});
				observer.observe(status, { childList: true, characterData: true, subtree: true });
			});
		},
		{ wanted: query, box: BOX },
	);
	await page.locator(BOX).focus();
	await page.keyboard.type(query);
	return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

/** Records every long task (≥ 50 ms) of the page from its start: typing waits for each of them. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
	.observe({ type: 'longtask', buffered: true });`;

interface SiteFigures {
	label: string;
	cold: Map<string, number[]>;
	warm: Map<string, number[]>;
	firstSearch: { path: string; bytes: number }[];
	longestTask: number;
	profile: Record<string, number>;
	warmProfile: Record<string, number>;
}

async function benchSite(browser: Browser, label: string, outDir: string): Promise<SiteFigures> {
	const server: LoggedServer = await startServer(outDir, undefined, base);
	const origin = `${server.origin}${base}`;
	const figures: SiteFigures = {
		label,
		cold: new Map(queries.map((query) => [query, []])),
		warm: new Map(queries.map((query) => [query, []])),
		firstSearch: [],
		longestTask: 0,
		profile: {},
		warmProfile: {},
	};
	try {
		for (let run = 0; run < runs; run += 1) {
			for (const query of queries) {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.addInitScript(LONG_TASKS);
				await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
				const before = server.transfers().length;
				figures.cold.get(query)!.push(await timeSearch(page, query));
				await page.waitForLoadState('networkidle');
				if (run === 0 && query === queries[0]) figures.firstSearch = server.transfers().slice(before);
				const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
				figures.longestTask = Math.max(figures.longestTask, ...tasks);
				await context.close();
			}
		}
		// Warm: one page, Pagefind already loaded by a first search; then each query RUNS times.
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
		await timeSearch(page, 'cramp');
		for (let run = 0; run < runs; run += 1) {
			for (const query of queries) {
				await page.locator(BOX).press('Escape');
				figures.warm.get(query)!.push(await timeSearch(page, query));
			}
		}
		await context.close();
		figures.profile = await profileSearch(browser, origin, queries[0]!, 'cold');
		figures.warmProfile = await profileSearch(browser, origin, queries[0]!, 'warm');
	} finally {
		await server.stop();
	}
	return figures;
}

/**
 * One search under the CPU profiler: the main thread's time by owner (Pagefind, site, browser).
 * Warm: after a first search of other words, so Pagefind and its common chunks are loaded.
 */
async function profileSearch(
	browser: Browser,
	origin: string,
	query: string,
	state: 'cold' | 'warm',
): Promise<Record<string, number>> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
	if (state === 'warm') {
		await timeSearch(page, 'leg pain');
		await page.locator(BOX).press('Escape');
	}
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await timeSearch(page, query);
	await page.waitForLoadState('networkidle');
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
	await context.close();
	return timeByOwner(profile);
}

/** Builds a copy of the project with `count` more articles; returns its dist/ and a clean-up. */
async function scaleBuild(count: number): Promise<{ outDir: string; remove: () => Promise<void> }> {
	const work = await mkdtemp(join(tmpdir(), 'bench-search-'));
	const copy = await createScaleCopy(count, join(work, 'project'));
	// Inside the copy: Astro's prerender step resolves packages from the output folder upwards.
	const outDir = join(copy.dir, 'dist');
	console.error(`building a copy with ${count} more articles in ${copy.dir} …`);
	await buildSite(copy.dir, outDir);
	return { outDir, remove: () => rm(work, { recursive: true, force: true }) };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

function report(figures: SiteFigures): void {
	console.log(`\n## ${figures.label}: last keystroke → first result painted (median of ${runs} runs)\n`);
	console.log('| query | cold | warm |');
	console.log('|---|---:|---:|');
	for (const query of queries) {
		console.log(`| ${query} | ${ms(median(figures.cold.get(query)!))} | ${ms(median(figures.warm.get(query)!))} |`);
	}
	const all = (map: Map<string, number[]>) => [...map.values()].flat();
	console.log(`| all queries | ${ms(median(all(figures.cold)))} | ${ms(median(all(figures.warm)))} |`);
	const total = figures.firstSearch.reduce((sum, transfer) => sum + transfer.bytes, 0);
	console.log(
		`\nFirst search from /search/ ("${queries[0]}"), counted by the server: ${figures.firstSearch.length} requests, ${kib(total)}`,
	);
	for (const transfer of figures.firstSearch) console.log(`  ${kib(transfer.bytes).padStart(9)}  ${transfer.path}`);
	console.log(`\nLongest main-thread task in any cold search: ${ms(figures.longestTask)}`);
	for (const [state, profile] of [
		['cold', figures.profile],
		['warm', figures.warmProfile],
	] as const) {
		const { pagefind = 0, site = 0, browser = 0 } = profile;
		const busy = pagefind + site + browser;
		console.log(
			`CPU profile of one ${state} search (main thread, busy ${ms(busy)}): Pagefind ${ms(pagefind)} (${((pagefind / busy) * 100).toFixed(0)} %), ` +
				`our code ${ms(site)}, the browser (parsing, compiling, layout, GC) ${ms(browser)}`,
		);
	}
}

const browser = await launchChromium();
const results: SiteFigures[] = [];
let scale: Awaited<ReturnType<typeof scaleBuild>> | undefined;
try {
	results.push(await benchSite(browser, `The site (${siteOut})`, siteOut));
	const count = Number(options.articles);
	if (options['scale-dist']) {
		results.push(await benchSite(browser, `A scale build (${options['scale-dist']})`, resolve(options['scale-dist'])));
	} else if (count > 0) {
		scale = await scaleBuild(count);
		results.push(await benchSite(browser, `The site + ${count} articles`, scale.outDir));
	}
} finally {
	await browser.close();
	await scale?.remove();
}
for (const figures of results) report(figures);
console.log('\nTargets at 1,000 articles: cold ≤ 250 ms, warm ≤ 100 ms.');
