/**
 * Each way an author can break the site must stop the build with a message that names the file and
 * says what to fix. Every case builds a temporary copy of the project with one broken fixture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runWithFixture } from './support.ts';

const build = ['npx', 'astro', 'build'];

const cases: { fixture: string; command: string[]; expect: RegExp[] }[] = [
	{
		fixture: 'broken-frontmatter',
		command: build,
		expect: [/broken-dates\.mdx/, /nextReview/, /nextReview must be a later date than lastReviewed/],
	},
	{ fixture: 'missing-field', command: build, expect: [/no-description\.mdx/, /description/] },
	{ fixture: 'unknown-related', command: build, expect: [/bad-related/, /field: related\[0\]/, /"leg-crampz"/] },
	{
		fixture: 'bad-component-prop',
		command: build,
		expect: [/<CareCard> got level="urgnet"\. Use one of: "non-urgent", "urgent", "emergency"/],
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
];

for (const { fixture, command, expect } of cases) {
	test(`content guard: ${fixture} fails with a message naming the file and the fix`, async () => {
		const { code, output } = await runWithFixture(fixture, command);
		assert.notEqual(code, 0, `the build should have failed for ${fixture}:\n${output.slice(-2000)}`);
		for (const pattern of expect) assert.match(output, pattern, `expected ${pattern} in:\n${output.slice(-3000)}`);
	});
}
