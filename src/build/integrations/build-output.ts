/** The finished build as the build steps after Astro's see it: its files, and the site path of each. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under the output folder, as absolute paths. */
export async function builtFiles(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** dist/leg-cramps/index.html → /leg-cramps/; dist/404.html → /404.html (without the base path). */
export function sitePath(outDir: string, file: string): string {
	const path = `/${relative(outDir, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
