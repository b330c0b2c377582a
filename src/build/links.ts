/**
 * Internal link checking over built pages: every address a page names on this site (links, images,
 * stylesheets and icons, frames, form targets) must reach a page or file that exists, and every
 * #fragment on a link must name an id on its target page. A `javascript:` address is never allowed:
 * it runs code instead of opening a page, and the Content Security Policy would block it anyway.
 */
import { parse } from 'node-html-parser';
import { fragmentId } from '../lib/urls.ts';

/** The elements and attributes that name an address the browser will fetch or open. */
const URL_ATTRIBUTES = [
	['a', 'href'],
	['img', 'src'],
	['link', 'href'],
	['iframe', 'src'],
	['form', 'action'],
] as const;

/** One address named on a page, e.g. { element: 'img', url: '/og/site.png' }. */
export interface NamedUrl {
	/** The element that names it: a, img, link, iframe or form. */
	element: (typeof URL_ATTRIBUTES)[number][0];
	/** The attribute value as written. */
	url: string;
}

export interface PageLinks {
	/** Site path of the page, e.g. "/leg-cramps/". */
	path: string;
	/** Every id on the page. */
	ids: Set<string>;
	/** Ids given to more than one element (links to them would land on the first only). */
	duplicateIds: string[];
	/** Every address the page names (absolute URLs to other origins are skipped when checked). */
	urls: NamedUrl[];
	/** Images without alt text (decorative images must say alt=""). */
	imagesWithoutAlt: string[];
}

/** A problem found on one page; `page` is its site path, so the caller can name the file behind it. */
export interface PageProblem {
	page: string;
	message: string;
}

export function readPage(path: string, html: string): PageLinks {
	const root = parse(html);
	const ids = root.querySelectorAll('[id]').map((element) => element.id);
	return {
		path,
		ids: new Set(ids),
		duplicateIds: [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))],
		urls: URL_ATTRIBUTES.flatMap(([element, attribute]) =>
			root
				.querySelectorAll(`${element}[${attribute}]`)
				.map((node) => ({ element, url: node.getAttribute(attribute) ?? '' })),
		),
		imagesWithoutAlt: root
			.querySelectorAll('img')
			.filter((img) => img.getAttribute('alt') === undefined)
			.map((img) => img.getAttribute('src') ?? '(no src)'),
	};
}

/**
 * Broken internal addresses across the site, each as "page → url: reason". Paths are site paths
 * (base path already stripped); files (anything that is not a page) are checked against `files`.
 */
export function findBrokenLinks(pages: readonly PageLinks[], base: string, files: ReadonlySet<string>): PageProblem[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const broken: PageProblem[] = [];
	const origin = 'http://site.invalid';
	const trimmedBase = base.replace(/\/$/, '');
	for (const page of pages) {
		const report = (url: string, reason: string) =>
			broken.push({ page: page.path, message: `${page.path} → ${url}: ${reason}` });
		for (const { element, url: written } of page.urls) {
			if (/^\s*javascript:/i.test(written)) {
				report(
					written,
					`a javascript: address on <${element}> runs code instead of opening a page; use a real address (or a <button> with a script)`,
				);
				continue;
			}
			if (/^(mailto:|tel:|data:)/i.test(written)) continue;
			const url = new URL(written, new URL(joinPath(base, page.path), origin));
			if (url.origin !== origin) continue;
			if (!url.pathname.startsWith(`${trimmedBase}/`)) {
				report(written, `outside the base path ${base}`);
				continue;
			}
			const target = url.pathname.slice(trimmedBase.length) || '/';
			const targetPage = byPath.get(target);
			if (!targetPage) {
				if (!files.has(target)) report(written, element === 'a' ? 'no such page' : `no such file (<${element}>)`);
				continue;
			}
			const fragment = fragmentId(url.hash);
			if (element === 'a' && fragment && !targetPage.ids.has(fragment)) report(written, `no id "${fragment}" there`);
		}
	}
	return broken;
}

/** Images without alt text and ids used twice on one page. */
export function findMarkupProblems(pages: readonly PageLinks[]): PageProblem[] {
	return pages.flatMap((page) => [
		...page.imagesWithoutAlt.map((src) => ({ page: page.path, message: `${page.path}: image ${src} has no alt text` })),
		...page.duplicateIds.map((id) => ({
			page: page.path,
			message: `${page.path}: the id "${id}" is used more than once; give each heading or box its own`,
		})),
	]);
}

function joinPath(base: string, path: string): string {
	return `${base.replace(/\/$/, '')}${path}`;
}
