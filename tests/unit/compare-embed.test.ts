import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	buildEmbedSnippet,
	buildOEmbed,
	EMBED_MARKER,
	escapeAttribute,
	readHeightMessage,
} from '../../src/lib/compare-embed.ts';

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

test('only the versioned height message with a sane number is accepted', () => {
	assert.equal(readHeightMessage({ type: 'legs-at-night:height', version: 1, height: 812.3 }), 813);
	for (const bad of [
		null,
		'legs-at-night:height',
		{ type: 'legs-at-night:height', height: 800 },
		{ type: 'legs-at-night:height', version: 2, height: 800 },
		{ type: 'other', version: 1, height: 800 },
		{ type: 'legs-at-night:height', version: 1, height: '800' },
		{ type: 'legs-at-night:height', version: 1, height: -5 },
		{ type: 'legs-at-night:height', version: 1, height: Infinity },
		{ type: 'legs-at-night:height', version: 1, height: 1e9 },
	]) {
		assert.equal(readHeightMessage(bad), null, JSON.stringify(bad));
	}
});
