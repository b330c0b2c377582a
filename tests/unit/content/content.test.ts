/**
 * Editorial rules the build's schema cannot see: enough sources, each one vetted; warning signs
 * always linked; related articles that exist; readable prose; the page structure readers rely on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { analyse } from '../../../src/build/readability.ts';
import { requireFrontmatter } from '../../../src/lib/frontmatter.ts';

const root = resolve(import.meta.dirname, '../../..');
const articlesDir = join(root, 'content/articles');
/** shared/ sits beside the repository, here and in CI. */
const sourcesFile = resolve(root, '../shared/sources.md');

interface Source {
	publisher?: string;
	title?: string;
	url?: string;
	doi?: string;
	pmid?: string | number;
}

interface Article {
	id: string;
	file: string;
	body: string;
	data: {
		title?: string;
		category?: string;
		draft?: boolean;
		sources?: Source[];
		related?: string[];
		lastReviewed?: string;
		nextReview?: string;
	};
}

function load(): Article[] {
	return readdirSync(articlesDir)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const source = readFileSync(join(articlesDir, name), 'utf8');
			const { frontmatter, body } = requireFrontmatter(source, `content/articles/${name}`);
			return {
				id: name.replace(/\.mdx$/, ''),
				file: `content/articles/${name}`,
				body,
				data: (parse(frontmatter) ?? {}) as Article['data'],
			};
		});
}

const all = load();
const published = all.filter((article) => article.data.draft !== true);

/** Words that name a warning sign; an article that uses one must send readers to /warning-signs/. */
const warningWords =
	/blood clot|\bDVT\b|deep vein|swollen|swelling|numbness|numb\b|chest pain|breathless|see a doctor|pins and needles/i;
