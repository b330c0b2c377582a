/** Urgent signs must be impossible to miss: visible on a phone before any scrolling. */
import { expect, test, type Page } from '@playwright/test';
import { at } from './support/site.ts';

/**
 * A common phone (390 × 844), where the whole red-flag box must be on the first screen, and smaller
 * ones still in use (360 × 640, and 320 × 568, the first iPhone SE). There the box (three signs,
 * about 500 px) is taller than what the header and the title leave, so its heading, the first level's
 * action and its first, most urgent sign must be on the first screen. The emergency card on
 * /warning-signs/ lists six signs: its heading and first sign must be on the first screen everywhere.
 */
const phones = [
	{ width: 390, height: 844, whole: true },
	{ width: 360, height: 640, whole: false },
	{ width: 320, height: 568, whole: false },
] as const;
const sizes = phones.map(({ width, height }) => `${width} × ${height}`).join(', ');

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * Runs `check` at each phone size on one loaded page. A resize reflows the page as a load at that
 * size lays it out (the layout is CSS alone), and the page stays at its top, as a fresh load is: one
 * load per page instead of one per size.
 */
async function onEachPhone(page: Page, check: (phone: (typeof phones)[number]) => Promise<void>): Promise<void> {
	for (const phone of phones) {
		await page.setViewportSize({ width: phone.width, height: phone.height });
		expect(await page.evaluate(() => scrollY), `not scrolled at ${phone.width} × ${phone.height}`).toBe(0);
		await check(phone);
	}
}

test(`the emergency card on /warning-signs/ is visible without scrolling at ${sizes}, and the cards run from emergency to urgent to see a doctor`, async ({
	page,
}) => {
	await page.goto(at('/warning-signs/'));
	const card = page.locator('.care-card--emergency').first();
	await expect(card).toContainText(/chest pain/i);
	// It is the first care card, before any reassurance.
	await expect(page.locator('.care-card').first()).toHaveClass(/care-card--emergency/);
	await onEachPhone(page, async () => {
		await expect(card.locator(':is(h2, h3)')).toBeInViewport({ ratio: 1 });
		await expect(card.locator('.care-card__signs li').first()).toBeInViewport({ ratio: 1 });
	});

	const levels = await page
		.locator('.care-card')
		.evaluateAll((cards) => cards.map((card) => card.className.match(/care-card--([a-z-]+)/)?.[1]));
	expect(levels.indexOf('emergency')).toBeLessThan(levels.indexOf('urgent'));
	expect(levels.indexOf('urgent')).toBeLessThan(levels.indexOf('see-doctor'));
	// Screen readers hear the urgency before the heading text.
	await expect(page.locator('.care-card--emergency h2, .care-card--emergency h3').first()).toContainText(
		'Immediate action required:',
	);
});

for (const path of ['/', '/leg-cramps/', '/restless-legs/', '/everyday-leg-pain/', '/leg-pain-in-children/']) {
	test(`the red-flag box on ${path} is visible without scrolling at ${sizes}, and links to the warning signs`, async ({
		page,
	}) => {
		await page.goto(at(path));
		const box = page.getByRole('complementary', { name: /get help now/i });
		await onEachPhone(page, async ({ whole }) => {
			if (whole) {
				await expect(box).toBeInViewport({ ratio: 1 });
				return;
			}
			await expect(box.getByRole('heading').first()).toBeInViewport({ ratio: 1 });
			await expect(box.getByRole('heading').nth(1)).toHaveText(/call 999/i);
			await expect(box.getByRole('heading').nth(1)).toBeInViewport({ ratio: 1 });
			const first = box.getByRole('listitem').first();
			await expect(first).toContainText(/chest pain/i);
			await expect(first).toBeInViewport({ ratio: 1 });
		});
		// The link can be tapped at every size (a trial click checks that without following it; it may
		// scroll, so it comes after the first-screen checks), and leads to the warning signs.
		const link = box.getByRole('link', { name: /warning signs/i });
		for (const { width, height } of phones) {
			await page.setViewportSize({ width, height });
			await link.click({ trial: true });
		}
		await link.click();
		await expect(page).toHaveURL(/\/warning-signs\/$/);
	});
}
