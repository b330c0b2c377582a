/**
 * `npm run bench`: what the site costs to build and to load, measured the way readers and editors
 * meet it. A benchmark script, not a test: it prints medians and never asserts a time, because times
 * on a shared 2-core machine are noisy. (Sizes are deterministic; the budgets on them live in the
 * test suite.)
 *
 * 1. Builds the site with `npm run build` into a temporary OUT_DIR, cold, several times (median),
 *    then warm (on the last cold build's Astro cache, as an editor's next build): time, peak memory
 *    (GNU time) and how many share images each build rendered.
 * 2. Serves it with src/cli/serve.ts (gzip + _headers, as a host would) and loads each page type in
 *    Chromium with mobile emulation: bytes transferred by resource type, requests, JavaScript.
 * 3. Scale: a temporary copy with 1,000 generated articles (tests/bench/generate-articles.ts) is
 *    built too, cold and warm; build time, peak memory and the Pagefind bundle are compared with the
 *    real site's.
 * 4. Lighthouse (mobile, default config): performance, accessibility, best practices and SEO.
 *
 * Prints a table and writes tests/.results/bench.json.
 *
 *   npm run bench [-- --articles 1000 --builds 3 --scale-builds 1 --warm-builds 1 --lighthouse-runs 3 --budget 600
 *                     --skip-scale --skip-lighthouse --dist <existing build to measure instead>]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { devices, type Browser } from '@playwright/test';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
	buildSite,
	makeCacheDir,
	measureHtml,
	measureOutput,
	measurePagefind,
	type BuildRun,
	type HtmlSize,
	type PagefindBundle,
} from './support/build.ts';
import { createScaleCopy, publishedArticleIds } from './generate-articles.ts';
import { kib, median, mib, seconds, table } from './support/report.ts';
import {
	chromiumArgs,
	debianChromium,
	freePort,
	launchChromium,
	projectRoot,
	startServer,
	type StaticServer,
} from './support/server.ts';

const { values: options } = parseArgs({
	options: {
		articles: { type: 'string', default: process.env['BENCH_ARTICLES'] ?? '1000' },
		builds: { type: 'string', default: '3' },
		'scale-builds': { type: 'string', default: '1' },
		/** Builds after the cold ones that reuse their Astro cache (share images and all), site and scale copy alike. */
		'warm-builds': { type: 'string', default: '1' },
		'lighthouse-runs': { type: 'string', default: '3' },
		'skip-scale': { type: 'boolean', default: false },
		'skip-lighthouse': { type: 'boolean', default: false },
		/** Seconds the whole run should fit in; extra Lighthouse runs are dropped to stay inside it. */
		budget: { type: 'string', default: '600' },
		/** Measure pages and Lighthouse on an existing build instead of building the site. */
		dist: { type: 'string' },
		out: { type: 'string', default: join(projectRoot, 'tests/.results/bench.json') },
	},
});

/** The page types the issue names; a page that is not built yet is reported as missing. */
const pageTypes = [
	{ name: 'home', path: '/' },
	{ name: 'article', path: '/leg-cramps/' },
	{ name: 'compare', path: '/compare/' },
	{ name: 'embed', path: '/embed/compare/' },
	{ name: 'search', path: '/search/' },
] as const;

/**
 * Built pages whose HTML size is compared between the site and the scale copy: /a-z/ is the one
 * meant to grow with the articles; /search/ and the 404 page must not (tests/guards/scale.test.ts).
 */
const htmlPages = [...pageTypes.map((page) => page.path), '/a-z/', '404.html'];

/** Lighthouse covers the reader-facing pages (the embed is measured by size only). */
const lighthousePages = ['home', 'article', 'compare', 'search'] as const;
const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Playwright's resource types, grouped as the report shows them. */
const resourceGroups = ['document', 'stylesheet', 'script', 'image', 'font', 'fetch/xhr', 'other'] as const;
type ResourceGroup = (typeof resourceGroups)[number];

function groupOf(resourceType: string): ResourceGroup {
	if (resourceType === 'fetch' || resourceType === 'xhr') return 'fetch/xhr';
	return (resourceGroups as readonly string[]).includes(resourceType) ? (resourceType as ResourceGroup) : 'other';
}

