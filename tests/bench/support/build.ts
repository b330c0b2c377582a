/**
 * Runs the project's own `npm run build` (astro build + pagefind) into a throw-away output
 * directory, timing it and, where GNU time is installed, measuring its peak memory. A run is cold
 * (a fresh, empty Astro cache, as on CI) unless it is handed the cache of an earlier build: then it
 * is warm, as an editor's second build is (the share images come from the cache).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one build cost and produced. */
export interface BuildRun {
	/** Wall time of the whole `npm run build`, in ms. */
	totalMs: number;
	/** Astro's own "N page(s) built in Xs" figure, in ms, when it printed one. */
	astroMs: number | null;
	/** Pagefind's "Finished in X seconds" figure, in ms, when it printed one. */
	pagefindMs: number | null;
	/** Pages Astro built. */
	pages: number | null;
	/** Pages and words Pagefind indexed. */
	indexedPages: number | null;
	indexedWords: number | null;
	/** Share images rendered and read from the cache, from the build's "share images: …" line. */
	shareImagesRendered: number | null;
	shareImagesReused: number | null;
	/**
	 * Peak resident memory of the build's largest process (the astro build), in bytes, from GNU
	 * time's "Maximum resident set size"; null where /usr/bin/time is missing. That is the figure
	 * that meets Node's heap limit as articles are added.
	 */
	peakRssBytes: number | null;
	/** True when the run started from an earlier build's cache. */
	warm: boolean;
}

/** GNU time: its -v report gives the peak memory of the process tree it waited for. */
const gnuTime = '/usr/bin/time';

function figure(log: string, pattern: RegExp): number | null {
	const match = pattern.exec(log);
	return match ? Number(match[1]) : null;
}

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g');

/** Astro's "N page(s) built in 950ms | 12.34s | 2m 5s", in ms. */
function astroTime(log: string): number | null {
	const match = /page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(log);
	if (!match) return null;
	const minutes = Number(match[1] ?? 0);
	const value = Number(match[2]);
	return minutes * 60_000 + (match[3] === 'ms' ? value : value * 1000);
}

/** How to run one build. */
export interface BuildOptions {
	/** More environment for the build. */
	env?: Record<string, string>;
	/**
	 * The Astro cache to build with, kept afterwards (a warm run, or a cold run whose cache the next
	 * run reuses). Without it the run gets a fresh cache of its own, deleted afterwards.
	 */
	cacheDir?: string;
	/** Reported as BuildRun.warm: the caller knows whether `cacheDir` already holds a build. */
	warm?: boolean;
}

/** Makes an empty Astro cache directory for a build; the caller deletes it. */
export function makeCacheDir(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'bench-astro-cache-'));
}

/**
 * Builds the project in `cwd` into `outDir`. Throws with the end of the log when the build fails,
 * so a broken article or page is reported as such rather than as a strange figure.
 */
