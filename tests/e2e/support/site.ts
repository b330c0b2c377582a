/**
 * What the end-to-end tests know about the built site: where it is, and which pages it has.
 * Pages are found by walking the build output, so a new article is tested without editing a list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const outDir = resolve(repoRoot, process.env['OUT_DIR'] ?? 'dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full);
		return entry.name === 'index.html' ? [full] : [];
	});
}

/** Redirect stubs (meta refresh) stand in for old URLs; they are not pages to read. */
function isRedirectStub(file: string): boolean {
	return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

/** Site paths ("/", "/leg-cramps/") of every readable page, embed pages excluded. */
export function readablePages(): string[] {
	if (!existsSync(outDir)) throw new Error(`No build at ${outDir}: run npm run build first.`);
	return htmlFiles(outDir)
		.filter((file) => !isRedirectStub(file))
		.map((file) => `/${relative(outDir, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/'))
		.filter((path) => !path.startsWith('/embed/'))
		.sort();
}

/** Article paths: pages whose <main> is indexed for search. */
export function articlePages(): string[] {
	return readablePages().filter((path) => {
		const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
		return /<main[^>]*data-pagefind-body/.test(html);
	});
}

/** Turns a site path into a URL relative to Playwright's baseURL, which carries BASE_PATH. */
export function at(path: string): string {
	return path === '/' ? './' : path.replace(/^\//, '');
}
