/**
 * Build step for content/redirects.yaml: after the build, writes one "old new 301" line per entry
 * into the output's _redirects (appending to a _redirects copied from public/, if any), and fails the
 * build when an old path is still a real page or a new path is not a page at all. Needed because an
 * Astro route cannot be named "_redirects", and only a finished build knows every page.
 */
import { existsSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildRedirectsFile, parseRedirects, REDIRECTS_FILE } from '../redirects.ts';
import { joinBase } from '../../lib/urls.ts';

/** The route that writes the "This page has moved" pages; every other route's output must stay clear of them. */
const REDIRECT_ROUTE = 'src/pages/[...redirect].astro';

export default function redirects(): AstroIntegration {
	let root: URL;
	let base = '/';
	return {
		name: 'legs-at-night:redirects',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
				base = config.base;
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const list = parseRedirects(await readFile(new URL(REDIRECTS_FILE, root), 'utf8'));
				const outDir = fileURLToPath(dir);
				const pageFile = (path: string) => `${outDir}${path.slice(1)}index.html`;

				// An old path that another route also built would hide a real page behind a redirect.
				for (const [route, files] of assets) {
					if (route.includes('[...redirect]')) continue;
					for (const { from } of list) {
						if (files.some((file) => fileURLToPath(file) === pageFile(from))) {
							throw new Error(
								`${REDIRECTS_FILE}: ${from} is redirected, but ${route} also builds a page there. Remove the entry or move the page.`,
							);
						}
					}
				}
				for (const { from, to } of list) {
					if (!existsSync(pageFile(to))) {
						throw new Error(`${REDIRECTS_FILE}: ${from} points to ${to}, but the build has no page there.`);
					}
				}

				const target = `${outDir}_redirects`;
				const lines = buildRedirectsFile(list, (path) => joinBase(base, path));
				if (existsSync(target)) await appendFile(target, `\n${lines}`);
				else await writeFile(target, lines);
				logger.info(`${list.length} redirects written to _redirects (see ${REDIRECT_ROUTE} for the fallback pages).`);
			},
		},
	};
}
