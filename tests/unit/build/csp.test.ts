import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
	hasSearch,
	headerPolicyConflicts,
	inlineHashes,
	metaPolicy,
	narrowPolicy,
	withOwnPolicy,
	withoutWasm,
} from '../../../src/build/csp.ts';

test('the meta policy is read from built HTML with entities decoded', () => {
	const html = `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`;
	assert.equal(metaPolicy(html), "script-src 'self'");
	assert.equal(metaPolicy('<p>none</p>'), undefined);
});

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-other=' 'sha256-also='; style-src 'self' 'sha256-styles='">
<script>theme()</script><script type="application/ld+json">{"@type":"x"}</script>
<script type="module" src="/_astro/a.js"></script><script type="module">if (a < b) go()</script>
<style>p>a{color:red}</style></head><body><search-form></search-form><script>theme()</script></body></html>`;

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

test("a page without a search box loses 'wasm-unsafe-eval'; a page with one keeps it", () => {
	const embed = page.replace('<search-form></search-form>', '<compare-table></compare-table>');
	assert.equal(hasSearch(page), true);
	assert.equal(hasSearch(embed), false);
	assert.equal(hasSearch(page.replace('search-form', 'search-page').replace('/search-form', '/search-page')), true);
	assert.match(withOwnPolicy(page)?.policy ?? '', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	const own = withOwnPolicy(embed)?.policy ?? '';
	assert.doesNotMatch(own, /wasm-unsafe-eval/);
	assert.match(own, /script-src 'self' 'sha256-/, 'the hashes stay');
	assert.equal(
		withoutWasm("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"),
		"default-src 'self'; script-src 'self'; style-src 'self'",
	);
});

const meta =
	"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'sha256-a='";

test('a header policy of frame-ancestors and directives the page repeats word for word is never stricter', () => {
	assert.deepEqual(
		headerPolicyConflicts("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'", meta),
		[],
	);
	assert.deepEqual(headerPolicyConflicts("frame-ancestors *; img-src 'self' data:", meta), []);
});

test('a header policy that would block the theme script or tighten a directive is a conflict', () => {
	// script-src without the page's hashes, or default-src (scripts fall back to it), blocks inline code.
	assert.equal(headerPolicyConflicts("script-src 'self'", meta).length, 1);
	assert.match(headerPolicyConflicts("default-src 'none'", meta)[0] ?? '', /default-src/);
	assert.match(headerPolicyConflicts("img-src 'self'", meta)[0] ?? '', /img-src is "'self'" in the header/);
	assert.match(headerPolicyConflicts("worker-src 'self'", meta)[0] ?? '', /not in the page's <meta>/);
});
