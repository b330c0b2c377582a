/**
 * The embed's side of auto-height: tells the parent page how tall the content is, on load, whenever
 * its size changes (fonts, a narrower window, the horizontal scrollbar) and whenever the reader
 * changes the view. The host's public/embed.js resizes the iframe. The message carries a number
 * only, so it is posted to any origin: the embed does not know, and need not trust, its host.
 */
import { HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION } from '../model/embed.ts';

const content = document.querySelector<HTMLElement>('[data-embed-content]');

function postHeight(): void {
	if (!content || window.parent === window) return;
	const height = Math.ceil(content.getBoundingClientRect().height);
	window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, version: HEIGHT_MESSAGE_VERSION, height }, '*');
}

if (content) {
	new ResizeObserver(postHeight).observe(content);
	document.addEventListener('compare-change', postHeight);
	window.addEventListener('load', postHeight);
	postHeight();
}
