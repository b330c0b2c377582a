import { expect, test } from '@playwright/test';
import { articlePages, at } from './support/site.ts';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto(at('/leg-cramps/'));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// The next Tab goes into the article, not back to the header.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('keyboard focus runs through the header in reading order, with a visible ring', async ({ page }) => {
	await page.goto(at('/'));
	const order: string[] = [];
	for (let i = 0; i < 5; i += 1) {
		await page.keyboard.press('Tab');
		order.push(
			await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				return `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
			}),
		);
	}
	expect(order[0]).toBe('a:Skip to main content');
	expect(order[1]).toContain('Legs at Night');
	expect(order[2]).toContain('Dark theme');
	expect(order[3]).toMatch(/^input/);
	expect(order[4]).toBe('button:Search');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
	expect(outline).toBe('solid');
});

test('the theme choice persists across pages without a flash of the wrong theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	// Record the page background on the very first frame of every document.
	await page.addInitScript(() => {
		requestAnimationFrame(() => {
			(window as unknown as { firstFrameBg: string }).firstFrameBg = getComputedStyle(document.body).backgroundColor;
		});
	});
	await page.goto(at('/leg-cramps/'));
	const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(darkBg).not.toBe(lightBg);

	await page.goto(at('/about/'));
	await page.waitForFunction(() => 'firstFrameBg' in window);
	expect(await page.evaluate(() => (window as unknown as { firstFrameBg: string }).firstFrameBg)).toBe(darkBg);
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
});

test('the site follows the system dark setting until the reader chooses', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(at('/about/'));
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
});

for (const path of articlePages()) {
	test(`${path} prints black on white after the reader chose the dark theme, boxes too, with source addresses written out`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(at(path));
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const offenders: string[] = [];
			for (const element of document.body.querySelectorAll('*')) {
				if (!element.checkVisibility()) continue;
				const { color, backgroundColor } = getComputedStyle(element);
				const white = backgroundColor === 'rgba(0, 0, 0, 0)' || backgroundColor === 'rgb(255, 255, 255)';
				if (color !== 'rgb(0, 0, 0)' || !white) {
					offenders.push(`${element.tagName.toLowerCase()}.${element.className}: ${color} on ${backgroundColor}`);
				}
			}
			const body = getComputedStyle(document.body);
			const boxes = [...document.querySelectorAll('.care-card, .red-flags')].filter((box) =>
				box.checkVisibility(),
			).length;
			const sources = [...document.querySelectorAll('.sources a[href^="http"]')].map((link) => ({
				href: link.getAttribute('href') ?? '',
				after: getComputedStyle(link, '::after').content,
			}));
			return { offenders, body: `${body.color} on ${body.backgroundColor}`, boxes, sources };
		});
		expect(printed.body).toBe('rgb(0, 0, 0) on rgb(255, 255, 255)');
		expect(printed.offenders, 'printed in colour or on a coloured background').toEqual([]);
		expect(printed.boxes, 'the red-flag box or the care cards are printed').toBeGreaterThan(0);
		expect(printed.sources.length).toBeGreaterThanOrEqual(2);
		// Paper has no links: each source's address follows its title.
		for (const source of printed.sources) expect(source.after).toBe(`" (${source.href})"`);
	});
}
