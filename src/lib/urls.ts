/**
 * URL helpers. The site may be deployed under a sub-path (BASE_PATH, e.g. /legs-at-night/), so
 * every internal link goes through withBase() and every absolute URL through absoluteUrl().
 */

/** Joins the deploy base ("/" or "/sub/path/") and a site path ("/leg-cramps/"), with one slash between. */
export function joinBase(base: string, path: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	const trimmedPath = path.startsWith('/') ? path : `/${path}`;
	return `${trimmedBase}${trimmedPath}`;
}

/** Prefixes a site path with the configured base path. */
export function withBase(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/** Turns a site path into an absolute URL on the configured origin and base path. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	if (!site) throw new Error('SITE_URL is not set: absolute URLs need an origin.');
	return new URL(withBase(path), site).href;
}

/** Strips the base path from a pathname so it can be compared with the URL map. */
export function stripBase(base: string, pathname: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return trimmedBase && pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) || '/' : pathname;
}

/**
 * The element id a URL fragment names: "#calf-stretch" → "calf-stretch", percent-escapes decoded.
 * Anyone can type or send a fragment, and a malformed escape ("#%E0%A4%A") makes decodeURIComponent
 * throw; such a fragment is taken as written (it names no id, so nothing is scrolled to).
 */
export function fragmentId(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
