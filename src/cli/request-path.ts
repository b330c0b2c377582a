/**
 * Turning the path a client sends into the file it may see, for the local static server. Pure
 * string work (no file system), so every hostile shape of path is unit-tested here: malformed
 * percent-escapes, encoded "../" and "/" that try to climb out of the site folder, doubled slashes
 * that would turn a redirect into a link to another site.
 */

/** The request target as a host matches it: the pathname (percent-escapes kept) and the query. */
export interface RequestTarget {
	pathname: string;
	search: string;
}

/**
 * Splits a request target ("/leg-cramps/?q=1") the way hosts see it: dot segments removed,
 * percent-escapes kept. Undefined when it is not a path at all (a proxy's absolute URL, "*").
 * The origin is glued on as text, not passed as a base URL, because "//evil.example/x" relative
 * to a base would be read as another host rather than as a path with an empty first segment.
 */
export function parseTarget(target: string): RequestTarget | undefined {
	if (!target.startsWith('/')) return undefined;
	try {
		const url = new URL(`http://localhost${target}`);
		return { pathname: url.pathname, search: url.search };
	} catch {
		return undefined;
	}
}

/** Why a path has no file: `bad-request` (unreadable: 400) or `outside` (climbs out of the site: 404). */
export type Resolved =
	{ kind: 'path'; segments: string[]; trailingSlash: boolean } | { kind: 'bad-request' } | { kind: 'outside' };

/**
 * The folder and file names a site path ("/leg-cramps/", without the base) asks for, decoded, with
 * empty and "." segments dropped and ".." applied. A malformed escape or a NUL byte is a bad
 * request; a ".." above the site's root, or a backslash (a separator on Windows), is outside.
 * Decoding comes before splitting, so an encoded "%2f" separates segments as "/" does.
 */
export function resolveSitePath(sitePath: string): Resolved {
	let decoded: string;
	try {
		decoded = decodeURIComponent(sitePath);
	} catch {
		return { kind: 'bad-request' };
	}
	if (decoded.includes('\0')) return { kind: 'bad-request' };
	if (decoded.includes('\\')) return { kind: 'outside' };
	const segments: string[] = [];
	for (const segment of decoded.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (segments.length === 0) return { kind: 'outside' };
			segments.pop();
			continue;
		}
		segments.push(segment);
	}
	return { kind: 'path', segments, trailingSlash: decoded.endsWith('/') };
}

/** Files a host reads as configuration and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** True for the site's _headers and _redirects, which hosts read and never serve. */
export function isHostFile(segments: readonly string[]): boolean {
	return segments.length === 1 && HOST_FILES.has(segments[0]!);
}

/**
 * The canonical address of a folder under the base: "/legs-at-night/leg-cramps/". Built from the
 * resolved segments, so it never starts with "//" (which a browser reads as another host).
 */
export function folderLocation(base: string, segments: readonly string[], search = ''): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = segments.map((segment) => `${encodeURIComponent(segment)}/`).join('');
	return `${prefix}${path}${search}`;
}

/**
 * True when a Location stays on this site: one leading "/" and no "//" or "/\" after it, which
 * browsers read as a link to another host.
 */
export function isLocalLocation(location: string): boolean {
	return /^\/(?![/\\])/.test(location);
}
