/**
 * What another site pastes to embed the table, and the oEmbed document that describes it. The
 * snippet works on its own (a fixed-height iframe that scrolls inside); the script makes it grow
 * to fit. Both URLs are absolute, built from SITE_URL and BASE_PATH by the caller.
 */
import { escapeAttribute } from './snippet-view.ts';

export { escapeAttribute, snippetForView } from './snippet-view.ts';

import { EMBED_MARKER } from './names.ts';

// The names public/embed.js answers to live with the feature's other names.
export { EMBED_MARKER, HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION } from './names.ts';

/** Height before the host script runs (or if it never does): the whole table at desktop width. */
export const FALLBACK_HEIGHT = 1200;

export interface SnippetOptions {
	/** Absolute URL of /embed/compare/ (may carry ?show=…). */
	embedUrl: string;
	/** Absolute URL of /embed.js. */
	scriptUrl: string;
	/** The iframe's accessible name. */
	title: string;
	height?: number;
}

/** The two-line snippet shown on /compare/, served in the oEmbed document, and pasted by site owners. */
export function buildEmbedSnippet({ embedUrl, scriptUrl, title, height = FALLBACK_HEIGHT }: SnippetOptions): string {
	for (const url of [embedUrl, scriptUrl]) {
		if (!/^https?:\/\//.test(url)) throw new Error(`The embed snippet needs absolute URLs; got "${url}".`);
	}
	return (
		`<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" height="${height}"` +
		` style="width:100%;border:0" loading="lazy" ${EMBED_MARKER}></iframe>\n` +
		`<script src="${escapeAttribute(scriptUrl)}" async></script>`
	);
}

export interface OEmbedOptions {
	snippet: string;
	title: string;
	providerUrl: string;
	height?: number;
	width?: number;
}

/** The oEmbed 1.0 "rich" response: consumers paste `html` as is, so it is exactly the snippet. */
export function buildOEmbed({ snippet, title, providerUrl, height = FALLBACK_HEIGHT, width = 720 }: OEmbedOptions) {
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: 'Legs at Night',
		provider_url: providerUrl,
		html: snippet,
		width,
		height,
	};
}
