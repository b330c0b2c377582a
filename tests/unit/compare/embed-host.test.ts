/**
 * public/embed.js, the script site owners paste next to the iframe, run as shipped: in a bare
 * context with just enough of a window and document to receive messages. It must resize only our
 * marked iframe, only for a well-formed message from that iframe's own window and origin.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import {
	EMBED_MARKER,
	HEIGHT_MESSAGE_TYPE,
	HEIGHT_MESSAGE_VERSION,
} from '../../../src/features/compare/model/names.ts';

const source = readFileSync(resolve(import.meta.dirname, '../../../public/embed.js'), 'utf8');

interface FakeFrame {
	src: string;
	contentWindow: object;
	style: { height?: string };
}

/** Runs embed.js once on a host page holding `frames`; returns a function that delivers a message. */
function hostPage(frames: FakeFrame[]) {
	let listener: ((event: unknown) => void) | undefined;
	const selectors: string[] = [];
	const window: Record<string, unknown> = {
		addEventListener: (type: string, handler: (event: unknown) => void) => {
			if (type === 'message') listener = handler;
		},
	};
	const document = {
		baseURI: 'https://clinic.example/guide/',
		querySelectorAll: (selector: string) => {
			selectors.push(selector);
			return frames;
		},
	};
	runInNewContext(source, { window, document, URL, isFinite });
	return {
		selectors,
		deliver: (data: unknown, from: { source: object; origin: string }) => listener?.({ data, ...from }),
	};
}

const embedOrigin = 'https://legsatnight.example';
const message = (height: unknown, extra: object = {}) => ({
	type: HEIGHT_MESSAGE_TYPE,
	version: HEIGHT_MESSAGE_VERSION,
	height,
	...extra,
});

function setUp() {
	const ours: FakeFrame = { src: `${embedOrigin}/embed/compare/`, contentWindow: {}, style: {} };
	const other: FakeFrame = { src: `${embedOrigin}/embed/compare/?show=a,b`, contentWindow: {}, style: {} };
	return { ours, other, page: hostPage([other, ours]) };
}

test('the script speaks the same message as the embed and looks only at marked iframes', () => {
	assert.ok(source.includes(`'${HEIGHT_MESSAGE_TYPE}'`));
	assert.ok(source.includes(`data.version !== ${HEIGHT_MESSAGE_VERSION}`));
	const { page } = setUp();
	page.deliver(message(500), { source: {}, origin: embedOrigin });
	assert.deepEqual(page.selectors, [`iframe[${EMBED_MARKER}]`]);
});

test('a height from our iframe, on its origin, sizes that iframe only (rounded up)', () => {
	const { ours, other, page } = setUp();
	page.deliver(message(812.2), { source: ours.contentWindow, origin: embedOrigin });
	assert.equal(ours.style.height, '813px');
	assert.equal(other.style.height, undefined);
});

test('messages from another window, another origin, or of another shape change nothing', () => {
	const { ours, page } = setUp();
	const from = { source: ours.contentWindow, origin: embedOrigin };
	page.deliver(message(300), { source: {}, origin: embedOrigin });
	page.deliver(message(300), { source: ours.contentWindow, origin: 'https://evil.example' });
	for (const bad of [
		null,
		'legs-at-night:height',
		{ type: HEIGHT_MESSAGE_TYPE, height: 300 },
		message(300, { version: 2 }),
		message(300, { type: 'other' }),
		message('300'),
		message('<img src=x onerror=alert(1)>'),
		message(-5),
		message(0),
		message(Infinity),
		message(Number.NaN),
		message(1e9),
	]) {
		page.deliver(bad, from);
	}
	assert.equal(ours.style.height, undefined);
});

test('pasting the script twice does not resize twice', () => {
	let listeners = 0;
	const window: Record<string, unknown> = { addEventListener: () => (listeners += 1) };
	const context = { window, document: { querySelectorAll: () => [] }, URL, isFinite };
	runInNewContext(source, context);
	runInNewContext(source, context);
	assert.equal(listeners, 1);
});
