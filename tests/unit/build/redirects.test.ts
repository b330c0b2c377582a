import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildRedirectsFile, parseRedirects, parseRedirectsFile } from '../../../src/build/redirects.ts';
import { joinBase } from '../../../src/lib/urls.ts';

test('the real redirects list parses and has at least one entry', () => {
	const list = parseRedirects(readFileSync(new URL('../../../content/redirects.yaml', import.meta.url), 'utf8'));
	assert.ok(list.length >= 1);
	assert.ok(list.some(({ from, to }) => from === '/night-leg-cramps/' && to === '/leg-cramps/'));
});

test('_redirects has one "from to 301" line per entry, with the base path', () => {
	const file = buildRedirectsFile([{ from: '/night-leg-cramps/', to: '/leg-cramps/' }], (path) =>
		joinBase('/legs-at-night/', path),
	);
	assert.match(file, /^\/legs-at-night\/night-leg-cramps\/ \/legs-at-night\/leg-cramps\/ 301$/m);
});

test('mistakes in the list name the entry and say what to fix', () => {
	assert.throws(
		() => parseRedirects('- from: night-leg-cramps\n  to: /leg-cramps/\n'),
		/entry 1: "from: night-leg-cramps" must be a site path/,
	);
	assert.throws(() => parseRedirects('- from: /a/\n  to: /a/\n'), /entry 1: "from" and "to" are both \/a\//);
	assert.throws(() => parseRedirects('- from: /a/\n  to: /b/\n- from: /a/\n  to: /c/\n'), /\/a\/: is listed twice/);
	assert.throws(
		() => parseRedirects('- from: /a/\n  to: /b/\n- from: /b/\n  to: /c/\n'),
		/point \/a\/ at its final page/,
	);
	assert.throws(() => parseRedirects('- from: /a/\n  to: /b/\n  form: /c/\n'), /unknown field "form"/);
	assert.throws(() => parseRedirects('from: /a/\n'), /must be a list/);
	assert.deepEqual(parseRedirects(''), []);
});

test('_redirects is read back for the local server: exact paths with their status', () => {
	const text = buildRedirectsFile([{ from: '/night-leg-cramps/', to: '/leg-cramps/' }], (path) => path);
	assert.deepEqual(parseRedirectsFile(`${text}\n/old /new\n`), [
		{ from: '/night-leg-cramps/', to: '/leg-cramps/', status: 301 },
		{ from: '/old', to: '/new', status: 302 },
	]);
});

test('a _redirects line the local server cannot follow fails loudly', () => {
	assert.throws(
		() => parseRedirectsFile('/blog/* /articles/:splat 301'),
		/line 1: the local server only follows exact paths/,
	);
	assert.throws(() => parseRedirectsFile('/a /b 200'), /expected "\/old\/path \/new\/path 301"/);
	assert.throws(() => parseRedirectsFile('old /b 301'), /line 1/);
});