const linksToWarningSigns = /\]\(\/warning-signs\/(?:#[\w-]+)?\)|href="\/warning-signs\/"/;

/** Markdown headings of an article body, outside code blocks. */
function headings(body: string): { depth: number; text: string }[] {
	return [...body.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^(#{1,6})\s+(.+?)\s*$/gm)].map((match) => ({
		depth: match[1]?.length ?? 0,
		text: match[2] ?? '',
	}));
}

test('the five articles of the site exist and are published', () => {
	const ids = published.map((article) => article.id);
	for (const id of ['index', 'leg-cramps', 'restless-legs', 'everyday-leg-pain', 'warning-signs']) {
		assert.ok(ids.includes(id), `content/articles/${id}.mdx is missing or a draft`);
	}
});

test('every published article has at least 3 sources, each findable by url, doi or pmid', () => {
	for (const article of published) {
		const sources = article.data.sources ?? [];
		assert.ok(sources.length >= 3, `${article.file}: has ${sources.length} sources; list at least 3.`);
		for (const source of sources) {
			assert.ok(
				source.url || source.doi || source.pmid,
				`${article.file}: source "${source.title}" needs a url, doi or pmid.`,
			);
		}
	}
});

test('every cited url, doi and pmid is in the vetted list (shared/sources.md)', (t) => {
	if (!existsSync(sourcesFile)) {
		t.skip(`${sourcesFile} not found: the vetted-sources check needs shared/ beside the repository.`);
		return;
	}
	const vetted = readFileSync(sourcesFile, 'utf8');
	for (const article of published) {
		for (const source of article.data.sources ?? []) {
			for (const id of [source.url, source.doi, source.pmid]) {
				if (id === undefined) continue;
				assert.ok(
					vetted.includes(String(id)),
					`${article.file}: "${id}" (${source.title}) is not in shared/sources.md. Cite only vetted sources.`,
				);
			}
		}
	}
});

test('every article that names a warning sign links to /warning-signs/', () => {
	for (const article of published) {
		if (article.id === 'warning-signs') continue;
		const mention = warningWords.exec(article.body);
		if (!mention) continue;
		assert.match(
			article.body,
			linksToWarningSigns,
			`${article.file}: mentions "${mention[0]}" but has no [warning signs](/warning-signs/) link.`,
		);
	}
});

test('every related article exists and is published', () => {
	const ids = new Set(published.map((article) => article.id));
	for (const article of published) {
		for (const related of article.data.related ?? []) {
			assert.ok(ids.has(related), `${article.file}: related article "${related}" does not exist.`);
			assert.notEqual(related, article.id, `${article.file}: an article cannot be related to itself.`);
		}
	}
});

test('the review cycle is 12 months: nextReview is after lastReviewed and at most a year and a week on', () => {
	for (const article of published) {
		const last = new Date(String(article.data.lastReviewed));
		const next = new Date(String(article.data.nextReview));
		assert.ok(!Number.isNaN(last.getTime()) && !Number.isNaN(next.getTime()), `${article.file}: review dates`);
		const days = (next.getTime() - last.getTime()) / 86_400_000;
		assert.ok(days > 0 && days <= 372, `${article.file}: nextReview is ${days} days after lastReviewed.`);
	}
});

test('every article reads at SMOG grade 8 or below', () => {
	for (const article of published) {
		const { smog } = analyse(readFileSync(join(root, article.file), 'utf8'));
		assert.ok(smog <= 8, `${article.file}: SMOG ${smog} is above 8.`);
	}
});

test('bodies leave the title and the sources list to the layout and use h2/h3 headings', () => {
	for (const article of published) {
		const outline = headings(article.body);
		assert.ok(!outline.some((h) => h.depth === 1), `${article.file}: the layout writes the h1; remove "# …".`);
		assert.ok(!outline.some((h) => /^sources$/i.test(h.text)), `${article.file}: the layout lists sources.`);
		assert.ok(outline.filter((h) => h.depth === 2).length >= 1, `${article.file}: needs at least one "## " heading.`);
		assert.ok(!outline.some((h) => h.depth > 3), `${article.file}: use only ## and ### headings.`);
	}
});

test('leg cramps: the stretch section comes first, with the calf stretch and both illustrations', () => {
	const article = published.find((a) => a.id === 'leg-cramps');
	assert.ok(article);
	const outline = headings(article.body);
	const firstH2 = outline.find((h) => h.depth === 2);
	assert.match(firstH2?.text ?? '', /stretch/i, 'the first section should be how to stretch out a cramp');
	const h3s = outline.filter((h) => h.depth === 3).map((h) => h.text);
	assert.ok(h3s.includes('Calf stretch'));
	assert.match(article.body, /<CalfStretch\s*\/>/);
	assert.match(article.body, /<CrampSites\s*\/>/);
	for (const words of ['charley horse', 'quinine', 'pickle juice', 'magnesium', 'pregnant']) {
		assert.match(article.body, new RegExp(words, 'i'), `leg-cramps should cover ${words}`);
	}
});

test('warning signs: the page opens with the emergency card, then the urgent, then the see-a-doctor card', () => {
	const article = published.find((a) => a.id === 'warning-signs');
	assert.ok(article);
	const firstContent = article.body.trim().split('\n')[0] ?? '';
	assert.match(firstContent, /^<CareCard level="emergency"/, 'the page body must open with the emergency card');
	const order = [...article.body.matchAll(/<CareCard level="([\w-]+)"/g)].map((match) => match[1]);
	assert.deepEqual(order.slice(0, 3), ['emergency', 'urgent', 'see-doctor']);
	assert.equal(article.data.category, 'warning-signs');
});

test('the home page links to every article and to the comparison', () => {
	const home = published.find((a) => a.id === 'index');
	assert.ok(home);
	for (const path of [
		'/leg-cramps/',
		'/restless-legs/',
		'/everyday-leg-pain/',
		'/leg-pain-in-children/',
		'/warning-signs/',
		'/compare/',
	]) {
		assert.ok(home.body.includes(`](${path})`), `the home page should link to ${path}`);
	}
});

test('illustrations are accessible, theme-aware SVGs', () => {
	// The frame they are all drawn in names and describes the picture for screen readers.
	const frame = readFileSync(join(root, 'src/components/Illustration.astro'), 'utf8');
	assert.match(frame, /role="img"/, 'Illustration.astro: needs role="img"');
	assert.match(frame, /aria-labelledby=/, 'Illustration.astro: needs aria-labelledby');
	assert.match(frame, /<title id=/, 'Illustration.astro: needs a <title> with an id');
	assert.match(frame, /<desc id=/, 'Illustration.astro: needs a <desc> with an id');
	const dir = join(root, 'src/content-components/illustrations');
	const files = readdirSync(dir).filter((name) => name.endsWith('.astro'));
	assert.ok(files.length >= 2);
	for (const name of files) {
		const source = readFileSync(join(dir, name), 'utf8');
		assert.match(source, /<Illustration\b/, `${name}: draws in the <Illustration> frame`);
		assert.match(source, /\btitle="[^"]{3,}"/, `${name}: needs a title (a short name)`);
		assert.match(source, /\bdescription="[^"]{20,}"/, `${name}: needs a description of what it shows`);
		// Colours come from currentColor and the theme tokens, so dark mode and print work.
		assert.doesNotMatch(source, /(?:fill|stroke)="#|(?:fill|stroke):\s*#/, `${name}: use currentColor or tokens`);
		assert.ok(source.length < 6000, `${name}: keep illustrations small (${source.length} bytes)`);
	}
});
