/**
 * Internal link checking over built pages: every link to another page of the site must reach a
 * page that exists, and every #fragment must name an id on its target page.
 */
import { parse } from 'node-html-parser';

export interface PageLinks {
	/** Site path of the page, e.g. "/leg-cramps/". */
	path: string;
	/** Every id on the page. */
	ids: Set<string>;
	/** Every href on the page (a and link[rel=canonical|alternate] excluded: those are absolute). */
	hrefs: string[];
	/** Images without alt text (decorative images must say alt=""). */
	imagesWithoutAlt: string[];
}

export function readPage(path: string, html: string): PageLinks {
	const root = parse(html);
	return {
		path,
		ids: new Set(root.querySelectorAll('[id]').map((element) => element.id)),
		hrefs: root.querySelectorAll('a[href]').map((anchor) => anchor.getAttribute('href') ?? ''),
		imagesWithoutAlt: root
			.querySelectorAll('img')
			.filter((img) => img.getAttribute('alt') === undefined)
			.map((img) => img.getAttribute('src') ?? '(no src)'),
	};
}

/**
 * Broken internal links across the site, as "page → href: reason". Paths are site paths
 * (base path already stripped); assets (files with an extension) are checked against `files`.
 */
export function findBrokenLinks(pages: readonly PageLinks[], base: string, files: ReadonlySet<string>): string[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const broken: string[] = [];
	const origin = 'http://site.invalid';
	for (const page of pages) {
		for (const href of page.hrefs) {
			if (/^(mailto:|tel:|javascript:)/i.test(href)) continue;
			const url = new URL(href, new URL(joinPath(base, page.path), origin));
			if (url.origin !== origin) continue;
			const trimmedBase = base.replace(/\/$/, '');
			if (!url.pathname.startsWith(`${trimmedBase}/`)) {
				broken.push(`${page.path} → ${href}: outside the base path ${base}`);
				continue;
			}
			const target = url.pathname.slice(trimmedBase.length) || '/';
			const targetPage = byPath.get(target);
			if (!targetPage) {
				if (!files.has(target)) broken.push(`${page.path} → ${href}: no such page`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !targetPage.ids.has(fragment)) broken.push(`${page.path} → ${href}: no id "${fragment}" there`);
		}
	}
	return broken;
}

function joinPath(base: string, path: string): string {
	return `${base.replace(/\/$/, '')}${path}`;
}
