/**
 * Fails the build when a page links to a page or #section that does not exist, names an image,
 * stylesheet, icon, frame or form target that is not there, uses a javascript: address, shows an
 * image without alt text or uses an id twice, naming the article file to fix. Runs over the built
 * HTML, so it catches links written in MDX, in components and in the comparison data alike.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, findMarkupProblems, readPage, type PageLinks } from '../links.ts';
import { builtFiles, sitePath } from './build-output.ts';

/** Points the editor at the MDX file behind a page, when there is one. */
function sourceOf(path: string): string {
	const slug = path === '/' ? 'index' : path.replace(/^\/|\/$/g, '');
	const file = `content/articles/${slug}.mdx`;
	return existsSync(file) ? ` (in ${file})` : '';
}

export default function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'legs-at-night:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = await builtFiles(outDir);
				const pages: PageLinks[] = [];
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					pages.push(readPage(sitePath(outDir, file), await readFile(file, 'utf8')));
				}
				const problems = [
					...findBrokenLinks(pages, base, new Set(files.map((file) => sitePath(outDir, file)))),
					...findMarkupProblems(pages),
				].map(({ page, message }) => `${message}${sourceOf(page)}`);
				if (problems.length > 0) {
					throw new Error(`Broken links or images in the built site:\n  ${problems.join('\n  ')}`);
				}
				logger.info(`All internal links resolve across ${pages.length} pages.`);
			},
		},
	};
}
