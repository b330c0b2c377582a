/**
 * Triage as a reader meets it: each warning sign in the registry's words, at the registry's level,
 * wherever it is shown (care cards, the red-flag box, the comparison's urgency row), and every
 * emergency and urgent sign on /warning-signs/ in a card of its own level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { at, readablePages, repoRoot } from './support/site.ts';

interface Sign {
	id: string;
	level: 'emergency' | 'urgent' | 'see-doctor';
	words: string;
}
const registry = parse(readFileSync(join(repoRoot, 'content/warning-signs.yaml'), 'utf8')) as {
	redFlagBox: string[];
	signs: Sign[];
};
const byId = new Map(registry.signs.map((sign) => [sign.id, sign]));
const headingOf = { emergency: 'Call 999, 911 or 112 now if', urgent: 'Get medical help today if' } as const;

/** Every emergency and urgent sign is on /warning-signs/, in a card of its own level. */
async function checkCards(page: Page): Promise<void> {
	for (const sign of registry.signs.filter((s) => s.level !== 'see-doctor')) {
		const item = page.locator(`.care-card--${sign.level} li[data-sign="${sign.id}"]`).first();
		await expect(item, `${sign.id} in a ${sign.level} card`).toHaveText(sign.words);
	}
	// The page opens with the emergency card: its heading says what to do before any sign.
	const first = page.locator('.care-card').first();
	await expect(first).toHaveClass(/care-card--emergency/);
	await expect(first.getByRole('heading')).toContainText(headingOf.emergency);
}

/** The red-flag box says exactly the registry's words, under each sign's level. */
async function checkRedFlagBox(page: Page): Promise<void> {
	const box = page.getByRole('complementary', { name: /get help now/i });
	await expect(box).toBeVisible();
	const items = box.getByRole('listitem');
	await expect(items).toHaveText(registry.redFlagBox.map((id) => byId.get(id)?.words ?? `unknown sign ${id}`));
	for (const id of registry.redFlagBox) {
		const sign = byId.get(id);
		if (!sign || sign.level === 'see-doctor') throw new Error(`redFlagBox: ${id} is not an urgent sign`);
		const list = box.locator(`ul[data-level="${sign.level}"]`);
		await expect(list.locator(`li[data-sign="${id}"]`)).toHaveCount(1);
		// The list's heading is the level's action, so the level is read before the sign.
		await expect(list.locator('xpath=preceding-sibling::h3[1]')).toHaveText(headingOf[sign.level]);
	}
}

/** The comparison shows each condition's warning signs in the urgency row, in the registry's words. */
async function checkUrgencyRow(page: Page): Promise<void> {
	const dvt = page.locator('tr[data-row="urgency"] td[data-col="dvt"]');
	await expect(dvt.locator('[data-sign="chest-pain-or-breathless"]')).toContainText(
		`${headingOf.emergency} ${byId.get('chest-pain-or-breathless')?.words}.`,
	);
	await expect(dvt.locator('[data-sign="one-swollen-painful-leg"]')).toContainText(headingOf.urgent);
	// S1: rest pain from narrowed arteries is a same-day sign in the PAD column, not "book an appointment".
	const pad = page.locator('tr[data-row="urgency"] td[data-col="pad"]');
	await expect(pad.locator('[data-sign="foot-pain-at-rest"]')).toContainText(headingOf.urgent);
	await expect(pad.locator('[data-sign="cold-pale-numb-leg"]')).toContainText(headingOf.emergency);
}

/** Every sign on the page is worded as in the registry and shown at its level. */
async function checkEverySign(page: Page, path: string): Promise<void> {
	const shown = await page.locator('[data-sign]').evaluateAll((elements) =>
		elements.map((element) => ({
			id: element.getAttribute('data-sign') ?? '',
			full: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
			card: /care-card--([a-z-]+)/.exec(element.closest('.care-card')?.className ?? '')?.[1],
			box: element.closest('ul[data-level]')?.getAttribute('data-level') ?? undefined,
			cell: /compare__sign--([a-z-]+)/.exec(element.className)?.[1],
		})),
	);
	for (const item of shown) {
		const sign = byId.get(item.id);
		expect(sign, `${path}: unknown sign ${item.id}`).toBeDefined();
		if (!sign) continue;
		const level = item.card ?? item.box ?? item.cell;
		expect(level, `${path}: ${item.id} shown at its level`).toBe(sign.level);
		expect(item.full, `${path}: ${item.id} in the registry's words`).toContain(sign.words);
	}
}

const pages = readablePages();
/** Pages that carry the red-flag box: the home page, every article but the warning signs, and /compare/. */
const withBox = new Set(pages.filter((path) => !['/warning-signs/', '/about/', '/search/', '/a-z/'].includes(path)));

/** What two pages show besides, checked on the same load (a page load costs more than the checks). */
const ownChecks: Record<string, { title: string; check: (page: Page) => Promise<void> }> = {
	'/warning-signs/': {
		title: 'every emergency and urgent sign is on /warning-signs/, in a card of its own level @core',
		check: checkCards,
	},
	'/compare/': {
		title: 'the comparison shows each condition’s warning signs in the urgency row, in the registry’s words @core',
		check: checkUrgencyRow,
	},
};

// Their checks ride on the page's own test, so a build without the page must not skip them silently.
for (const path of Object.keys(ownChecks)) if (!pages.includes(path)) throw new Error(`The build has no ${path} page.`);

// One load per page for every check of the signs it shows.
for (const path of pages) {
	const own = ownChecks[path];
	const title = [
		...(own ? [own.title] : []),
		...(withBox.has(path)
			? [`the red-flag box on ${path} says exactly the registry's words, under each sign's level`]
			: []),
		`every sign on ${path} is worded as in the registry and shown at its level`,
	].join('; ');
	test(title, async ({ page }) => {
		await page.goto(at(path));
		await own?.check(page);
		if (withBox.has(path)) await checkRedFlagBox(page);
		await checkEverySign(page, path);
	});
}

test('"Show only the differences" keeps the row that tells a blood clot from a cramp: who gets it', async ({
	page,
}) => {
	await page.goto(at('/compare/?show=leg-cramps,dvt&diff=1'));
	const table = page.locator('compare-table table').first();
	await expect(table.locator('tr[data-row="who"] td[data-col="dvt"]')).toBeVisible();
	await expect(table.locator('tr[data-row="who"] td[data-col="dvt"]')).toContainText(/pregnan/i);
	// S5: the clot's column says how it differs from a cramp: it lasts, and stretching does not ease it.
	await expect(table.locator('tr[data-row="eases"] td[data-col="dvt"]')).toContainText('Stretching does not ease it');
	await expect(table.locator('tr[data-row="duration"] td[data-col="dvt"]')).toContainText('Hours or days');
});
