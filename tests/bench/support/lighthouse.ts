/** Lighthouse (default mobile config) on the reader-facing pages: scores, lab metrics and why points were lost. */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { PageLoad } from './page-load.ts';
import { median } from './report.ts';
import { chromiumArgs, debianChromium } from './server.ts';

/** Lighthouse covers the reader-facing pages (the embed is measured by size only). */
const lighthousePages = ['home', 'article', 'compare', 'search'] as const;
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
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
export async function runLighthouse(
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