interface PageLoad {
	name: string;
	path: string;
	/** 'ok', 'missing' (the server answered 404) or the error that stopped the load. */
	status: 'ok' | 'missing' | string;
	requests: number;
	/** Compressed bytes on the wire (body + headers), per group and in total. */
	bytes: Record<ResourceGroup, number> & { total: number };
	/** Requests per group. */
	counts: Record<ResourceGroup, number>;
	/** Script bytes transferred before any interaction (what the page downloads on load). */
	scriptBytes: number;
	/** Uncompressed bytes of inline scripts in the document (the pre-paint theme script). */
	inlineScriptBytes: number;
	/** Requests to any origin but the site's. */
	otherOrigins: string[];
	files: { url: string; type: string; bytes: number }[];
}

function emptyGroups(): Record<ResourceGroup, number> {
	return Object.fromEntries(resourceGroups.map((group) => [group, 0])) as Record<ResourceGroup, number>;
}

/** Loads one page in a fresh context (cold cache) with Pixel 7 emulation and records every transfer. */
async function measurePage(browser: Browser, origin: string, name: string, path: string): Promise<PageLoad> {
	const context = await browser.newContext({ ...devices['Pixel 7'] });
	const page = await context.newPage();
	const pending: Promise<{ url: string; type: string; bytes: number }>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			request.sizes().then((sizes) => ({
				url: request.url(),
				type: request.resourceType(),
				bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			})),
		);
	});
	const result: PageLoad = {
		name,
		path,
		status: 'ok',
		requests: 0,
		bytes: { ...emptyGroups(), total: 0 },
		counts: emptyGroups(),
		scriptBytes: 0,
		inlineScriptBytes: 0,
		otherOrigins: [],
		files: [],
	};
	try {
		const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		if (response?.status() === 404) result.status = 'missing';
		result.inlineScriptBytes = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src])')]
				.filter((script) => !(script as HTMLScriptElement).type.includes('json'))
				.reduce((total, script) => total + new TextEncoder().encode(script.textContent).length, 0),
		);
		result.files = await Promise.all(pending);
	} catch (error) {
		result.status = `error: ${(error as Error).message.split('\n')[0]}`;
	} finally {
		await context.close();
	}
	for (const file of result.files) {
		const group = groupOf(file.type);
		result.bytes[group] += file.bytes;
		result.counts[group] += 1;
		result.bytes.total += file.bytes;
		if (!file.url.startsWith(`${origin}/`)) result.otherOrigins.push(new URL(file.url).origin);
	}
	result.requests = result.files.length;
	result.scriptBytes = result.bytes.script;
	result.otherOrigins = [...new Set(result.otherOrigins)];
	return result;
}

interface LighthouseResult {
	name: string;
	path: string;
	status: 'ok' | 'missing' | string;
	/** Scores out of 100; performance is the median of the runs. */
	scores: Partial<Record<(typeof lighthouseCategories)[number], number>>;
	performanceRuns: number[];
	/** Lab metrics of the run whose performance score is the median, in ms (CLS unitless). */
	metrics: Record<string, number>;
	/** Audits that lost points, per category (performance: in the median run), so a score under 100 says why. */
	failing: Record<string, string[]>;
	/** Metrics and failing audits of each performance run, to pick the median run's afterwards. */
	performanceDetails: { score: number; metrics: Record<string, number>; failing: string[] }[];
	lighthouseVersion?: string;
	/** Lighthouse's host CPU benchmark per run (its reference machines score about 1,000 or more). */
	benchmarkIndex: number[];
	/** The host's 1-minute load average when each run started: other work skews the lab figures. */
	loadAverage: number[];
	warnings: string[];
}

