/**
 * Finding the file for a resolved request path inside the site folder, for the local server. The
 * path is confined twice: resolveSitePath (src/cli/request-path.ts) already refuses ".." above
 * the root, and the joined file path must still lie inside the root folder, compared with a
 * separator so that "/work/dist-private" never counts as inside "/work/dist".
 */
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** True when `path` is `root` itself or lies inside it (both absolute). */
export function isInside(root: string, path: string): boolean {
	const base = resolve(root);
	const target = resolve(path);
	return target === base || target.startsWith(base.endsWith(sep) ? base : `${base}${sep}`);
}

/** What a request path finds: a file to send, a folder asked for without its "/", or nothing. */
export type Lookup = { kind: 'file'; file: string } | { kind: 'folder' } | { kind: 'missing' };

/**
 * Looks up resolved segments under `root`: a file, a folder's index.html when the request ends
 * with "/", or a folder asked for without the slash (which the server redirects).
 */
export async function lookupFile(root: string, segments: readonly string[], trailingSlash: boolean): Promise<Lookup> {
	const candidate = join(root, ...segments);
	if (!isInside(root, candidate)) return { kind: 'missing' };
	const info = await stat(candidate).catch(() => null);
	if (info?.isFile() && !trailingSlash) return { kind: 'file', file: candidate };
	if (info?.isDirectory()) {
		if (!trailingSlash && segments.length > 0) return { kind: 'folder' };
		const index = join(candidate, 'index.html');
		const indexInfo = await stat(index).catch(() => null);
		if (indexInfo?.isFile()) return { kind: 'file', file: index };
	}
	return { kind: 'missing' };
}
