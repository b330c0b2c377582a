/**
 * A content-addressed cache for share images. Rendering them (satori, then resvg) was most of the
 * build at scale (57 % of a 5,000-article build), yet a rebuild changes few of them: each PNG is
 * stored in Astro's cache folder under the key of everything that decides its pixels
 * (share-image.ts: shareImageKey), and an image whose key is stored is read back, not rendered.
 *
 * The src/build/integrations/share-image-cache.ts integration opens the cache at config time (it knows
 * Astro's resolved cacheDir), and at the end of a build reports how many images were rendered and
 * reused, and removes stored images the build no longer uses. The /og/ route runs from Astro's
 * bundle, a different copy of this module than the integration's, so the two share their state
 * through one globalThis entry rather than module variables. Node-only, like share-image.ts.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What one build did with the cache. */
export interface ShareImageCacheStats {
	/** Images rendered because their key was not stored. */
	rendered: number;
	/** Images read from the cache. */
	reused: number;
}

interface CacheState extends ShareImageCacheStats {
	/** The folder holding <key>.png files; undefined when no cache is open (unit tests, no integration). */
	dir: string | undefined;
	/** Keys this build asked for, so the rest can be removed when it ends. */
	used: Set<string>;
}

const STATE = Symbol.for('legs-at-night:share-image-cache');

function state(): CacheState {
	const global = globalThis as { [STATE]?: CacheState };
	global[STATE] ??= { dir: undefined, used: new Set(), rendered: 0, reused: 0 };
	return global[STATE];
}

/** Opens the cache in `dir` for this build, with fresh counts. */
export function openShareImageCache(dir: string): void {
	Object.assign(state(), { dir, used: new Set(), rendered: 0, reused: 0 });
}

/** How many images this build rendered and reused so far. */
export function shareImageCacheStats(): ShareImageCacheStats {
	const { rendered, reused } = state();
	return { rendered, reused };
}

/** A key is a lower-case hex digest: anything else must never become part of a file name. */
const KEY = /^[0-9a-f]{16,128}$/;

/**
 * The PNG stored under `key`, or else the result of `render()`, stored under it for next time.
 * Without an open cache it only renders. A failed read or write costs a render, never the build.
 */
export async function cachedShareImage(
	key: string,
	render: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
	if (!KEY.test(key)) throw new Error(`A share image cache key is a hex digest; got "${key}".`);
	const cache = state();
	cache.used.add(key);
	const file = cache.dir && join(cache.dir, `${key}.png`);
	if (file) {
		const stored = await readFile(file).catch(() => null);
		if (stored) {
			cache.reused += 1;
			return new Uint8Array(stored);
		}
	}
	const png = await render();
	cache.rendered += 1;
	if (cache.dir && file) {
		// Written aside, then renamed: a build stopped half-way never leaves a truncated PNG under a good key.
		const partial = `${file}.${process.pid}.partial`;
		try {
			await mkdir(cache.dir, { recursive: true });
			await writeFile(partial, png);
			await rename(partial, file);
		} catch {
			await rm(partial, { force: true });
		}
	}
	return png;
}

/** Removes the stored images this build did not ask for (old titles, an old font), so the cache cannot grow without end. */
export async function pruneShareImageCache(): Promise<number> {
	const { dir, used } = state();
	// A build that asked for no image (a failed or partial one) must not empty the cache.
	if (!dir || used.size === 0) return 0;
	const names = await readdir(dir).catch(() => [] as string[]);
	const stale = names.filter((name) => name.endsWith('.png') && !used.has(name.slice(0, -'.png'.length)));
	await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
	return stale.length;
}
