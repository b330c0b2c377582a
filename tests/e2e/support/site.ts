/**
 * What the end-to-end tests know about the built site: where it is, and which pages it has.
 * Pages are found by walking the build output, so a new article is tested without editing a list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { isPagePartial } from '../../../src/build/csp.ts';
import { requireFrontmatter } from '../../../src/lib/frontmatter.ts';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const outDir = resolve(repoRoot, process.env['OUT_DIR'] ?? 'dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full);
		return entry.name === 'index.html' ? [full] : [];
	});
}

/** dist/leg-cramps/index.html → "/leg-cramps/"; dist/index.html → "/". */
function pagePath(file: string): string {
	return `/${relative(outDir, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/');
}

/** Redirect stubs (meta refresh) stand in for old URLs; they are not pages to read. */
function isRedirectStub(file: string): boolean {
	return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

/** Page partials (/compare/widget/) are markup other pages fetch, not pages to read. */
function isPartial(file: string): boolean {
	return isPagePartial(readFileSync(file, 'utf8'));
}

/** Site paths ("/", "/leg-cramps/") of every readable page, embed pages and page partials excluded. */
export function readablePages(): string[] {
	if (!existsSync(outDir)) throw new Error(`No build at ${outDir}: run npm run build first.`);
	return htmlFiles(outDir)
		.filter((file) => !isRedirectStub(file) && !isPartial(file))
		.map(pagePath)
		.filter((path) => !path.startsWith('/embed/'))
		.sort();
}

/** Site paths of the embeddable pages (/embed/…/), which other sites frame. */
export function embedPages(): string[] {
	if (!existsSync(outDir)) throw new Error(`No build at ${outDir}: run npm run build first.`);
	return htmlFiles(join(outDir, 'embed')).map(pagePath).sort();
}

/**
 * An address with no page: the server answers it with dist/404.html and status 404, as a static
 * host does. Per-page tests visit it so the page a reader lands on from a broken link is tested too.
 */
export const missingPage = '/no-such-page/';

/**
 * The main topics /search/ (without JavaScript) and the 404 page list, as site paths in the order
 * shown: the same fixed handful in every build, so those pages do not grow with the articles. Written
 * out, not read from src/lib/articles.ts (MAIN_TOPIC_IDS), so that changing the list there is a
 * decision the tests notice.
 */
export const MAIN_TOPICS: readonly string[] = [
	'/',
	'/leg-cramps/',
	'/restless-legs/',
	'/everyday-leg-pain/',
	'/warning-signs/',
	'/leg-pain-in-children/',
];

/** A page to visit and the status it is served with. */
export interface Visit {
	path: string;
	status: 200 | 404;
}

/**
 * Every page a reader can land on: the readable pages, the 404 page (through a missing address)
 * and, unless `embeds` is false, the embed pages. Fails when the build has no 404.html, rather than
 * silently testing fewer pages.
 */
export function pagesToVisit({ embeds = true }: { embeds?: boolean } = {}): Visit[] {
	if (!existsSync(join(outDir, '404.html'))) throw new Error(`No 404.html in ${outDir}: the build must have one.`);
	return [
		...readablePages().map((path) => ({ path, status: 200 as const })),
		...(embeds ? embedPages().map((path) => ({ path, status: 200 as const })) : []),
		{ path: missingPage, status: 404 },
	];
}

/**
 * Article paths: pages rendered by the article layout (its <article> carries the category). Not
 * "pages indexed for search": /compare/ is indexed too, and it is not an article.
 */
export function articlePages(): string[] {
	return readablePages().filter((path) => isArticleHtml(readFileSync(join(outDir, path, 'index.html'), 'utf8')));
}

/** True for the HTML of an article page (ArticleLayout.astro). */
export function isArticleHtml(html: string): boolean {
	return /<article[^>]*data-category=/.test(html);
}

/** Turns a site path into a URL relative to Playwright's baseURL, which carries BASE_PATH. */
export function at(path: string): string {
	return path === '/' ? './' : path.replace(/^\//, '');
}

/** An article file in content/articles/ as an editor wrote it. */
export interface SourceArticle {
	/** The file name without .mdx. */
	id: string;
	/** The site path it is published at: "/" for index.mdx, else "/<id>/". */
	path: string;
	/** True when its frontmatter says draft: true. */
	draft: boolean;
	/** The MDX body after the frontmatter. */
	body: string;
}

/**
 * The articles in content/articles/, read from their files rather than from the build, so a draft
 * that leaked into dist/ or an article the build dropped shows up as a difference.
 */
export function sourceArticles(): SourceArticle[] {
	const dir = join(repoRoot, 'content/articles');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			const { frontmatter, body } = requireFrontmatter(text, `content/articles/${name}`);
			const data = (parse(frontmatter) ?? {}) as { draft?: unknown };
			const id = name.slice(0, -'.mdx'.length);
			return { id, path: id === 'index' ? '/' : `/${id}/`, draft: data.draft === true, body };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}
