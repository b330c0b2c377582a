/**
 * The 1200 × 630 picture chat apps show when someone shares a page: the page title, one sentence
 * of summary and the site name, in large high-contrast type so it stays readable as a thumbnail.
 * Built at build time with satori (layout to SVG) and resvg (SVG to PNG), with the Atkinson
 * Hyperlegible font from npm: nothing is fetched from the network.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, SITE_NAME, truncate } from '../lib/seo.ts';

export interface ShareImageText {
	/** The page title, at most 60 characters. */
	title: string;
	/** What the page offers, in one sentence (the page's meta description). */
	summary: string;
}

/** A satori element: the same shape as a React element, without React. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } & Record<
		string,
		unknown
	>;
}

const colours = { background: '#0a2f5c', title: '#ffffff', summary: '#dbe7f7', accent: '#ffd84d' };

/** The layout of the image as satori elements; exported so tests can check the text without rendering. */
export function shareImageTree({ title, summary }: ShareImageText): Node {
	const moon: Node = {
		type: 'svg',
		props: {
			width: 52,
			height: 52,
			viewBox: '4 4 24 24',
			children: { type: 'path', props: { d: 'M21 5a10 10 0 1 0 6 18A12 12 0 0 1 21 5Z', fill: colours.accent } },
		},
	};
	return {
		type: 'div',
		props: {
			style: {
				// satori sizes boxes as content-box unless told otherwise; the padding must sit inside 1200 × 630.
				boxSizing: 'border-box',
				width: SHARE_IMAGE_WIDTH,
				height: SHARE_IMAGE_HEIGHT,
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'space-between',
				padding: '56px 72px 52px',
				background: colours.background,
				borderBottom: `16px solid ${colours.accent}`,
				fontFamily: 'Atkinson Hyperlegible',
			},
			children: [
				{
					type: 'div',
					props: {
						style: { display: 'flex', flexDirection: 'column' },
						children: [
							{
								type: 'div',
								props: {
									style: { fontSize: 72, fontWeight: 700, lineHeight: 1.1, color: colours.title, lineClamp: 3 },
									children: title,
								},
							},
							{
								type: 'div',
								props: {
									style: { marginTop: 28, fontSize: 38, lineHeight: 1.3, color: colours.summary, lineClamp: 3 },
									// The page's description, which authors already write as one sentence for link previews; cut
									// (at a word) only past the 160 characters that fill the image's three lines.
									children: truncate(summary, 160),
								},
							},
						],
					},
				},
				{
					type: 'div',
					props: {
						style: { display: 'flex', alignItems: 'center', gap: 20 },
						children: [
							moon,
							{
								type: 'div',
								props: { style: { fontSize: 44, fontWeight: 700, color: colours.accent }, children: SITE_NAME },
							},
						],
					},
				},
			],
		},
	};
}

type FontWeight = 400 | 700;

/** One font as satori takes it. */
export interface ShareImageFont {
	name: string;
	data: Buffer;
	weight: FontWeight;
	style: 'normal';
}

let fonts: Promise<ShareImageFont[]> | undefined;

/** Resolves packages from the project root: during a build this module runs from a bundle in the output folder. */
function projectRequire(): NodeJS.Require {
	return createRequire(join(process.cwd(), 'package.json'));
}

/** Atkinson Hyperlegible, latin and latin-ext, regular and bold: .woff, because satori cannot read woff2. */
function loadFonts(): NonNullable<typeof fonts> {
	const require = projectRequire();
	fonts ??= Promise.all(
		(['latin', 'latin-ext'] as const).flatMap((subset) =>
			([400, 700] as const).map(async (weight) => ({
				name: 'Atkinson Hyperlegible',
				data: await readFile(
					require.resolve(
						`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`,
					),
				),
				weight,
				style: 'normal' as const,
			})),
		),
	);
	return fonts;
}

/**
 * Bump when renderShareImage draws differently in a way the tree, the fonts and the renderer
 * versions do not show (its resvg options, say), so that every cached image is rendered again.
 */
export const RENDER_REVISION = 1;

/** Everything that decides the pixels of one share image. */
export interface ShareImageInputs {
	/** The layout as shareImageTree() builds it: the text as shown (the summary already cut), colours, sizes. */
	tree: unknown;
	/** fontsDigest() of the fonts it is drawn with. */
	fonts: string;
	/** Versions of the packages that draw it, e.g. { satori: '0.63.2', '@resvg/resvg-js': '2.6.2' }. */
	renderers: Readonly<Record<string, string>>;
	/** RENDER_REVISION. */
	revision: number;
}

/** A digest of the fonts' names, weights, styles and bytes: a new font file is a new look. */
export function fontsDigest(list: readonly ShareImageFont[]): string {
	const hash = createHash('sha256');
	for (const font of list)
		hash.update(`${font.name}\0${font.weight}\0${font.style}\0${font.data.length}\0`).update(font.data);
	return hash.digest('hex');
}

/** The cache key of a share image: a SHA-256 of its inputs, so two images with one key are the same PNG. */
export function shareImageKey({ tree, fonts: fontDigest, renderers, revision }: ShareImageInputs): string {
	// Sorted renderer names: the key must not depend on the order a caller listed them in.
	const sorted = Object.fromEntries(Object.entries(renderers).sort(([a], [b]) => a.localeCompare(b)));
	return createHash('sha256')
		.update(JSON.stringify({ revision, renderers: sorted, fonts: fontDigest, tree }))
		.digest('hex');
}

let renderers: Record<string, string> | undefined;

/** The installed versions of satori and resvg: an upgrade may draw the same tree differently. */
function rendererVersions(): Record<string, string> {
	if (!renderers) {
		const require = projectRequire();
		renderers = Object.fromEntries(
			['satori', '@resvg/resvg-js'].map((name) => [
				name,
				(require(`${name}/package.json`) as { version: string }).version,
			]),
		);
	}
	return renderers;
}

let fontDigest: Promise<string> | undefined;

/** The inputs of the share image for `text` with this project's fonts and renderers (see shareImageKey). */
export async function shareImageInputs(text: ShareImageText): Promise<ShareImageInputs> {
	fontDigest ??= loadFonts().then(fontsDigest);
	return {
		tree: shareImageTree(text),
		fonts: await fontDigest,
		renderers: rendererVersions(),
		revision: RENDER_REVISION,
	};
}

/** Renders the share image as PNG bytes. */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(shareImageTree(text), {
		width: SHARE_IMAGE_WIDTH,
		height: SHARE_IMAGE_HEIGHT,
		fonts: await loadFonts(),
	});
	// A copy into a plain ArrayBuffer, which is what a Response body accepts (a Node Buffer may be pooled).
	return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
