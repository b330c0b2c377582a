/**
 * The embed snippet for one view of the table, as the embed code on /compare/ rewrites it in the
 * browser. A module of its own, apart from embed.ts: the embed page's height script imports
 * embed.ts, and a module imported by both scripts would become a chunk of its own, a request on
 * every embed and on /compare/.
 */

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The snippet for one view of the table: the same code with `query` (such as "?show=a,b&diff=1",
 * or "" for the whole table) added to the iframe's address. `embedUrl` is the address the snippet
 * was built with; a snippet without it is returned unchanged rather than guessed at.
 */
export function snippetForView(snippet: string, embedUrl: string, query: string): string {
	const src = `src="${escapeAttribute(embedUrl)}"`;
	return snippet.replace(src, `src="${escapeAttribute(embedUrl + query)}"`);
}
