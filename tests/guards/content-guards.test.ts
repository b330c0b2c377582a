/**
 * Each way an author can break the site must stop the build with a message that names the file and
 * says what to fix. Every case builds a temporary copy of the project with one broken fixture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replaceOnce, runWithFixture, type Edit } from './support.ts';

const build = ['npx', 'astro', 'build'];

/** An edit of the real comparison table, so these cases follow its format as it changes. */
const comparison = (change: (text: string) => string): Edit => ({ file: 'content/comparison.yaml', change });

/** The restless-legs column's "where" cell, as the table has it. */
function restlessWhere(text: string): string {
	const match = /( {2}- id: restless-legs\n[\s\S]*?)( {6}where:\n(?: {8}.*\n)+)/.exec(text);
	if (!match?.[2]) throw new Error('content/comparison.yaml has no "where" cell for restless-legs.');
	return match[2];
}

/**
 * `fixture` names the case (and its folder in tests/fixtures/, if it needs files of its own);
 * `edit` breaks a real file instead.
 */
const cases: { fixture: string; edit?: Edit; command: string[]; expect: RegExp[] }[] = [
	{
		fixture: 'broken-frontmatter',
		command: build,
		expect: [/broken-dates\.mdx/, /nextReview/, /nextReview must be a later date than lastReviewed/],
	},
	// The field is matched in the error text itself: the file name no-description.mdx contains it too.
	{ fixture: 'missing-field', command: build, expect: [/no-description\.mdx/, /\bdescription: Required\b/] },
	{ fixture: 'unknown-related', command: build, expect: [/bad-related/, /field: related\[0\]/, /"leg-crampz"/] },
	{
		// One file, three mistakes: each is named with the file and line, all in one build.
		fixture: 'bad-care-cards',
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
		fixture: 'warning-sign-two-levels',
		edit: {
			file: 'content/warning-signs.yaml',
			change: (text) =>
				replaceOnce(
					text,
					'  - id: cramps-often-or-severe\n    level: see-doctor\n',
					'  - id: long-cramp\n    level: see-doctor\n',
				),
		},
		command: build,
		expect: [
			/content\/warning-signs\.yaml has \d problem/,
			/the id "long-cramp" is used twice \(as "urgent" and "see-doctor"\)/,
		],
	},
	{
		fixture: 'bad-heading-level',
		command: build,
		expect: [
			/error rendering \/bad-heading-level\//,
			/<CareCard> got headingLevel="4"\.\s+Hint:\s+Use one of: "2", "3"/,
		],
	},
	{
		fixture: 'duplicate-slug',
		command: build,
		expect: [
			/(Leg-Cramps\.mdx and \S*leg-cramps\.mdx|leg-cramps\.mdx and \S*Leg-Cramps\.mdx) would both be published at \/leg-cramps\//,
		],
	},
	{
		fixture: 'reserved-slug',
		command: build,
		expect: [/compare\.mdx: the URL \/compare\/ belongs to a page of the site/],
	},
	{
		fixture: 'broken-link',
		command: build,
		expect: [
			/\/broken-link\/ → \/warnign-signs\/: no such page \(in content\/articles\/broken-link\.mdx\)/,
			/\/broken-link\/ → \/leg-cramps\/#no-such-section: no id "no-such-section" there/,
		],
	},
	{
		fixture: 'bad-urls',
		command: build,
		expect: [
			/\/bad-urls\/: image \/favicon\.svg has no alt text \(in content\/articles\/bad-urls\.mdx\)/,
			/\/bad-urls\/ → \/images\/calf-strech\.png: no such file \(<img>\) \(in content\/articles\/bad-urls\.mdx\)/,
			/\/bad-urls\/ → javascript:alert\(1\): a javascript: address on <a> runs code instead of opening a page; use a real address.*\(in content\/articles\/bad-urls\.mdx\)/,
		],
	},
	{
		fixture: 'comparison-missing-cell',
		edit: comparison((text) => replaceOnce(text, restlessWhere(text), '')),
		command: build,
		expect: [
			/content\/comparison\.yaml/,
			/Condition "restless-legs" has no "where" cell\. Every condition needs all of: feels-like, where, when/,
		],
	},
	{
		fixture: 'comparison-unknown-row',
		edit: comparison((text) =>
			replaceOnce(text, restlessWhere(text), `${restlessWhere(text)}      smell:\n        short: None\n`),
		),
		command: build,
		expect: [
			/content\/comparison\.yaml/,
			/Condition "restless-legs" has a cell "smell", which is not a row of the table\. The rows are: feels-like, where/,
		],
	},
	{
		fixture: 'comparison-unknown-article',
		edit: comparison((text) =>
			replaceOnce(text, '    article: everyday-leg-pain\n', '    article: everyday-leg-pains\n'),
		),
		command: build,
		expect: [
			/content\/comparison\.yaml has 1 problem/,
			/Condition "everyday-soreness" points to article "everyday-leg-pains", which does not exist or is a draft\. Published articles: everyday-leg-pain,/,
		],
	},
	{
		// The page /bad-compare/ is content/articles/bad-compare.mdx: Astro names the page it was rendering.
		fixture: 'compare-unknown-condition',
		command: build,
		expect: [
			/error rendering \/bad-compare\//,
			/<CompareTable> got show="no-such-condition"\.\s+Hint:\s+Use one of: "leg-cramps", "restless-legs", "everyday-soreness", "dvt"/,
		],
	},
	{
		fixture: 'redirect-unknown-target',
		command: build,
		expect: [/content\/redirects\.yaml: \/cramps\/ points to \/leg-crampz\/, but the build has no page there/],
	},
];

for (const { fixture, edit, command, expect } of cases) {
	test(`content guard: ${fixture} fails with a message naming the file and the fix`, async () => {
		const { code, output } = await runWithFixture(fixture, command, edit ? { edit } : {});
		assert.notEqual(code, 0, `the build should have failed for ${fixture}:\n${output.slice(-2000)}`);
		for (const pattern of expect) assert.match(output, pattern, `expected ${pattern} in:\n${output.slice(-3000)}`);
	});
}
