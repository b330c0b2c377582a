/** Urgent signs must be impossible to miss: visible on a phone before any scrolling. */
import { expect, test } from '@playwright/test';
import { at } from './support/site.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the emergency card on /warning-signs/ is fully visible without scrolling on a phone', async ({ page }) => {
	await page.goto(at('/warning-signs/'));
	const card = page.locator('.care-card--emergency').first();
	await expect(card).toContainText(/chest pain/i);
	const box = await card.boundingBox();
	expect(box, 'the emergency card is rendered').not.toBeNull();
	expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
	// It is the first care card, before any reassurance.
	await expect(page.locator('.care-card').first()).toHaveClass(/care-card--emergency/);
});

test('the cards on /warning-signs/ run from emergency to urgent to see a doctor', async ({ page }) => {
	await page.goto(at('/warning-signs/'));
	const levels = await page
		.locator('.care-card')
		.evaluateAll((cards) => cards.map((card) => card.className.match(/care-card--([a-z-]+)/)?.[1]));
	expect(levels.indexOf('emergency')).toBeLessThan(levels.indexOf('urgent'));
	expect(levels.indexOf('urgent')).toBeLessThan(levels.indexOf('non-urgent'));
	// Screen readers hear the urgency before the heading text.
	await expect(page.locator('.care-card--emergency h2, .care-card--emergency h3').first()).toContainText(
		'Immediate action required:',
	);
});

for (const path of ['/', '/leg-cramps/', '/restless-legs/', '/everyday-leg-pain/']) {
	test(`the red-flag box on ${path} is visible without scrolling on a phone and links to the warning signs`, async ({
		page,
	}) => {
		await page.goto(at(path));
		const box = page.getByRole('complementary', { name: /get help now/i });
		await expect(box).toBeInViewport({ ratio: 1 });
		await box.getByRole('link', { name: /warning signs/i }).click();
		await expect(page).toHaveURL(/\/warning-signs\/$/);
	});
}
