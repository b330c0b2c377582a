/**
 * The embed's side of auto-height: tells the parent page how tall the content is, on load, whenever
 * its size changes (fonts, a narrower window, the horizontal scrollbar) and whenever the reader
 * changes the view. The host's public/embed.js resizes the iframe. The message carries a number
 * only, so it is posted to any origin: the embed does not know, and need not trust, its host.
 */
import type { CompareEvents, HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION } from '../model/names.ts';

// Literals of model/names.ts's types, not imported values: a value shared with the embed code's
// script on /compare/ would make Vite split it into a file of its own, one more request here.
const TYPE: typeof HEIGHT_MESSAGE_TYPE = 'legs-at-night:height';
const VERSION: typeof HEIGHT_MESSAGE_VERSION = 1;
const CHANGE: CompareEvents['change'] = 'compare-change';

const content = document.querySelector<HTMLElement>('[data-embed-content]');

function postHeight(): void {
	if (!content || window.parent === window) return;
	const height = Math.ceil(content.getBoundingClientRect().height);
	window.parent.postMessage({ type: TYPE, version: VERSION, height }, '*');
}

if (content) {
	new ResizeObserver(postHeight).observe(content);
	document.addEventListener(CHANGE, postHeight);
	window.addEventListener('load', postHeight);
	postHeight();
}