export async function buildSite(cwd: string, outDir: string, options: BuildOptions = {}): Promise<BuildRun> {
	await rm(outDir, { recursive: true, force: true });
	const ownCache = options.cacheDir === undefined;
	const cacheDir = options.cacheDir ?? (await makeCacheDir());
	const extraEnv = options.env ?? {};
	const env = {
		...process.env,
		...extraEnv,
		OUT_DIR: outDir,
		ASTRO_CACHE_DIR: cacheDir,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	// GNU time writes its report to a file of its own, so a build's output can never be mistaken for it.
	const timeReport = existsSync(gnuTime) ? join(cacheDir, `time-${Date.now()}.txt`) : null;
	const [command, ...args] = timeReport
		? [gnuTime, '-v', '-o', timeReport, 'npm', 'run', 'build']
		: ['npm', 'run', 'build'];
	const started = performance.now();
	const { code, log: rawLog } = await new Promise<{ code: number | null; log: string }>((done, fail) => {
		const child = spawn(command!, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', fail);
		child.once('close', (exitCode) => done({ code: exitCode, log: output }));
	});
	const totalMs = performance.now() - started;
	// Colour codes, if a tool prints them, would split the figures the regexes read.
	const log = rawLog.replaceAll(ansiColour, '');
	const time = timeReport ? await readFile(timeReport, 'utf8').catch(() => '') : '';
	if (timeReport) await rm(timeReport, { force: true });
	if (ownCache) await rm(cacheDir, { recursive: true, force: true });
	const peakKib = figure(time, /Maximum resident set size \(kbytes\): (\d+)/);
	if (code !== 0) {
		const logFile = join(tmpdir(), `bench-build-failed-${Date.now()}.log`);
		await writeFile(logFile, log);
		const tail = log.split('\n').slice(-25).join('\n');
		throw new Error(`npm run build failed in ${cwd} (exit ${code}); full log: ${logFile}\n${tail}`);
	}
	// The search-index integration's line: "Indexed 1006 pages in 3.41 s; 5120 words in 27 vocabulary parts."
	const pagefindSeconds = figure(log, /Indexed \d+ pages? in ([\d.]+) s/);
	return {
		totalMs,
		astroMs: astroTime(log),
		pagefindMs: pagefindSeconds === null ? null : pagefindSeconds * 1000,
		pages: figure(log, /(\d+) page\(s\) built/),
		indexedPages: figure(log, /Indexed (\d+) pages?/),
		indexedWords: figure(log, /; (\d+) words in \d+ vocabulary parts/),
		shareImagesRendered: figure(log, /share images: (\d+) rendered/),
		shareImagesReused: figure(log, /share images: \d+ rendered, (\d+) from the cache/),
		peakRssBytes: peakKib === null ? null : peakKib * 1024,
		warm: options.warm ?? false,
	};
}

/** Size of a built search bundle: what a reader may download, and how the index is split. */
export interface PagefindBundle {
	totalBytes: number;
	files: number;
	/** Word index chunks (pagefind/index/*.pf_index). */
	indexFiles: number;
	indexBytes: number;
	/** One per page: its excerpt and metadata (pagefind/fragment/*.pf_fragment). */
	fragmentFiles: number;
	fragmentBytes: number;
	/** The rest: entry JSON, metadata, WebAssembly, scripts, styles, filters. */
	otherBytes: number;
}

async function walk(dir: string): Promise<{ path: string; bytes: number }[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map(async (entry) => {
				const path = join(entry.parentPath, entry.name);
				return { path, bytes: (await stat(path)).size };
			}),
	);
}

/** Measures OUT_DIR/pagefind/ on disk (Pagefind's index and fragment files are already compressed). */
export async function measurePagefind(outDir: string): Promise<PagefindBundle | null> {
	const files = await walk(join(outDir, 'pagefind')).catch(() => null);
	if (!files) return null;
	const index = files.filter((file) => file.path.endsWith('.pf_index'));
	const fragments = files.filter((file) => file.path.endsWith('.pf_fragment'));
	const sum = (list: typeof files): number => list.reduce((total, file) => total + file.bytes, 0);
	return {
		totalBytes: sum(files),
		files: files.length,
		indexFiles: index.length,
		indexBytes: sum(index),
		fragmentFiles: fragments.length,
		fragmentBytes: sum(fragments),
		otherBytes: sum(files) - sum(index) - sum(fragments),
	};
}

/** Total bytes and HTML page count of a build output. */
export async function measureOutput(outDir: string): Promise<{ bytes: number; htmlFiles: number }> {
	const files = await walk(outDir);
	return {
		bytes: files.reduce((total, file) => total + file.bytes, 0),
		htmlFiles: files.filter((file) => file.path.endsWith('.html')).length,
	};
}

/** Raw and gzip (level 9, as src/cli/serve.ts sends it) size of one built page. */
export interface HtmlSize {
	raw: number;
	gzip: number;
}

/**
 * Sizes of the HTML of the given site paths ('/', '/search/'…, or '404.html'), null when missing.
 * A page that lists every article (/a-z/) grows with the content; this shows by how much, and that
 * the others do not.
 */
export async function measureHtml(outDir: string, paths: readonly string[]): Promise<Record<string, HtmlSize | null>> {
	const sizes: Record<string, HtmlSize | null> = {};
	for (const path of paths) {
		const file = path.endsWith('.html') ? join(outDir, path) : join(outDir, path, 'index.html');
		const body = await readFile(file).catch(() => null);
		sizes[path] = body ? { raw: body.length, gzip: gzipSync(body, { level: 9 }).length } : null;
	}
	return sizes;
}
