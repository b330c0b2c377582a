/** The text report of `npm run bench`: growth ratios between the site and the scale copy, and the tables. */
import { cpus, loadavg } from 'node:os';
import type { HtmlSize } from './build.ts';
import type { BuildSummary, BuildTimes } from './build-summary.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageLoad } from './page-load.ts';
import { kib, mib, seconds, table } from './report.ts';

export interface SiteBench {
	generatedAt: string;
	machine: Record<string, string | number>;
	notes: string[];
	site: BuildSummary | { error: string };
	pages: PageLoad[] | { error: string };
	lighthouse: LighthouseResult[] | { error: string } | 'skipped';
	scale: BuildSummary | { error: string } | 'skipped';
	growth?: Record<string, number | null>;
}

/** How the scale copy compares with the site: ratios and per-article costs; undefined unless both built. */
export function growthOf(report: SiteBench): Record<string, number | null> | undefined {
	const site = 'error' in report.site ? null : report.site;
	const scale = typeof report.scale === 'object' && !('error' in report.scale) ? report.scale : null;
	if (!site || !scale) return undefined;
	const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
		a && b ? Math.round((b / a) * 100) / 100 : null;
	const extra = scale.articles - site.articles;
	return {
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

/** The tables `npm run bench` prints. */
export function formatReport(report: SiteBench, htmlPages: readonly string[], startedAt: number): string {
	const site = 'error' in report.site ? null : report.site;
	const scale = typeof report.scale === 'object' && !('error' in report.scale) ? report.scale : null;
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
	return sections.join('\n');
}
