/**
 * Size budgets, measured as a reader's browser loads each page from the gzip server. The peer
 * (Starlight with Pagefind, same articles) weighs 53.8 KB in 10 requests, 31.9 KB of it JavaScript.
 */
import { expect, test } from '@playwright/test';
import { at, articlePages } from './support/site.ts';
import { recordLoad, sum } from './support/transfer.ts';

const KB = 1024;

for (const path of articlePages()) {
	test(`${path} stays within the article budget: ≤ 25 KB, ≤ 6 requests, ≤ 3 KB of JavaScript`, async ({ page }) => {
		const transfers = await recordLoad(page, at(path));
		const detail = transfers.map((t) => `${t.type} ${t.bytes} ${t.url}`).join('\n');
		expect(sum(transfers), detail).toBeLessThanOrEqual(25 * KB);
		expect(transfers.length, detail).toBeLessThanOrEqual(6);
		expect(sum(transfers, 'script'), detail).toBeLessThanOrEqual(3 * KB);
		expect(transfers.filter((t) => t.type === 'font' || /\.(woff2?|ttf|otf)$/.test(t.url))).toEqual([]);
		expect(
			transfers.filter((t) => t.url.includes('/pagefind/')),
			'no search code before searching',
		).toEqual([]);
	});
}

test('/embed/compare/ stays within 20 KB', async ({ page }) => {
	const transfers = await recordLoad(page, at('/embed/compare/'));
	expect(sum(transfers), transfers.map((t) => `${t.type} ${t.bytes} ${t.url}`).join('\n')).toBeLessThanOrEqual(20 * KB);
});
