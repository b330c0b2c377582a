/*
 * Legs at Night: auto-height for the embedded comparison table (version 1).
 * Paste it once, after the iframe. It resizes an iframe to the height its content reports, and
 * only when all three hold: the iframe carries data-legs-at-night-embed, the message came from that
 * iframe's own window, and from the origin of that iframe's src. Every other message is ignored.
 * No dependencies, no cookies, no storage, no network requests.
 */
(function () {
	'use strict';
	if (window.__legsAtNightEmbed) return;
	window.__legsAtNightEmbed = true;

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'legs-at-night:height' || data.version !== 1) return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 50000) return;
		var frames = document.querySelectorAll('iframe[data-legs-at-night-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			var origin;
			try {
				origin = new URL(frame.src, document.baseURI).origin;
			} catch {
				return;
			}
			if (event.origin !== origin) return;
			frame.style.height = Math.ceil(height) + 'px';
			return;
		}
	});
})();
