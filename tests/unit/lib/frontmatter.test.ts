import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { requireFrontmatter, splitFrontmatter, stripFrontmatter } from '../../../src/lib/frontmatter.ts';

const root = resolve(import.meta.dirname, '../../..');

test('a leading block splits into its YAML and the body after the closing fence', () => {
	assert.deepEqual(splitFrontmatter('---\ntitle: A\ndraft: true\n---\nBody text.\n'), {
		frontmatter: 'title: A\ndraft: true',
		body: 'Body text.\n',
	});
});

test('Windows line ends, a byte-order mark, spaces after a fence and an empty block all count', () => {
	assert.deepEqual(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody.'), { frontmatter: 'title: A', body: 'Body.' });
	assert.deepEqual(splitFrontmatter('\uFEFF---\ntitle: A\n--- \nBody.'), { frontmatter: 'title: A', body: 'Body.' });
	assert.deepEqual(splitFrontmatter('---\n---\nBody.'), { frontmatter: '', body: 'Body.' });
	assert.deepEqual(splitFrontmatter('---\ntitle: A\n---'), { frontmatter: 'title: A', body: '' });
});

test('only a leading block is frontmatter; a rule further down and a fence with text after it are not', () => {
	assert.equal(splitFrontmatter('Body.\n---\nnot: frontmatter\n---\n'), undefined);
	assert.equal(splitFrontmatter('---\ntitle: A\n---more\nBody.'), undefined);
	assert.equal(splitFrontmatter('----\ntitle: A\n----\n'), undefined);
	// The block ends at the first closing fence: a Markdown rule in the body stays in the body.
	assert.deepEqual(splitFrontmatter('---\na: 1\n---\nOne.\n\n---\n\nTwo.'), {
		frontmatter: 'a: 1',
		body: 'One.\n\n---\n\nTwo.',
	});
});

test('stripFrontmatter keeps a file without a block as it is; requireFrontmatter names the file', () => {
	assert.equal(stripFrontmatter('---\ntitle: A\n---\nBody text.'), 'Body text.');
	assert.equal(stripFrontmatter('Body.\n---\nnot: frontmatter\n---\n'), 'Body.\n---\nnot: frontmatter\n---\n');
	assert.throws(
		() => requireFrontmatter('# No block', 'content/articles/x.mdx'),
		/^Error: content\/articles\/x\.mdx: no frontmatter block/,
	);
});

test('every article splits into YAML with a title and a body that does not start with a fence', () => {
	const dir = join(root, 'content/articles');
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
		const { frontmatter, body } = requireFrontmatter(readFileSync(join(dir, name), 'utf8'), name);
		assert.equal(typeof (parse(frontmatter) as { title?: unknown }).title, 'string', `${name}: title`);
		assert.doesNotMatch(body, /^---/, `${name}: body`);
	}
});
