import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	buildRobots,
	buildSeoHead,
	buildSitemap,
	DEFAULT_SHARE_IMAGE,
	metaDescription,
	pageTitle,
	shareImageAlt,
	shareImageFor,
	shareImagePath,
	truncate,
} from '../../../src/lib/seo.ts';
import { joinBase } from '../../../src/lib/urls.ts';
import { shareImageTree, renderShareImage } from '../../../src/build/share-image.ts';

const root = resolve(import.meta.dirname, '../../..');
const absolute = (path: string) => new URL(joinBase('/legs-at-night/', path), 'https://example.org').href;

test('pageTitle appends the site name only when the whole title fits in 60 characters', () => {
	assert.equal(pageTitle('Leg cramps at night'), 'Leg cramps at night | Legs at Night');
	const long = 'Restless legs syndrome: the urge to move your legs';
	assert.equal(pageTitle(long), long);
	assert.ok(pageTitle('x '.repeat(50)).length <= 60);
	assert.equal(pageTitle('Legs at Night'), 'Legs at Night');
});

test('truncate cuts at a word and marks the cut; metaDescription keeps 160 characters', () => {
	assert.equal(truncate('short enough', 20), 'short enough');
	assert.equal(truncate('one two three four five', 14), 'one two three…');
	const description = 'word '.repeat(60);
	assert.ok(metaDescription(description).length <= 160);
	assert.ok(metaDescription(description).endsWith('…'));
});

test('share images: articles by id, /compare/ its own, every other page the site image', () => {
	assert.equal(shareImagePath('leg-cramps'), '/og/leg-cramps.png');
	assert.equal(shareImageFor('/compare/'), '/og/compare.png');
	assert.equal(shareImageFor('/about/'), DEFAULT_SHARE_IMAGE);
	assert.equal(shareImageFor('/leg-cramps/', '/og/leg-cramps.png'), '/og/leg-cramps.png');
	assert.equal(DEFAULT_SHARE_IMAGE, '/og/site.png');
});

test('the share image route lives at the path shareImagePath gives, so every image URL it makes is drawn', () => {
	// The route's file name is the other half of the path: moving one without the other would give
	// every page an og:image that answers 404.
	const route = join(root, 'src/pages', `${shareImagePath('[slug]')}.ts`);
	assert.ok(existsSync(route), `expected the share image route at ${route}`);
});

test('buildSeoHead gives absolute canonical and preview URLs under the base path', () => {
	const head = buildSeoHead(
		{
			title: 'Leg cramps at night',
			description: 'How to stretch out a cramp.',
			path: '/leg-cramps/',
			type: 'article',
			image: '/og/leg-cramps.png',
			imageAlt: 'Leg cramps at night',
			modified: new Date('2026-11-23'),
		},
		absolute,
	);
	const meta = new Map(head.meta.map((tag) => [tag.key, tag]));
	assert.equal(head.canonical, 'https://example.org/legs-at-night/leg-cramps/');
	assert.equal(meta.get('og:url')?.content, head.canonical);
	assert.equal(meta.get('og:image')?.content, 'https://example.org/legs-at-night/og/leg-cramps.png');
	assert.equal(meta.get('og:image')?.attribute, 'property');
	assert.equal(meta.get('og:image:width')?.content, '1200');
	assert.equal(meta.get('og:image:height')?.content, '630');
	assert.equal(meta.get('og:image:alt')?.content, 'Leg cramps at night');
	assert.equal(meta.get('og:type')?.content, 'article');
	assert.equal(meta.get('og:locale')?.content, 'en_GB');
	assert.equal(meta.get('og:site_name')?.content, 'Legs at Night');
	assert.equal(meta.get('twitter:card')?.content, 'summary_large_image');
	assert.equal(meta.get('twitter:card')?.attribute, 'name');
	assert.equal(meta.get('article:modified_time')?.content, '2026-11-23');
	assert.equal(meta.get('description')?.content, 'How to stretch out a cramp.');
});

test('a page that is not an article is a "website" without article dates', () => {
	const head = buildSeoHead(
		{
			title: 'About',
			description: 'About us.',
			path: '/about/',
			type: 'website',
			image: '/og/site.png',
			imageAlt: 'x',
		},
		absolute,
	);
	assert.equal(head.meta.find((tag) => tag.key === 'og:type')?.content, 'website');
	assert.equal(
		head.meta.some((tag) => tag.key.startsWith('article:')),
		false,
	);
});

test('buildSitemap lists absolute URLs sorted, with lastmod as a date, escaped', () => {
	const xml = buildSitemap([
		{ loc: 'https://example.org/b/', lastmod: new Date('2026-11-23') },
		{ loc: 'https://example.org/a/?x=1&y=2' },
	]);
	assert.match(
		xml,
		/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
	);
	assert.ok(xml.indexOf('/a/') < xml.indexOf('/b/'));
	assert.match(xml, /<loc>https:\/\/example.org\/a\/\?x=1&#38;y=2<\/loc><\/url>/);
	assert.match(xml, /<loc>https:\/\/example.org\/b\/<\/loc><lastmod>2026-11-23<\/lastmod>/);
});

test('buildRobots names the sitemap by its absolute URL', () => {
	assert.match(
		buildRobots('https://example.org/sub/sitemap.xml'),
		/^Sitemap: https:\/\/example.org\/sub\/sitemap.xml$/m,
	);
	assert.match(buildRobots('https://example.org/sitemap.xml'), /^User-agent: \*$/m);
});

test('the share image shows the title, the summary and the site name', () => {
	const text = JSON.stringify(shareImageTree({ title: 'Leg cramps at night', summary: 'How to stretch out a cramp.' }));
	for (const expected of ['Leg cramps at night', 'How to stretch out a cramp.', 'Legs at Night']) {
		assert.ok(text.includes(expected), `missing ${expected}`);
	}
});

test('the share image renders as a 1200 × 630 PNG with the bundled font', async () => {
	const png = Buffer.from(
		await renderShareImage({ title: 'Leg cramps at night', summary: 'How to stretch out a cramp.' }),
	);
	assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	assert.equal(png.readUInt32BE(16), 1200);
	assert.equal(png.readUInt32BE(20), 630);
});

test('shareImageAlt names the page and the site in one natural phrase, never a double colon', () => {
	assert.equal(
		shareImageAlt('Warning signs: when to see a doctor'),
		'Warning signs: when to see a doctor, from Legs at Night',
	);
	assert.equal(shareImageAlt('Leg cramps at night'), 'Leg cramps at night, from Legs at Night');
	assert.equal(shareImageAlt('Why do my legs hurt at night?'), 'Why do my legs hurt at night? From Legs at Night');
	assert.equal(shareImageAlt('About Legs at Night'), 'About Legs at Night');
	assert.equal(shareImageAlt('Legs at Night'), 'Legs at Night');
	assert.equal(shareImageAlt('  Trailing colon:  '), 'Trailing colon, from Legs at Night');
	for (const title of ['Warning signs: when to see a doctor', 'Page not found', 'Search']) {
		assert.doesNotMatch(shareImageAlt(title), /:.*:/, title);
	}
});
