import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
	HOST_LIMITS,
	headerFileProblems,
	headersForPath,
	headersUnderBase,
	parseHeadersFile,
} from '../../../src/build/static-headers.ts';

const file = `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: frame-ancestors 'none'
  Cache-Control: no-cache

/embed/*
  ! X-Frame-Options
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *

/_astro/*
  Cache-Control: immutable
`;

test('a rule that detaches a header and sets it again sends its own value alone (Cloudflare\'s "! Name")', () => {
	const rules = parseHeadersFile(file);
	assert.equal(rules.length, 3);
	assert.deepEqual(rules[1]?.detach, ['x-frame-options', 'content-security-policy']);
	const embed = headersForPath(rules, '/embed/compare/');
	assert.equal(embed.get('content-security-policy'), 'frame-ancestors *');
	assert.equal(embed.has('x-frame-options'), false);
	assert.equal(embed.get('cache-control'), 'no-cache', 'headers the rule does not name stay');
	assert.equal(headersForPath(rules, '/leg-cramps/').get('content-security-policy'), "frame-ancestors 'none'");
});

test('two matching rules that set the same header without a detach send both values, joined as hosts join them', () => {
	assert.equal(headersForPath(parseHeadersFile(file), '/_astro/a.js').get('cache-control'), 'no-cache, immutable');
	const twice = parseHeadersFile('/*\n  Vary: A\n  Vary: B\n');
	assert.equal(headersForPath(twice, '/').get('vary'), 'A, B');
});

test('a detach only drops what a rule above added: rules apply in file order', () => {
	const rules = parseHeadersFile('/embed/*\n  ! X-Frame-Options\n/*\n  X-Frame-Options: DENY\n');
	assert.equal(headersForPath(rules, '/embed/compare/').get('x-frame-options'), 'DENY');
});

test('* matches any run of characters, slashes and all; :name one segment; the path is matched as sent', () => {
	const rules = parseHeadersFile('/*\n  A: 1\n/docs/:page/\n  B: 2\n/a/*.js\n  C: 3\n');
	assert.equal(headersForPath(rules, '/leg-cramps//').get('a'), '1');
	assert.equal(headersForPath(rules, '/docs/x/').get('b'), '2');
	assert.equal(headersForPath(rules, '/docs/x/y/').has('b'), false);
	assert.equal(headersForPath(rules, '/a/b/c.js').get('c'), '3');
	assert.equal(headersForPath(rules, '/a/b/c.css').has('c'), false);
	assert.equal(headersForPath(parseHeadersFile('/a.b\n  D: 4\n'), '/aXb').size, 0, '"." is not a wildcard');
});

test('indentation does not matter, as hosts trim every line; a header before any path is an error', () => {
	assert.equal(headersForPath(parseHeadersFile('/*\nX-A: 1\n'), '/').get('x-a'), '1');
	assert.throws(() => parseHeadersFile('  X-Test: 1'), /line 1/);
	assert.throws(() => parseHeadersFile('/*\n  no colon here'), /line 2/);
});

test('what Cloudflare Pages would drop is reported: too many rules, long lines, two wildcards, a path twice', () => {
	assert.deepEqual(headerFileProblems(file), []);
	const many = Array.from({ length: HOST_LIMITS.rules + 1 }, (_, n) => `/page-${n}/\n  X-A: 1`).join('\n');
	assert.match(headerFileProblems(many).join(), /101 rules/);
	// Hosts trim the line first: "X-A: " and 1,995 letters is 2,000 exactly, the longest they read.
	assert.deepEqual(headerFileProblems(`/*\n  X-A: ${'a'.repeat(1995)}`), []);
	assert.match(headerFileProblems(`/*\n  X-A: ${'a'.repeat(1996)}`).join(), /line 2 is 2001 characters/);
	assert.match(headerFileProblems('/*/x/*\n  X-A: 1').join(), /more than one "\*"/);
	assert.match(headerFileProblems('/*\n  X-A: 1\n/*\n  X-B: 1').join(), /given twice/);
	assert.match(headerFileProblems('/*\n/x\n  X-A: 1').join(), /\/\* sets no header/);
});

test("the project's public/_headers is within every limit", () => {
	const text = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
	assert.deepEqual(headerFileProblems(text), []);
	assert.deepEqual(headerFileProblems(headersUnderBase(text, '/legs-at-night/')), []);
});

test('under a base path every rule path carries the base, and headers still match what the browser asks for', () => {
	const text = '# comment\n/*\n  X-A: 1\n/embed/compare/\n  Content-Security-Policy: frame-ancestors *\n';
	const moved = headersUnderBase(text, '/legs-at-night/');
	assert.equal(
		moved,
		'# comment\n/legs-at-night/*\n  X-A: 1\n/legs-at-night/embed/compare/\n  Content-Security-Policy: frame-ancestors *\n',
	);
	const rules = parseHeadersFile(moved);
	assert.equal(
		headersForPath(rules, '/legs-at-night/embed/compare/').get('content-security-policy'),
		'frame-ancestors *',
	);
	assert.equal(headersForPath(rules, '/embed/compare/').size, 0);
	assert.equal(headersUnderBase(text, '/'), text);
});
