/**
 * Search quality, read the way a reader reads it: open /search/?q=…, wait for the results, take the
 * result links in order. Each query comes from ../shared/search-queries.json (the project's list)
 * or tests/e2e/search-queries.extra.json (our misspellings, synonyms and questions).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { repoRoot } from './support/site.ts';

// Pagefind compiles WebAssembly on first use; on a busy two-core machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

interface QueryCase {
	q: string;
	expect: string[];
	top1?: boolean;
	section?: string;
}

function load(file: string): QueryCase[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as { queries: QueryCase[] }).queries;
}

const suites = {
	shared: load(resolve(repoRoot, '../shared/search-queries.json')),
	extra: load(resolve(import.meta.dirname, 'search-queries.extra.json')),
};

const base = process.env['BASE_PATH'] ?? '/';

/** "/legs-at-night/leg-cramps/?highlight=x#a" → "/leg-cramps/". */
function sitePath(href: string): string {
	const { pathname } = new URL(href, 'http://localhost');
	const trimmed = base.replace(/\/$/, '');
	return trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname;
}

async function searchAsReader(page: Page, query: string) {
	await page.goto(`search/?q=${encodeURIComponent(query)}`);
	await expect(page.getByRole('status')).toContainText(/results? for/);
	const hits = page.locator('[data-search-results] > li');
	const paths = (
		await hits.locator('.search-hit__link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
	).map(sitePath);
	const firstSection = hits.first().locator('.search-hit__section').first();
	return { paths, firstSection };
}

for (const [suite, cases] of Object.entries(suites)) {
	test.describe(`search quality (${suite})`, () => {
		for (const item of cases) {
			test(`"${item.q}" finds ${item.expect.join(' or ')}`, async ({ page }) => {
				const { paths, firstSection } = await searchAsReader(page, item.q);
				const considered = item.top1 ? paths.slice(0, 1) : paths.slice(0, 3);
				expect(
					considered.some((path) => item.expect.includes(path)),
					`results in order: ${paths.join(', ') || '(none)'}`,
				).toBe(true);
				if (item.section) {
					await expect(firstSection).toContainText(new RegExp(item.section, 'i'));
					await expect(firstSection).toHaveAttribute('href', /#./);
				}
			});
		}
	});
}
