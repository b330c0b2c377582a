/**
 * The share image cache: its key changes with everything that decides an image's pixels and with
 * nothing else, and the cache renders an image once, then reads it back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	fontsDigest,
	RENDER_REVISION,
	shareImageInputs,
	shareImageKey,
	shareImageTree,
	type ShareImageFont,
	type ShareImageInputs,
} from '../../../src/build/share-image.ts';
import {
	cachedShareImage,
	openShareImageCache,
	pruneShareImageCache,
	shareImageCacheStats,
} from '../../../src/build/share-image-cache.ts';

const text = { title: 'Leg cramps at night', summary: 'How to stretch out a cramp, and when to see a doctor.' };
const font = (data: string): ShareImageFont => ({
	name: 'Atkinson Hyperlegible',
	data: Buffer.from(data),
	weight: 400,
	style: 'normal',
});
const inputs = (change: Partial<ShareImageInputs> = {}): ShareImageInputs => ({
	tree: shareImageTree(text),
	fonts: fontsDigest([font('font bytes')]),
	renderers: { satori: '0.63.2', '@resvg/resvg-js': '2.6.2' },
	revision: RENDER_REVISION,
	...change,
});

test('the key is a SHA-256 in hex and the same for the same image', () => {
	assert.match(shareImageKey(inputs()), /^[0-9a-f]{64}$/);
	assert.equal(shareImageKey(inputs()), shareImageKey(inputs()));
	// The order the renderers are listed in is not part of the image.
	assert.equal(
		shareImageKey(inputs({ renderers: { '@resvg/resvg-js': '2.6.2', satori: '0.63.2' } })),
		shareImageKey(inputs()),
	);
});

test('the key changes with the title, the summary, the colours, the fonts, a renderer and the revision', () => {
	const base = shareImageKey(inputs());
	const recoloured = JSON.parse(JSON.stringify(shareImageTree(text)).replace('#0a2f5c', '#000000')) as unknown;
	const changed = {
		title: inputs({ tree: shareImageTree({ ...text, title: 'Leg cramps in the night' }) }),
		summary: inputs({ tree: shareImageTree({ ...text, summary: 'How to stretch out a cramp.' }) }),
		colour: inputs({ tree: recoloured }),
		'font bytes': inputs({ fonts: fontsDigest([font('other font bytes')]) }),
		'font weight': inputs({ fonts: fontsDigest([{ ...font('font bytes'), weight: 700 }]) }),
		satori: inputs({ renderers: { satori: '0.64.0', '@resvg/resvg-js': '2.6.2' } }),
		resvg: inputs({ renderers: { satori: '0.63.2', '@resvg/resvg-js': '2.7.0' } }),
		revision: inputs({ revision: RENDER_REVISION + 1 }),
	};
	assert.notEqual(JSON.stringify(recoloured), JSON.stringify(shareImageTree(text)), 'the tree holds the colour');
	for (const [what, changedInputs] of Object.entries(changed)) {
		assert.notEqual(shareImageKey(changedInputs), base, `a new ${what} is a new image`);
	}
});

test('a summary cut at the same word gives the same key: the key follows what the image shows', () => {
	const long = `${'Stretch your calf and hold it. '.repeat(6)}`;
	const longer = `${long}This sentence is past the cut and never drawn.`;
	assert.equal(
		shareImageKey(inputs({ tree: shareImageTree({ ...text, summary: long }) })),
		shareImageKey(inputs({ tree: shareImageTree({ ...text, summary: longer }) })),
	);
});

test('this project’s inputs carry the installed renderer versions and the real fonts', async () => {
	const real = await shareImageInputs(text);
	assert.match(real.renderers['satori'] ?? '', /^\d+\.\d+\.\d+/);
	assert.match(real.renderers['@resvg/resvg-js'] ?? '', /^\d+\.\d+\.\d+/);
	assert.match(real.fonts, /^[0-9a-f]{64}$/);
	assert.equal(shareImageKey(real), shareImageKey(await shareImageInputs({ ...text })));
	assert.notEqual(shareImageKey(real), shareImageKey(await shareImageInputs({ ...text, title: 'Restless legs' })));
});

test('the cache renders an image once, reads it back after, and prunes what a build did not use', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'share-image-cache-'));
	try {
		const key = shareImageKey(inputs());
		let renders = 0;
		const render = async () => {
			renders += 1;
			return new Uint8Array([0x89, 0x50, 0x4e, 0x47, renders]);
		};
		openShareImageCache(dir);
		const stale = `${'0'.repeat(64)}.png`;
		await writeFile(join(dir, stale), 'an image of an older build');
		const first = await cachedShareImage(key, render);
		const second = await cachedShareImage(key, render);
		assert.equal(renders, 1, 'rendered once');
		assert.deepEqual([...second], [...first], 'the same bytes come back');
		assert.deepEqual(shareImageCacheStats(), { rendered: 1, reused: 1 });

		// The next build starts from fresh counts and reads the stored image without rendering.
		openShareImageCache(dir);
		await cachedShareImage(key, render);
		assert.equal(renders, 1);
		assert.deepEqual(shareImageCacheStats(), { rendered: 0, reused: 1 });
		assert.equal(await pruneShareImageCache(), 1);
		assert.deepEqual(await readdir(dir), [`${key}.png`]);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});

test('a key that is not a hex digest never becomes a file name', async () => {
	openShareImageCache(tmpdir());
	await assert.rejects(
		cachedShareImage('../../etc/passwd', async () => new Uint8Array()),
		/hex digest/,
	);
});
