/**
 * Search quality, read the way a reader reads it: type the query into the real /search/ page, wait
 * for the results, take the result links in order. Each query comes from ../shared/search-queries.json
 * (the project's list) or tests/e2e/search-queries.extra.json (ours, written the way readers type).
 *
 * One page serves every query: loading /search/ and Pagefind afresh 150 times would spend most of
 * the run on page loads, not on search. Each query is typed into the box (the same code path as
 * ?q= on load), and the result is read once the live region names that query.
 *
 * Reported: top-1 and top-3 rates for the whole set and for the held-out third (queries chosen
 * before tuning and never tuned against). Asserted: top-1 ≥ 95 % and top-3 = 100 % on the whole
 * set, and every query marked top1 outside the held-out third has an expected page first (and its section).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
	heldOut?: boolean;
	kind?: string;
}

interface Outcome {
	item: QueryCase;
	suite: string;
	paths: string[];
	section: { text: string; href: string } | undefined;
}

function load(file: string): QueryCase[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as { queries: QueryCase[] }).queries;
}

const cases = [
	...load(resolve(repoRoot, '../shared/search-queries.json')).map((item) => ({ item, suite: 'shared' })),
	...load(resolve(import.meta.dirname, 'search-queries.extra.json')).map((item) => ({ item, suite: 'extra' })),
];

const base = process.env['BASE_PATH'] ?? '/';

/** "/legs-at-night/leg-cramps/?highlight=x#a" → "/leg-cramps/". */
function sitePath(href: string): string {
	const { pathname } = new URL(href, 'http://localhost');
	const trimmed = base.replace(/\/$/, '');
	return trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname;
}

/** The query as the page shows it in its live region (search-query.ts normaliseQuery, in short). */
function shown(query: string): string {
	return query.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

async function searchAsReader(page: Page, query: string): Promise<Pick<Outcome, 'paths' | 'section'>> {
	const box = page.locator('search-page input[data-search-input]');
	await box.fill(query);
	// "… for “q”." or, when a word was corrected, "… You typed “q”.": the answer to this query, not the last.
	const escaped = shown(query).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`(?:for|You typed) “${escaped}”\\.$`));
	return page
		.locator('[data-search-results]')
		.evaluate((list) => {
			const hits = [...list.querySelectorAll(':scope > li')];
			const paths = hits.map((hit) => hit.querySelector('.search-hit__link')?.getAttribute('href') ?? '');
			const first = hits[0]?.querySelector('.search-hit__section');
			const section = first ? { text: first.textContent ?? '', href: first.getAttribute('href') ?? '' } : undefined;
			return { paths, section };
		})
		.then(({ paths, section }) => ({ paths: paths.map(sitePath), section }));
}

const inTop = (outcome: Outcome, n: number) =>
	outcome.paths.slice(0, n).some((path) => outcome.item.expect.includes(path));

function sectionOk(outcome: Outcome): boolean {
	const wanted = outcome.item.section;
	if (!wanted) return true;
	return Boolean(
		outcome.section && new RegExp(wanted, 'i').test(outcome.section.text) && /#./.test(outcome.section.href),
	);
}

/** "top-1 97.3 % (144/148), top-3 100.0 % (148/148)". */
function rates(outcomes: readonly Outcome[]): { top1: number; top3: number; text: string } {
	const top1 = outcomes.filter((outcome) => inTop(outcome, 1)).length;
	const top3 = outcomes.filter((outcome) => inTop(outcome, 3)).length;
	const percent = (count: number) => `${((100 * count) / Math.max(1, outcomes.length)).toFixed(1)} %`;
	return {
		top1: top1 / Math.max(1, outcomes.length),
		top3: top3 / Math.max(1, outcomes.length),
		text: `top-1 ${percent(top1)} (${top1}/${outcomes.length}), top-3 ${percent(top3)} (${top3}/${outcomes.length})`,
	};
}

test(`search quality: ${cases.length} lay queries through the real /search/ page`, async ({ page }, testInfo) => {
	test.setTimeout(300_000);
	await page.goto('search/');
	const outcomes: Outcome[] = [];
	for (const { item, suite } of cases) outcomes.push({ item, suite, ...(await searchAsReader(page, item.q)) });

	const whole = rates(outcomes);
	const heldOut = rates(outcomes.filter((outcome) => outcome.item.heldOut));
	const tuned = rates(outcomes.filter((outcome) => !outcome.item.heldOut));
	const misses = outcomes.filter((outcome) => !inTop(outcome, 1) || !sectionOk(outcome));
	const report = [
		`Search quality, whole set:    ${whole.text}`,
		`Search quality, held-out set: ${heldOut.text}`,
		`Search quality, the rest:     ${tuned.text}`,
		...misses.map(
			(miss) =>
				`  ${!inTop(miss, 3) ? 'MISSED   ' : inTop(miss, 1) ? 'section  ' : 'not first'} "${miss.item.q}"${miss.item.heldOut ? ' (held out)' : ''}: ` +
				`want ${miss.item.expect.join(' or ')}${miss.item.section ? ` §${miss.item.section}` : ''}, ` +
				`got ${miss.paths.slice(0, 3).join(', ') || '(none)'}${miss.section ? ` §${miss.section.text}` : ''}`,
		),
	].join('\n');
	console.log(report);
	await testInfo.attach('search-quality.txt', { body: report, contentType: 'text/plain' });
	// A file too, for the benchmark notes and for reading after a run.
	mkdirSync(resolve(repoRoot, 'tests/.results'), { recursive: true });
	writeFileSync(resolve(repoRoot, 'tests/.results/search-quality.txt'), `${report}\n`);

	// Every case that must be first, is (and its section is the first link when one is named). The
	// held-out third is measured, not enforced query by query: fixing its misses one by one would be
	// tuning against it. Every query, held out or not, must find its page in the top three.
	for (const outcome of outcomes) {
		const where = `"${outcome.item.q}" (${outcome.suite}): results ${outcome.paths.join(', ') || '(none)'}`;
		const enforced = !outcome.item.heldOut;
		if (outcome.item.top1 && enforced)
			expect.soft(inTop(outcome, 1), `${where}; want first ${outcome.item.expect.join(' or ')}`).toBe(true);
		expect.soft(inTop(outcome, 3), `${where}; want in the top three ${outcome.item.expect.join(' or ')}`).toBe(true);
		if (outcome.item.section && enforced)
			expect.soft(sectionOk(outcome), `${where}; first section ${outcome.section?.text ?? '(none)'}`).toBe(true);
	}
	// The target, 95 % first, is reached (93.9 % at first, the misses all held out; 94.6 % once A&E
	// was read as "emergency"; 96.8 % on 188 queries once worry words and spelling guesses stopped
	// deciding the page), so a change that makes search worse fails here. Raise it as search improves.
	expect(whole.top1, report).toBeGreaterThanOrEqual(0.95);
	expect(whole.top3, report).toBe(1);
});
