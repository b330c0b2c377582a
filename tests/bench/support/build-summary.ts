/** Cold and warm builds of one project, summarised: medians, peak memory, share images, output sizes. */
import { rm } from 'node:fs/promises';
import {
	buildSite,
	makeCacheDir,
	measureHtml,
	measureOutput,
	measurePagefind,
	type BuildRun,
	type HtmlSize,
	type PagefindBundle,
} from './build.ts';
import { median, mib, seconds } from './report.ts';

/** Medians and peaks of a set of builds of one kind (cold or warm). */
export interface BuildTimes {
	runs: BuildRun[];
	medianMs: number;
	medianAstroMs: number | null;
	medianPagefindMs: number | null;
	/** The highest peak memory of the runs (bytes), null where GNU time is missing. */
	peakRssBytes: number | null;
	/** Share images the runs rendered (the most any run did): every one cold, none warm when nothing changed. */
	shareImagesRendered: number | null;
}

export interface BuildSummary extends BuildTimes {
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
export async function benchBuild(
	cwd: string,
	outDir: string,
	runs: number,
	warmRuns: number,
	articles: number,
	log: (line: string) => void,
	label: string,
	/** Pages whose HTML size is reported. */
	htmlPages: readonly string[],
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
