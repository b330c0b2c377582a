/**
 * Build step for the share image cache (src/build/share-image-cache.ts): opens it in Astro's cache
 * folder (cacheDir, which ASTRO_CACHE_DIR sets; node_modules/.astro by default), and when the
 * build is done logs one line, "share images: N rendered, M from the cache", which the tests and
 * the benchmark read, then removes stored images this build no longer uses.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openShareImageCache, pruneShareImageCache, shareImageCacheStats } from '../share-image-cache.ts';

/** The folder under Astro's cacheDir that holds the share images. */
export const SHARE_IMAGE_CACHE_FOLDER = 'share-images/';

export default function shareImageCache(): AstroIntegration {
	return {
		name: 'legs-at-night:share-image-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				// As a folder URL (trailing slash), or the last part of the path would be replaced, not extended.
				const cacheDir = config.cacheDir.href.endsWith('/') ? config.cacheDir : new URL(`${config.cacheDir.href}/`);
				openShareImageCache(fileURLToPath(new URL(SHARE_IMAGE_CACHE_FOLDER, cacheDir)));
			},
			'astro:build:done': async ({ logger }) => {
				const { rendered, reused } = shareImageCacheStats();
				const removed = await pruneShareImageCache();
				logger.info(
					`share images: ${rendered} rendered, ${reused} from the cache` +
						(removed > 0 ? ` (${removed} unused removed)` : ''),
				);
			},
		},
	};
}
