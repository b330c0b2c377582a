import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
	DOCUMENT_HEADERS,
	framingHeaders,
	inlineHashes,
	metaPolicy,
	narrowPolicy,
	pageHeaderBlock,
	withOwnPolicy,
} from '../../src/lib/csp.ts';
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

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-other=' 'sha256-also='; style-src 'self' 'sha256-styles='">
<script>theme()</script><script type="application/ld+json">{"@type":"x"}</script>
<script type="module" src="/_astro/a.js"></script><script type="module">if (a < b) go()</script>
<style>p>a{color:red}</style></head><body><script>theme()</script></body></html>`;

test('a page needs hashes only for its own inline scripts that run and its style blocks', () => {
	assert.deepEqual(inlineHashes(page), {
		scripts: [hash('theme()'), hash('if (a < b) go()')],
		styles: [hash('p>a{color:red}')],
	});
	assert.deepEqual(inlineHashes('<p>No inline code</p>'), { scripts: [], styles: [] });
});

test('narrowing keeps every other directive and source, and swaps only the hashes', () => {
	assert.equal(
		narrowPolicy("default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-x=';style-src 'self' 'sha256-y='", {
			scripts: ["'sha256-a='"],
			styles: [],
		}),
		"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a='; style-src 'self'",
	);
});

test("a built page's meta policy is rewritten to its own hashes, and the header gets the same policy", () => {
	const result = withOwnPolicy(page);
	assert.ok(result);
	assert.equal(metaPolicy(result.html), result.policy);
	assert.equal(
		result.policy,
		`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('theme()')} ${hash('if (a < b) go()')}; style-src 'self' ${hash('p>a{color:red}')}`,
	);
	assert.equal(result.html.replace(/<meta[^>]*>/, ''), page.replace(/<meta[^>]*>/, ''), 'nothing else changes');
	assert.equal(withOwnPolicy('<p>no policy</p>'), undefined);
});

test('every page block carries the document-only headers; files get none of them', () => {
	const block = pageHeaderBlock('/about/', "script-src 'self'", framingHeaders('/about/'));
	const rules = parseHeadersFile(block);
	for (const [name, value] of DOCUMENT_HEADERS) {
		assert.equal(headersForPath(rules, '/about/').get(name.toLowerCase()), value);
	}
	assert.match(headersForPath(rules, '/about/').get('permissions-policy') ?? '', /camera=\(\)/);
	assert.equal(headersForPath(rules, '/_astro/a.js').size, 0);
});
