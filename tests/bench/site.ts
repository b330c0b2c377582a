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
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createScaleCopy, publishedArticleIds } from './generate-articles.ts';
import { benchBuild } from './support/build-summary.ts';
import { runLighthouse } from './support/lighthouse.ts';
import { measurePage, type PageLoad } from './support/page-load.ts';
import { seconds } from './support/report.ts';
import { freePort, launchChromium, projectRoot, startServer, type StaticServer } from './support/server.ts';
import { formatReport, growthOf, type SiteBench } from './support/site-report.ts';

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

const report: SiteBench = {
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
				htmlPages,
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
					htmlPages,
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

const growth = growthOf(report);
if (growth) report.growth = growth;
console.log(formatReport(report, htmlPages, startedAt));

await mkdir(join(options.out, '..'), { recursive: true });
await writeFile(options.out, `${JSON.stringify(report, null, '\t')}\n`);
console.log(`JSON: ${options.out}`);
