import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	buildEmbedSnippet,
	buildOEmbed,
	EMBED_MARKER,
	escapeAttribute,
	snippetForView,
} from '../../../src/features/compare/model/embed.ts';

const options = {
	embedUrl: 'https://legs.example/sub/embed/compare/',
	scriptUrl: 'https://legs.example/sub/embed.js',
	title: 'Leg pain "compared" <here>',
};

test('the snippet is an iframe with a title and fixed height, plus the async host script', () => {
	const snippet = buildEmbedSnippet(options);
	const [frame, script] = snippet.split('\n');
	assert.match(frame ?? '', /^<iframe src="https:\/\/legs\.example\/sub\/embed\/compare\/"/);
	assert.match(frame ?? '', /title="Leg pain &quot;compared&quot; &lt;here&gt;"/);
	assert.match(frame ?? '', /height="1200"/);
	assert.ok(frame?.includes(EMBED_MARKER));
	assert.equal(script, '<script src="https://legs.example/sub/embed.js" async></script>');
});

test('the snippet refuses relative URLs, which would break on the host site', () => {
	assert.throws(() => buildEmbedSnippet({ ...options, embedUrl: '/embed/compare/' }), /absolute URLs/);
});

test('attribute escaping covers quotes, ampersands and angle brackets', () => {
	assert.equal(escapeAttribute(`a&b"c<d>`), 'a&amp;b&quot;c&lt;d&gt;');
	assert.match(
		buildEmbedSnippet({ ...options, embedUrl: 'https://x.example/?a=1&b="2"' }),
		/\?a=1&amp;b=&quot;2&quot;/,
	);
});

test('the oEmbed document is a rich type whose html is exactly the snippet', () => {
	const snippet = buildEmbedSnippet(options);
	const doc = buildOEmbed({ snippet, title: 'T', providerUrl: 'https://legs.example/sub/' });
	assert.equal(doc.version, '1.0');
	assert.equal(doc.type, 'rich');
	assert.equal(doc.html, snippet);
	assert.ok(doc.width > 0 && doc.height > 0);
});

test('the snippet for a view carries exactly that view in the iframe address, and nothing else changes', () => {
	const snippet = buildEmbedSnippet(options);
	const view = snippetForView(snippet, options.embedUrl, '?show=leg-cramps,restless-legs&diff=1');
	assert.match(
		view,
		/^<iframe src="https:\/\/legs\.example\/sub\/embed\/compare\/\?show=leg-cramps,restless-legs&amp;diff=1"/,
	);
	assert.equal(view.replace('?show=leg-cramps,restless-legs&amp;diff=1', ''), snippet);
	assert.equal(snippetForView(view, options.embedUrl, ''), view, 'only the snippet as built is rewritten');
	assert.equal(snippetForView(snippet, options.embedUrl, ''), snippet);
	assert.equal(snippetForView(snippet, 'https://other.example/embed/', '?show=a,b'), snippet);
});
