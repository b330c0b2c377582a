import { test } from 'node:test';
import assert from 'node:assert/strict';
import { framingHeaders, metaPolicy, pageHeaderBlock } from '../../src/lib/csp.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/static-headers.ts';

test('the meta policy is read from built HTML with entities decoded', () => {
	const html = `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`;
	assert.equal(metaPolicy(html), "script-src 'self'");
	assert.equal(metaPolicy('<p>none</p>'), undefined);
});

test('only /embed/ pages may be framed', () => {
	assert.deepEqual(framingHeaders('/embed/compare/'), { frameAncestors: '*' });
	assert.deepEqual(framingHeaders('/compare/'), { frameAncestors: "'none'", xFrameOptions: 'DENY' });
});

test('a page block carries the page policy with frame-ancestors, and parses back', () => {
	const block = pageHeaderBlock(
		'/leg-cramps/',
		"script-src 'self' 'sha256-a';style-src 'self'",
		framingHeaders('/leg-cramps/'),
	);
	const headers = headersForPath(parseHeadersFile(block), '/leg-cramps/');
	assert.equal(
		headers.get('content-security-policy'),
		"script-src 'self' 'sha256-a'; style-src 'self'; frame-ancestors 'none'",
	);
	assert.equal(headers.get('x-frame-options'), 'DENY');
	const embed = pageHeaderBlock('/embed/compare/', "script-src 'self'", framingHeaders('/embed/compare/'));
	assert.equal(headersForPath(parseHeadersFile(embed), '/embed/compare/').get('x-frame-options'), undefined);
});
