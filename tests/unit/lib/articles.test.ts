import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	articlePath,
	assertUniqueSlugs,
	groupByLetter,
	isPublished,
	letterOf,
	MAIN_TOPIC_IDS,
	mainTopics,
	sortAlphabetically,
} from '../../../src/lib/articles.ts';
import { buildToc } from '../../../src/lib/toc.ts';
import { formatLongDate, isoDate, isOverdue } from '../../../src/lib/dates.ts';
import { sourceLink } from '../../../src/lib/sources.ts';

const entry = (id: string, category: string, title: string, draft = false) => ({
	id,
	data: { category, title, draft },
});

test('the index article is the home page; others live at /slug/', () => {
	assert.equal(articlePath('index'), '/');
	assert.equal(articlePath('leg-cramps'), '/leg-cramps/');
});

test('the A–Z lists sort by title, whatever order the collection gives', () => {
	const sorted = sortAlphabetically([
		entry('warning-signs', 'warning-signs', 'Warning signs'),
		entry('restless-legs', 'condition', 'Restless legs'),
		entry('index', 'overview', 'Why do my legs hurt at night?'),
		entry('leg-cramps', 'condition', 'Leg cramps at night'),
	]);
	assert.deepEqual(
		sorted.map((a) => a.data.title),
		['Leg cramps at night', 'Restless legs', 'Warning signs', 'Why do my legs hurt at night?'],
	);
});

test('drafts are not published', () => {
	assert.equal(isPublished(entry('a', 'condition', 'A', true)), false);
	assert.equal(isPublished(entry('a', 'condition', 'A')), true);
});

test('the table of contents nests h3s under their h2 and skips other depths', () => {
	const toc = buildToc([
		{ depth: 3, slug: 'orphan', text: 'Orphan' },
		{ depth: 2, slug: 'what', text: 'What' },
		{ depth: 3, slug: 'calf', text: 'Calf' },
		{ depth: 4, slug: 'deep', text: 'Deep' },
		{ depth: 2, slug: 'when', text: 'When' },
	]);
	assert.deepEqual(toc, [
		{ slug: 'what', text: 'What', children: [{ slug: 'calf', text: 'Calf', children: [] }] },
		{ slug: 'when', text: 'When', children: [] },
	]);
});

test('dates read unambiguously and overdue reviews are spotted', () => {
	const date = new Date('2026-11-23');
	assert.equal(formatLongDate(date), '23 November 2026');
	assert.equal(isoDate(date), '2026-11-23');
	assert.equal(isOverdue(new Date('2026-01-01'), date), true);
	assert.equal(isOverdue(new Date('2027-11-23'), date), false);
});

test('sources link by DOI first, then PMID, then URL', () => {
	assert.deepEqual(sourceLink({ doi: '10.1/x', pmid: '22963024', url: 'https://a.example/' }), {
		href: 'https://doi.org/10.1/x',
		label: 'DOI: 10.1/x',
	});
	assert.equal(sourceLink({ pmid: '22963024' }).href, 'https://pubmed.ncbi.nlm.nih.gov/22963024/');
	assert.equal(sourceLink({ url: 'https://www.nhlbi.nih.gov/health-topics/x' }).label, 'nhlbi.nih.gov');
	assert.throws(() => sourceLink({}), /url, a doi or a pmid/);
});

test('two articles cannot share a URL, and none can take a reserved path', () => {
	assert.doesNotThrow(() => assertUniqueSlugs([{ id: 'leg-cramps' }, { id: 'restless-legs' }]));
	assert.throws(
		() =>
			assertUniqueSlugs([
				{ id: 'leg-cramps', filePath: 'a.mdx' },
				{ id: 'Leg-Cramps', filePath: 'b.mdx' },
			]),
		/b\.mdx and a\.mdx would both be published at \/leg-cramps\//,
	);
	// Moved here from the content guards (the build calls this, as the duplicate-slug guard shows).
	assert.throws(
		() => assertUniqueSlugs([{ id: 'compare', filePath: 'content/articles/compare.mdx' }]),
		/^Error: content\/articles\/compare\.mdx: the URL \/compare\/ belongs to a page of the site\. Rename the file\.$/,
	);
	// /a-z/ is the page that lists every article: an article there would hide it.
	assert.throws(() => assertUniqueSlugs([{ id: 'a-z', filePath: 'content/articles/a-z.mdx' }]), /belongs to a page/);
});

test('article file names must be lower-case words joined by hyphens', () => {
	assert.throws(
		() => assertUniqueSlugs([{ id: 'Night cramps', filePath: 'x.mdx' }]),
		/lower-case words joined by hyphens/,
	);
});

test('letterOf files a title under its first letter, accents and quotes aside', () => {
	assert.equal(letterOf('Leg cramps at night'), 'L');
	assert.equal(letterOf('why do my legs hurt?'), 'W');
	assert.equal(letterOf('École et crampes'), 'E');
	assert.equal(letterOf('‘Growing pains’ in children'), 'G');
	assert.equal(letterOf('10 ways to ease a cramp'), '0–9');
	assert.equal(letterOf('Ωmega'), 'Other');
});

test('groupByLetter groups A–Z, digits first, only letters that have articles, titles sorted within', () => {
	const groups = groupByLetter([
		entry('warning-signs', 'warning-signs', 'Warning signs: when to see a doctor'),
		entry('leg-pain-in-children', 'condition', 'Leg pain in children at night'),
		entry('restless-legs', 'condition', 'Restless legs syndrome'),
		entry('index', 'overview', 'Why do my legs hurt at night?'),
		entry('leg-cramps', 'condition', 'Leg cramps at night'),
		entry('ten', 'self-care', '10 ways to ease a cramp'),
	]);
	assert.deepEqual(
		groups.map(({ letter, id, entries }) => [letter, id, entries.map((article) => article.id)]),
		[
			['0–9', 'letter-0-9', ['ten']],
			['L', 'letter-l', ['leg-cramps', 'leg-pain-in-children']],
			['R', 'letter-r', ['restless-legs']],
			['W', 'letter-w', ['warning-signs', 'index']],
		],
	);
});

test('groupByLetter lists every article exactly once, however many there are', () => {
	const many = Array.from({ length: 1000 }, (_, n) =>
		entry(`a${n}`, 'condition', `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n % 26]}rticle ${n}`),
	);
	const listed = groupByLetter(many).flatMap((group) => group.entries.map((article) => article.id));
	assert.equal(listed.length, 1000);
	assert.equal(new Set(listed).size, 1000);
	assert.equal(groupByLetter(many).length, 26);
});

test('mainTopics picks the main topics in their fixed order, and names one that is missing', () => {
	const published = [...MAIN_TOPIC_IDS].reverse().map((id) => entry(id, 'condition', id));
	const extra = entry('night-sweats', 'condition', 'Night sweats');
	assert.deepEqual(
		mainTopics([extra, ...published]).map((article) => article.id),
		[...MAIN_TOPIC_IDS],
	);
	assert.throws(
		() => mainTopics(published.filter((article) => article.id !== 'restless-legs')),
		/name "restless-legs", which is not a published article/,
	);
});
