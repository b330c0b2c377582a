/**
 * The build is complete and consistent: every published article is in the sitemap and in the
 * search index, and every picture has a text alternative. (Broken internal links and #fragments
 * already stop the build: src/integrations/link-check.ts, tested in tests/guards/.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { articlePages, outDir, readablePages } from './support/site.ts';

const articles = articlePages();

test('every published article is in the sitemap and in the search index, and the counts match', () => {
	const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
	const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
	const base = process.env['BASE_PATH'] ?? '/';
	for (const path of articles) expect(locs).toContain(`${base.replace(/\/$/, '')}${path}`);
	const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const indexed = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
	expect(indexed).toBe(articles.length);
	expect(articles.length).toBeGreaterThanOrEqual(5);
});

test('every image and illustration on every page has a text alternative', () => {
	for (const path of readablePages()) {
		const root = parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
		for (const img of root.querySelectorAll('img')) {
			expect(img.getAttribute('alt'), `${path}: ${img.getAttribute('src')}`).toBeDefined();
		}
		for (const svg of root.querySelectorAll('svg[role="img"]')) {
			const labelled = svg.getAttribute('aria-labelledby') ?? '';
			const title = labelled
				.split(/\s+/)
				.map((id) => root.getElementById(id)?.text.trim() ?? '')
				.join(' ');
			expect(title || svg.getAttribute('aria-label'), `${path}: an illustration without a name`).toBeTruthy();
		}
		for (const svg of root.querySelectorAll('svg:not([role="img"])')) {
			expect(svg.getAttribute('aria-hidden'), `${path}: a decorative icon is hidden from screen readers`).toBe('true');
		}
	}
});
