/**
 * Each way an author can break the site must stop the build with a message that names the file and
 * says what to fix. Every case builds a temporary copy of the project with its broken fixture(s).
 *
 * One build per check that can fail: where one check reports every mistake it finds (the link check,
 * a collection entry's schema), one build carries several fixtures and shows all their messages.
 * Where a message comes from a pure function whose every branch the unit tests reach through the
 * same call (the reserved-slug branch of assertUniqueSlugs, which duplicate-slug shows is called by
 * the build), the message is tested there (tests/unit/lib/articles.test.ts). So is a component's
 * refusal of a prop, which the unit tests get from the real component rendered as a page would
 * (tests/unit/content-components/errors.test.ts: <CareCard headingLevel={4}>, which had a build of
 * its own here); compare-unknown-condition shows that such a refusal stops the build, naming the
 * page and giving the hint. The builds run GUARD_CONCURRENCY at a time (default: one per core),
 * since each is a separate process.
 */
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { astroBuild as build, replaceOnce, runWithFixture, type Edit } from './support.ts';

/** An edit of the real comparison table, so these cases follow its format as it changes. */
const comparison = (change: (text: string) => string): Edit => ({ file: 'content/comparison.yaml', change });

/** The restless-legs column's "where" cell, as the table has it. */
function restlessWhere(text: string): string {
	const match = /( {2}- id: restless-legs\n[\s\S]*?)( {6}where:\n(?: {8}.*\n)+)/.exec(text);
	if (!match?.[2]) throw new Error('content/comparison.yaml has no "where" cell for restless-legs.');
	return match[2];
}

const concurrency = Number(process.env['GUARD_CONCURRENCY'] ?? availableParallelism());

/**
 * `name` names the case; `fixtures` are its folders in tests/fixtures/ (default: the one named like
 * the case, if there is one); `edits` break real files instead.
 */
const cases: { name: string; fixtures?: string[]; edits?: Edit[]; command: string[]; expect: RegExp[] }[] = [
	{
		name: 'broken-frontmatter',
		command: build,
		expect: [/broken-dates\.mdx/, /nextReview/, /nextReview must be a later date than lastReviewed/],
	},
	// The field is matched in the error text itself: the file name no-description.mdx contains it too.
	{ name: 'missing-field', command: build, expect: [/no-description\.mdx/, /\bdescription: Required\b/] },
	{ name: 'unknown-related', command: build, expect: [/bad-related/, /field: related\[0\]/, /"leg-crampz"/] },
	{
		// One file, three mistakes: each is named with the file and line, all in one build.
		name: 'bad-care-cards',
		command: build,
		expect: [
			/3 care card problem\(s\)/,
			/content\/articles\/bad-care-cards\.mdx:\d+: <CareCard> got level="urgnet"\. Use one of: "emergency", "urgent", "see-doctor"/,
			/bad-care-cards\.mdx:\d+: <CareCard> The sign "swollen-leg" is not in content\/warning-signs\.yaml/,
			/bad-care-cards\.mdx:\d+: <CareCard> The sign "cold-pale-numb-leg" is a "emergency" sign in content\/warning-signs\.yaml, so it cannot go in a "see-doctor" card/,
		],
	},
	{
		// A sign entered twice, at two levels: the registry refuses it, naming the file and the id.
		name: 'warning-sign-two-levels',
		edits: [
			{
				file: 'content/warning-signs.yaml',
				change: (text) =>
					replaceOnce(
						text,
						'  - id: cramps-often-or-severe\n    level: see-doctor\n',
						'  - id: long-cramp\n    level: see-doctor\n',
					),
			},
		],
		command: build,
		expect: [
			/content\/warning-signs\.yaml has \d problem/,
			/the id "long-cramp" is used twice \(as "urgent" and "see-doctor"\)/,
		],
	},
	{
		name: 'duplicate-slug',
		command: build,
		expect: [
			/(Leg-Cramps\.mdx and \S*leg-cramps\.mdx|leg-cramps\.mdx and \S*Leg-Cramps\.mdx) would both be published at \/leg-cramps\//,
		],
	},
	{
		// The link check lists every bad address of the build at once: one build for both fixtures.
		name: 'broken-link and bad-urls',
		fixtures: ['broken-link', 'bad-urls'],
		command: build,
		expect: [
			/\/broken-link\/ → \/warnign-signs\/: no such page \(in content\/articles\/broken-link\.mdx\)/,
			/\/broken-link\/ → \/leg-cramps\/#no-such-section: no id "no-such-section" there/,
			/\/bad-urls\/: image \/favicon\.svg has no alt text \(in content\/articles\/bad-urls\.mdx\)/,
			/\/bad-urls\/ → \/images\/calf-strech\.png: no such file \(<img>\) \(in content\/articles\/bad-urls\.mdx\)/,
			/\/bad-urls\/ → javascript:alert\(1\): a javascript: address on <a> runs code instead of opening a page; use a real address.*\(in content\/articles\/bad-urls\.mdx\)/,
		],
	},
	{
		// One condition, two mistakes: its "where" cell replaced by a row the table does not have.
		// The schema reports every problem of an entry at once, so one build shows both.
		name: 'comparison-missing-cell and comparison-unknown-row',
		edits: [comparison((text) => replaceOnce(text, restlessWhere(text), '      smell:\n        short: None\n'))],
		command: build,
		expect: [
			/content\/comparison\.yaml/,
			/Condition "restless-legs" has no "where" cell\. Every condition needs all of: feels-like, where, when/,
			/Condition "restless-legs" has a cell "smell", which is not a row of the table\. The rows are: feels-like, where/,
		],
	},
	{
		name: 'comparison-unknown-article',
		edits: [
			comparison((text) => replaceOnce(text, '    article: everyday-leg-pain\n', '    article: everyday-leg-pains\n')),
		],
		command: build,
		expect: [
			/content\/comparison\.yaml has 1 problem/,
			/Condition "everyday-soreness" points to article "everyday-leg-pains", which does not exist or is a draft\. Published articles: everyday-leg-pain,/,
		],
	},
	{
		// The page /bad-compare/ is content/articles/bad-compare.mdx: Astro names the page it was rendering.
		name: 'compare-unknown-condition',
		command: build,
		expect: [
			/error rendering \/bad-compare\//,
			/<CompareTable> got show="no-such-condition"\.\s+Hint:\s+Use one of: "leg-cramps", "restless-legs", "everyday-soreness", "dvt"/,
		],
	},
	{
		name: 'redirect-unknown-target',
		command: build,
		expect: [/content\/redirects\.yaml: \/cramps\/ points to \/leg-crampz\/, but the build has no page there/],
	},
];

describe('content guards', { concurrency }, () => {
	for (const { name, fixtures, edits, command, expect } of cases) {
		test(`content guard: ${name} fails with a message naming the file and the fix`, async () => {
			const { code, output } = await runWithFixture(name.replaceAll(' ', '-'), command, {
				...(fixtures ? { fixtures } : {}),
				...(edits ? { edits } : {}),
			});
			assert.notEqual(code, 0, `the build should have failed for ${name}:\n${output.slice(-2000)}`);
			for (const pattern of expect) assert.match(output, pattern, `expected ${pattern} in:\n${output.slice(-3000)}`);
		});
	}
});