/** Runs Lighthouse once on `url` and folds the result into `result`. */
async function lighthouseRun(
	url: string,
	port: number,
	result: LighthouseResult,
	onlyCategories: readonly string[],
): Promise<void> {
	result.loadAverage.push(Math.round(loadavg()[0]! * 10) / 10);
	const runner = await lighthouse(url, {
		port,
		logLevel: 'error',
		output: 'json',
		onlyCategories: [...onlyCategories],
	});
	if (!runner) throw new Error('Lighthouse returned no result');
	const { lhr } = runner;
	if (lhr.runtimeError) {
		result.status = `error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
		return;
	}
	result.lighthouseVersion = lhr.lighthouseVersion;
	result.benchmarkIndex.push(Math.round(lhr.environment.benchmarkIndex));
	result.warnings = [...new Set([...result.warnings, ...lhr.runWarnings.map(String)])];
	for (const id of onlyCategories) {
		const category = lhr.categories[id];
		const score = category?.score;
		if (score === null || score === undefined) continue;
		const failing = (category?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((audit) => audit && audit.score !== null && audit.score < 1)
			.map((audit) => `${audit!.id} (${audit!.displayValue ?? audit!.score})`);
		if (id !== 'performance') {
			result.scores[id as (typeof lighthouseCategories)[number]] = Math.round(score * 100);
			if (failing.length > 0) result.failing[id] = failing;
			continue;
		}
		const metrics: Record<string, number> = {};
		for (const metric of [
			'first-contentful-paint',
			'largest-contentful-paint',
			'total-blocking-time',
			'cumulative-layout-shift',
			'speed-index',
		]) {
			const value = lhr.audits[metric]?.numericValue;
			if (value !== undefined) metrics[metric] = Math.round(value * 1000) / 1000;
		}
		result.performanceRuns.push(Math.round(score * 100));
		result.performanceDetails.push({ score: Math.round(score * 100), metrics, failing });
	}
}

/**
 * Runs Lighthouse's default mobile configuration against each reader-facing page: one run with all
 * four categories per page, then further performance-only runs (the noisy category) in rounds, as
 * long as another round still fits before `deadline` (a performance.now() value).
 */
async function runLighthouse(
	origin: string,
	loads: readonly PageLoad[],
	runs: number,
	deadline: number,
	log: (line: string) => void,
): Promise<LighthouseResult[]> {
	// CHROME_PATH wins, then Debian's Chromium; with neither, chrome-launcher looks for a Chrome itself.
	const chromePath = process.env['CHROME_PATH'] ?? (existsSync(debianChromium) ? debianChromium : undefined);
	const chrome = await launchChrome({
		...(chromePath ? { chromePath } : {}),
		chromeFlags: [...chromiumArgs, '--headless=new'],
	});
	const results: LighthouseResult[] = lighthousePages.map((name) => {
		const load = loads.find((entry) => entry.name === name)!;
		return {
			name,
			path: load.path,
			status: load.status,
			scores: {},
			performanceRuns: [],
			metrics: {},
			failing: {},
			performanceDetails: [],
			benchmarkIndex: [],
			loadAverage: [],
			warnings: [],
		};
	});
	try {
		let roundMs = 0;
		for (let run = 0; run < runs; run++) {
			const roundStart = performance.now();
			if (run > 0 && roundStart + roundMs > deadline) {
				log(`  Lighthouse: stopping after ${run} run(s) per page to stay within the time budget`);
				break;
			}
			for (const result of results) {
				if (result.status !== 'ok') continue;
				await lighthouseRun(
					`${origin}${result.path}`,
					chrome.port,
					result,
					run === 0 ? lighthouseCategories : ['performance'],
				);
				log(`  lighthouse ${result.path} run ${run + 1}: performance ${result.performanceRuns.at(-1) ?? '?'}`);
			}
			roundMs = performance.now() - roundStart;
		}
	} finally {
		chrome.kill();
	}
	for (const result of results) {
		if (result.performanceRuns.length === 0) continue;
		const middle = median(result.performanceRuns);
		result.scores.performance = middle;
		const closest = result.performanceDetails.reduce((best, run) =>
			Math.abs(run.score - middle) < Math.abs(best.score - middle) ? run : best,
		);
		result.metrics = closest.metrics;
		if (closest.failing.length > 0) result.failing['performance'] = closest.failing;
	}
	return results;
}

/** Medians and peaks of a set of builds of one kind (cold or warm). */
interface BuildTimes {
	runs: BuildRun[];
	medianMs: number;
	medianAstroMs: number | null;
	medianPagefindMs: number | null;
	/** The highest peak memory of the runs (bytes), null where GNU time is missing. */
	peakRssBytes: number | null;
	/** Share images the runs rendered (the most any run did): every one cold, none warm when nothing changed. */
	shareImagesRendered: number | null;
}

interface BuildSummary extends BuildTimes {
	articles: number;
	/** Builds that reuse the last cold build's Astro cache, as an editor's next build does; null when none ran. */
	warm: BuildTimes | null;
	pages: number | null;
	indexedWords: number | null;
	output: { bytes: number; htmlFiles: number };
	pagefind: PagefindBundle | null;
	/** HTML size of each page type and the 404 page: the ones that list articles grow with content. */
	html: Record<string, HtmlSize | null>;
}

function known(values: (number | null)[], pick: (numbers: number[]) => number): number | null {
	const numbers = values.filter((value): value is number => value !== null);
	return numbers.length > 0 ? pick(numbers) : null;
}

function buildTimes(runs: BuildRun[]): BuildTimes {
	return {
		runs,
		medianMs: median(runs.map((run) => run.totalMs)),
		medianAstroMs: known(
			runs.map((run) => run.astroMs),
			median,
		),
		medianPagefindMs: known(
			runs.map((run) => run.pagefindMs),
			median,
		),
		peakRssBytes: known(
			runs.map((run) => run.peakRssBytes),
			(numbers) => Math.max(...numbers),
		),
		shareImagesRendered: known(
			runs.map((run) => run.shareImagesRendered),
			(numbers) => Math.max(...numbers),
		),
	};
}

/** "4.2 s, peak 1.2 GiB, 8 share images rendered" for the progress log. */
function describeRun(run: BuildRun): string {
	const memory = run.peakRssBytes === null ? '' : `, peak ${mib(run.peakRssBytes)}`;
	const images = run.shareImagesRendered === null ? '' : `, ${run.shareImagesRendered} share images rendered`;
	return `${seconds(run.totalMs)} (${run.pages ?? '?'} pages${memory}${images})`;
}

/**
 * Builds `cwd` into `outDir` `runs` times cold, then `warmRuns` times warm on the last cold build's
 * cache (the last build is left in `outDir`), and summarises.
 */
async function benchBuild(
	cwd: string,
	outDir: string,
	runs: number,
	warmRuns: number,
	articles: number,
	log: (line: string) => void,
	label: string,
): Promise<BuildSummary> {
	const cold: BuildRun[] = [];
	const warm: BuildRun[] = [];
	const cacheDir = await makeCacheDir();
	try {
		for (let run = 0; run < runs; run++) {
			// Only the last cold build keeps its cache: the warm builds start from it.
			const keep = run === runs - 1 && warmRuns > 0;
			const result = await buildSite(cwd, outDir, keep ? { cacheDir } : {});
			cold.push(result);
			log(`  build ${label} cold ${run + 1}/${runs}: ${describeRun(result)}`);
		}
		for (let run = 0; run < warmRuns; run++) {
			const result = await buildSite(cwd, outDir, { cacheDir, warm: true });
			warm.push(result);
			log(`  build ${label} warm ${run + 1}/${warmRuns}: ${describeRun(result)}`);
		}
	} finally {
		await rm(cacheDir, { recursive: true, force: true });
	}
	const last = warm.at(-1) ?? cold.at(-1);
	return {
		articles,
		...buildTimes(cold),
		warm: warm.length > 0 ? buildTimes(warm) : null,
		pages: last?.pages ?? null,
		indexedWords: last?.indexedWords ?? null,
		output: await measureOutput(outDir),
		pagefind: await measurePagefind(outDir),
		html: await measureHtml(outDir, htmlPages),
	};
}

function failure(error: unknown): { error: string } {
	return { error: error instanceof Error ? error.message : String(error) };
}

// --- run ---------------------------------------------------------------------------------------

const startedAt = performance.now();
const log = (line: string): void => console.error(`[bench ${seconds(performance.now() - startedAt)}] ${line}`);
const work = await mkdtemp(join(tmpdir(), 'bench-site-'));
// Output directories must not share a prefix with a project directory: Astro treats an OUT_DIR
// whose path merely starts with the project's path as inside it and puts unresolvable chunks there.
const siteOut = options.dist ? resolve(options.dist) : join(work, 'site-dist');
const realArticles = (await publishedArticleIds()).length;
const port = await freePort();

const report: {
	generatedAt: string;
	machine: Record<string, string | number>;
	notes: string[];
	site: BuildSummary | { error: string };
	pages: PageLoad[] | { error: string };
	lighthouse: LighthouseResult[] | { error: string } | 'skipped';
	scale: BuildSummary | { error: string } | 'skipped';
	growth?: Record<string, number | null>;
} = {
	generatedAt: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? '?',
		node: process.version,
		loadAverageAtStart: Math.round(loadavg()[0]! * 10) / 10,
	},
	notes: [
		'Sizes (bytes, requests) are deterministic for a given build; times are medians and vary with machine load.',
		'Cold builds get a fresh Astro cache and output directory each; warm builds reuse the last cold build’s cache (fresh output).',
		'Peak memory is the largest process of the build (astro build), from GNU time’s maximum resident set size.',
		'Bytes are compressed transfer sizes (gzip body + response headers) from src/cli/serve.ts.',
	],
	site: { error: 'not run' },
	pages: { error: 'not run' },
	lighthouse: 'skipped',
	scale: 'skipped',
};

let server: StaticServer | null = null;
try {
	if (options.dist) {
		log(`measuring the existing build in ${siteOut}`);
		report.site = failure(`not built: --dist ${siteOut} was measured as it is`);
	} else {
		log(`building the site (${realArticles} articles) ${options.builds}×`);
		try {
			// Built from a copy, like the scale build: same conditions for both, and Astro's prerender
			// scratch directory (<project>/.astro/ when OUT_DIR is elsewhere) is not shared with anyone
			// else building in the working tree at the same time.
			const copy = await createScaleCopy(0, join(work, 'site-project'));
			report.site = await benchBuild(
				copy.dir,
				siteOut,
				Number(options.builds),
				Number(options['warm-builds']),
				realArticles,
				log,
				'site',
			);
		} catch (error) {
			report.site = failure(error);
			log(`site build failed: ${(error as Error).message}`);
		}
	}

	if (!('error' in report.site) || options.dist) {
		server = await startServer(siteOut, port);
		log(`serving on ${server.origin}`);
		const browser = await launchChromium();
		report.machine['chromium'] = browser.version();
		try {
			const loads: PageLoad[] = [];
			for (const { name, path } of pageTypes) {
				loads.push(await measurePage(browser, server.origin, name, path));
				log(`  loaded ${path}: ${loads.at(-1)!.status}`);
			}
			report.pages = loads;
		} catch (error) {
			report.pages = failure(error);
		} finally {
			await browser.close();
		}
	}

	if (!options['skip-scale']) {
		const count = Number(options.articles);
		log(`generating ${count} articles in a temporary copy`);
		try {
			const copy = await createScaleCopy(count, join(work, 'scale-project'));
			try {
				report.scale = await benchBuild(
					copy.dir,
					join(work, 'scale-dist'),
					Number(options['scale-builds']),
					Number(options['warm-builds']),
					count + copy.realIds.length,
					log,
					'scale',
				);
			} finally {
				await copy.remove();
			}
		} catch (error) {
			report.scale = failure(error);
			log(`scale build failed: ${(error as Error).message}`);
		}
	}

	// Lighthouse last: its extra performance runs use whatever is left of the time budget.
	if (server && !options['skip-lighthouse'] && Array.isArray(report.pages)) {
		log('running Lighthouse');
		try {
			report.lighthouse = await runLighthouse(
				server.origin,
				report.pages,
				Number(options['lighthouse-runs']),
				startedAt + Number(options.budget) * 1000,
				log,
			);
		} catch (error) {
			report.lighthouse = failure(error);
			log(`Lighthouse failed: ${(error as Error).message}`);
		}
	}
} finally {
	await server?.stop();
	await rm(work, { recursive: true, force: true });
}

// --- growth and output -------------------------------------------------------------------------

const site = 'error' in report.site ? null : report.site;
const scale = typeof report.scale === 'object' && !('error' in report.scale) ? report.scale : null;
if (site && scale) {
	const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
		a && b ? Math.round((b / a) * 100) / 100 : null;
	const extra = scale.articles - site.articles;
	report.growth = {
		articles: site.articles,
		scaleArticles: scale.articles,
		buildTimeRatio: ratio(site.medianMs, scale.medianMs),
		buildMsPerExtraArticle: extra > 0 ? Math.round((scale.medianMs - site.medianMs) / extra) : null,
		astroTimeRatio: ratio(site.medianAstroMs, scale.medianAstroMs),
		pagefindTimeRatio: ratio(site.medianPagefindMs, scale.medianPagefindMs),
		peakMemoryRatio: ratio(site.peakRssBytes, scale.peakRssBytes),
		scaleWarmToColdTimeRatio: ratio(scale.medianMs, scale.warm?.medianMs),
		pagefindBytesRatio: ratio(site.pagefind?.totalBytes, scale.pagefind?.totalBytes),
		pagefindIndexBytesRatio: ratio(site.pagefind?.indexBytes, scale.pagefind?.indexBytes),
		pagefindBytesPerExtraArticle:
			extra > 0 && site.pagefind && scale.pagefind
				? Math.round((scale.pagefind.totalBytes - site.pagefind.totalBytes) / extra)
				: null,
		outputBytesRatio: ratio(site.output.bytes, scale.output.bytes),
	};
}

const sections: string[] = [];
const na = '–';

if (Array.isArray(report.pages)) {
	sections.push(
		'Page loads (Chromium, Pixel 7 emulation, cold cache, gzip; compressed bytes incl. headers; deterministic)',
		table(
			[
				'page',
				'status',
				'total',
				'reqs',
				'document',
				'css',
				'JS (files)',
				'inline JS',
				'image',
				'font',
				'fetch/xhr',
				'other',
			],
			report.pages.map((load) =>
				load.status === 'ok'
					? [
							load.path,
							load.otherOrigins.length > 0 ? `3rd-party: ${load.otherOrigins.join(' ')}` : 'ok',
							kib(load.bytes.total),
							String(load.requests),
							kib(load.bytes.document),
							kib(load.bytes.stylesheet),
							`${kib(load.scriptBytes)} (${load.counts.script})`,
							`${load.inlineScriptBytes} B`,
							kib(load.bytes.image),
							kib(load.bytes.font),
							kib(load.bytes['fetch/xhr']),
							kib(load.bytes.other),
						]
					: [load.path, load.status, ...Array<string>(10).fill(na)],
			),
		),
		'',
	);
} else {
	sections.push(`Page loads: ${report.pages.error}`, '');
}

const timeRow = (label: string, times: BuildTimes, summary: BuildSummary): string[] => [
	label,
	String(summary.articles),
	String(summary.pages ?? na),
	`${seconds(times.medianMs)} (${times.runs.length}×)`,
	times.medianAstroMs === null ? na : seconds(times.medianAstroMs),
	times.medianPagefindMs === null ? na : seconds(times.medianPagefindMs),
	times.peakRssBytes === null ? na : mib(times.peakRssBytes),
	String(times.shareImagesRendered ?? na),
];
const bundleRow = (label: string, summary: BuildSummary): string[] => [
	label,
	String(summary.indexedWords ?? na),
	summary.pagefind ? kib(summary.pagefind.totalBytes) : 'none',
	summary.pagefind ? `${summary.pagefind.indexFiles} / ${kib(summary.pagefind.indexBytes)}` : na,
	summary.pagefind ? `${summary.pagefind.fragmentFiles} / ${kib(summary.pagefind.fragmentBytes)}` : na,
	kib(summary.output.bytes),
];
const timeRows: string[][] = [];
const bundleRows: string[][] = [];
for (const [label, summary] of [
	['site', site],
	['scale copy', scale],
] as const) {
	if (!summary) continue;
	timeRows.push(timeRow(`${label}, cold`, summary, summary));
	if (summary.warm) timeRows.push(timeRow(`${label}, warm`, summary.warm, summary));
	bundleRows.push(bundleRow(label, summary));
}
sections.push(
	'Builds (`npm run build`: astro build + pagefind; median wall time). Cold: a fresh Astro cache;' +
		' warm: the cold build’s cache, content unchanged. Peak memory: the largest process (GNU time)',
	timeRows.length > 0
		? table(
				['build', 'articles', 'pages', 'build time', 'astro', 'pagefind', 'peak memory', 'share images rendered'],
				timeRows,
			)
		: '(no build finished)',
	'',
	'The Pagefind bundle and the output on disk',
	bundleRows.length > 0
		? table(['build', 'words', 'pagefind/', 'index files', 'fragments', 'dist/'], bundleRows)
		: '(no build finished)',
);
if ('error' in report.site) sections.push(`site build: ${report.site.error}`);
if (typeof report.scale === 'object' && 'error' in report.scale) sections.push(`scale build: ${report.scale.error}`);
if (report.scale === 'skipped') sections.push('scale build: skipped');
if (site && scale) {
	sections.push(
		'',
		`HTML per page, gzip (raw), site vs scale copy: only /a-z/, the list of every article, should grow`,
		table(
			['page', `${site.articles} articles`, `${scale.articles} articles`],
			htmlPages.map((path) => {
				const cell = (size: HtmlSize | null | undefined): string =>
					size ? `${kib(size.gzip)} (${kib(size.raw)})` : 'missing';
				return [path, cell(site.html[path]), cell(scale.html[path])];
			}),
		),
	);
}
if (report.growth) {
	const growth = report.growth;
	sections.push(
		`Growth ${growth['articles']} → ${growth['scaleArticles']} articles: build time ×${growth['buildTimeRatio']}` +
			` (+${growth['buildMsPerExtraArticle']} ms per article; astro ×${growth['astroTimeRatio']},` +
			` pagefind ×${growth['pagefindTimeRatio']}; warm/cold at scale ×${growth['scaleWarmToColdTimeRatio']});` +
			` peak memory ×${growth['peakMemoryRatio']}; Pagefind bundle ×${growth['pagefindBytesRatio']}` +
			` (+${growth['pagefindBytesPerExtraArticle']} B per article; word index ×${growth['pagefindIndexBytesRatio']});` +
			` dist/ ×${growth['outputBytesRatio']}`,
	);
}
sections.push('');

if (Array.isArray(report.lighthouse)) {
	const version = report.lighthouse.find((result) => result.lighthouseVersion)?.lighthouseVersion ?? '?';
	sections.push(
		`Lighthouse ${version} (default mobile config, simulated throttling; performance = median of the runs shown)`,
		table(
			['page', 'performance', 'accessibility', 'best practices', 'SEO', 'perf runs', 'LCP', 'TBT', 'CLS'],
			report.lighthouse.map((result) =>
				result.status === 'ok'
					? [
							result.path,
							String(result.scores.performance ?? na),
							String(result.scores.accessibility ?? na),
							String(result.scores['best-practices'] ?? na),
							String(result.scores.seo ?? na),
							result.performanceRuns.join('/'),
							`${Math.round(result.metrics['largest-contentful-paint'] ?? Number.NaN)} ms`,
							`${Math.round(result.metrics['total-blocking-time'] ?? Number.NaN)} ms`,
							String(result.metrics['cumulative-layout-shift'] ?? na),
						]
					: [result.path, result.status, ...Array<string>(7).fill(na)],
			),
		),
	);
	const indexes = report.lighthouse.flatMap((result) => result.benchmarkIndex);
	const loads = report.lighthouse.flatMap((result) => result.loadAverage);
	if (indexes.length > 0) {
		sections.push(
			`  host CPU benchmarkIndex ${Math.min(...indexes)}–${Math.max(...indexes)} (Lighthouse's reference is ~1,000+;` +
				` lower means a slow or busy machine and pessimistic performance), load average ${Math.min(...loads)}–${Math.max(...loads)}` +
				` on ${cpus().length} cores`,
		);
	}
	for (const result of report.lighthouse) {
		for (const warning of result.warnings) sections.push(`  ${result.path} warning: ${warning}`);
		for (const [category, audits] of Object.entries(result.failing)) {
			sections.push(`  ${result.path} ${category} lost points on: ${audits.join(', ')}`);
		}
	}
} else if (report.lighthouse === 'skipped') {
	sections.push('Lighthouse: skipped');
} else {
	sections.push(`Lighthouse could not run: ${report.lighthouse.error}`);
}
sections.push(
	'',
	`Total bench time: ${seconds(performance.now() - startedAt)}; 1-minute load average at start` +
		` ${report.machine['loadAverageAtStart']}, at end ${Math.round(loadavg()[0]! * 10) / 10} (${cpus().length} cores)`,
);

console.log(sections.join('\n'));
await mkdir(join(options.out, '..'), { recursive: true });
await writeFile(options.out, `${JSON.stringify(report, null, '\t')}\n`);
console.log(`JSON: ${options.out}`);
