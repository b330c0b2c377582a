import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersForPath, headersUnderBase, parseHeadersFile } from '../../src/lib/static-headers.ts';

const file = `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: frame-ancestors 'none'

/embed/*
  Content-Security-Policy: frame-ancestors *
`;

test('later matching blocks override earlier ones; others are untouched', () => {
	const rules = parseHeadersFile(file);
	assert.equal(rules.length, 2);
	const embed = headersForPath(rules, '/embed/compare/');
	assert.equal(embed.get('content-security-policy'), 'frame-ancestors *');
	assert.equal(embed.get('x-frame-options'), 'DENY');
	assert.equal(headersForPath(rules, '/leg-cramps/').get('content-security-policy'), "frame-ancestors 'none'");
});

test('a header line outside any path block is an error with its line number', () => {
	assert.throws(() => parseHeadersFile('  X-Test: 1'), /line 1/);
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
