/**
 * A rebuild with unchanged content renders no share image: every one comes from the cache, byte for
 * byte the same. Changing one article's title renders that one image only, and the image it replaced
 * leaves the cache. Counts come from the build's own "share images: N rendered, M from the cache" line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, replaceOnce, withProjectCopy } from './support.ts';

/** The figures of the build's share image line. */
function shareImageLine(output: string): { rendered: number; reused: number; removed: number } {
	const match = /share images: (\d+) rendered, (\d+) from the cache(?: \((\d+) unused removed\))?/.exec(output);
	assert.ok(match, `the build reports its share images:\n${output.slice(-2000)}`);
	return { rendered: Number(match[1]), reused: Number(match[2]), removed: Number(match[3] ?? 0) };
}

/** Every built share image, by file name. */
function shareImages(dir: string): Map<string, Buffer> {
	const og = join(dir, 'dist/og');
	return new Map(readdirSync(og).map((name) => [name, readFileSync(join(og, name))]));
}

test('a second build renders no share image, and a changed title renders only its own', async () => {
	await withProjectCopy('share-image-cache', async ({ dir, run }) => {
		// astro build alone: the cache is Astro's business, the search index would only add time.
		const build = astroBuild;
		const cold = await run(build);
		assert.equal(cold.code, 0, cold.output.slice(-2000));
		const images = shareImages(dir);
		assert.ok(images.size >= 3, 'the site has share images');
		assert.deepEqual(shareImageLine(cold.output), { rendered: images.size, reused: 0, removed: 0 });

		const warm = await run(build);
		assert.equal(warm.code, 0, warm.output.slice(-2000));
		assert.deepEqual(shareImageLine(warm.output), { rendered: 0, reused: images.size, removed: 0 });
		assert.deepEqual(shareImages(dir), images, 'the cached images are the rendered ones');

		const article = join(dir, 'content/articles/leg-cramps.mdx');
		writeFileSync(
			article,
			replaceOnce(readFileSync(article, 'utf8'), 'title: Leg cramps at night', 'title: Leg cramps in the night'),
		);
		const edited = await run(build);
		assert.equal(edited.code, 0, edited.output.slice(-2000));
		assert.deepEqual(shareImageLine(edited.output), { rendered: 1, reused: images.size - 1, removed: 1 });
		const after = shareImages(dir);
		for (const [name, png] of images) {
			if (name === 'leg-cramps.png') assert.notDeepEqual(after.get(name), png, 'the new title is drawn');
			else assert.deepEqual(after.get(name), png, `${name} is unchanged`);
		}
		assert.equal(readdirSync(join(dir, '.cache/share-images')).length, images.size, 'one stored image per page');
	});
});
