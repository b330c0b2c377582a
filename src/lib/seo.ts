/**
 * Pure builders for what search engines and chat apps read: the <title>, the meta tags of a link
 * preview, sitemap.xml and robots.txt. Callers pass a resolver for absolute URLs, so these run in
 * unit tests without Astro, and every URL still derives from SITE_URL and BASE_PATH.
 */
import { isoDate } from './dates.ts';

/** The site's name, as shown in titles, previews and share images. */
export const SITE_NAME = 'Legs at Night';

/** A one-line description of the whole site, for pages that have none of their own. */
export const SITE_TAGLINE = 'Plain-language help for leg pain that wakes you at night.';

/** Search results cut titles at about 60 characters and descriptions at about 160. */
export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 160;

/** Share images are the size every big chat app and social site crops to without loss. */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** Turns a site path ("/leg-cramps/") into an absolute URL on the configured origin and base path. */
export type AbsoluteUrl = (sitePath: string) => string;

/** Shortens text to at most `max` characters at a word boundary, ending with "…" when it had to cut. */
export function truncate(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	// A cut in the middle of a word reads as a typo, so back up to the last whole word when there is one.
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The <title>: "Page | Legs at Night" when that fits in 60 characters, else the page title alone (shortened if need be). */
export function pageTitle(title: string): string {
	const clean = title.replace(/\s+/g, ' ').trim();
	if (clean === SITE_NAME) return clean;
	const full = `${clean} | ${SITE_NAME}`;
	return full.length <= TITLE_MAX ? full : truncate(clean, TITLE_MAX);
}

/** The meta description, at most 160 characters. */
export function metaDescription(description: string): string {
	return truncate(description, DESCRIPTION_MAX);
}

/**
 * The site path of the share image for an article (by id) or another page with its own image. The
 * route that draws them, src/pages/og/[slug].png.ts, sits at this path (a unit test checks).
 */
export function shareImagePath(slug: string): string {
	return `/og/${slug}.png`;
}

/** The slug of the share image used by pages that have none of their own (about, search, 404). */
export const SITE_SHARE_IMAGE_SLUG = 'site';

/** The share image used by pages that have none of their own. */
export const DEFAULT_SHARE_IMAGE = shareImagePath(SITE_SHARE_IMAGE_SLUG);

/** Pages other than articles that have their own share image: site path → slug. The route draws these. */
export const PAGE_SHARE_IMAGE_SLUGS = { '/compare/': 'compare' } as const satisfies Record<string, string>;

/** The share image of a page: the one it asks for, else its own if it has one, else the site's. */
export function shareImageFor(sitePath: string, requested?: string): string {
	if (requested) return requested;
	const slug = (PAGE_SHARE_IMAGE_SLUGS as Readonly<Record<string, string>>)[sitePath];
	return slug ? shareImagePath(slug) : DEFAULT_SHARE_IMAGE;
}

/**
 * The text alternative of a page's share image, naming the page and the site in one phrase:
 * "Warning signs: when to see a doctor, from Legs at Night". Joining with a colon read as a second
 * subtitle ("…: when to see a doctor: Legs at Night"); a title that asks or exclaims keeps its mark
 * and the site follows as its own phrase; a title that names the site already is used as it is.
 */
export function shareImageAlt(title: string): string {
	const clean = title.replace(/\s+/g, ' ').trim();
	if (clean.includes(SITE_NAME)) return clean;
	if (/[?!]$/.test(clean)) return `${clean} From ${SITE_NAME}`;
	return `${clean.replace(/[\s,;:.–-]+$/, '')}, from ${SITE_NAME}`;
}

export interface SeoInput {
	/** Page title without the site name. */
	title: string;
	/** One sentence describing the page. */
	description: string;
	/** Site path of the page, e.g. "/leg-cramps/". */
	path: string;
	/** "article" for articles, "website" for everything else. */
	type: 'website' | 'article';
	/** Site path of the 1200 × 630 share image. */
	image: string;
	/** Text alternative of the share image. */
	imageAlt: string;
	/** When the page was last reviewed, for article:modified_time. */
	modified?: Date | undefined;
}

/** One <meta> tag: Open Graph uses property=, everything else name=. */
export interface MetaTag {
	attribute: 'name' | 'property';
	key: string;
	content: string;
}

export interface SeoHeadData {
	title: string;
	description: string;
	canonical: string;
	meta: MetaTag[];
}

/** Everything the document head needs for search results and link previews, all URLs absolute. */
export function buildSeoHead(input: SeoInput, absolute: AbsoluteUrl): SeoHeadData {
	const title = pageTitle(input.title);
	const description = metaDescription(input.description);
	const canonical = absolute(input.path);
	const image = absolute(input.image);
	// Previews show the page title on its own: the site name travels in og:site_name.
	const previewTitle = truncate(input.title, TITLE_MAX);
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
	const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
	const meta: MetaTag[] = [
		{ attribute: 'name', key: 'description', content: description },
		og('site_name', SITE_NAME),
		og('locale', 'en_GB'),
		og('type', input.type),
		og('title', previewTitle),
		og('description', description),
		og('url', canonical),
		og('image', image),
		og('image:type', 'image/png'),
		og('image:width', String(SHARE_IMAGE_WIDTH)),
		og('image:height', String(SHARE_IMAGE_HEIGHT)),
		og('image:alt', input.imageAlt),
		twitter('card', 'summary_large_image'),
		twitter('title', previewTitle),
		twitter('description', description),
		twitter('image', image),
		twitter('image:alt', input.imageAlt),
	];
	if (input.type === 'article' && input.modified) {
		meta.push({ attribute: 'property', key: 'article:modified_time', content: isoDate(input.modified) });
	}
	return { title, description, canonical, meta };
}

/** One <url> in sitemap.xml. */
export interface SitemapEntry {
	/** Absolute URL of the page. */
	loc: string;
	/** When the page last changed in substance (for articles: lastReviewed). */
	lastmod?: Date | undefined;
}

function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** sitemap.xml per sitemaps.org, sorted by URL so the file only changes when the pages do. */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
	const urls = [...entries]
		.sort((a, b) => a.loc.localeCompare(b.loc, 'en'))
		.map(({ loc, lastmod }) => {
			const modified = lastmod ? `<lastmod>${isoDate(lastmod)}</lastmod>` : '';
			return `\t<url><loc>${escapeXml(loc)}</loc>${modified}</url>`;
		});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		'',
	].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL, as the format requires. */
export function buildRobots(sitemapUrl: string): string {
	return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
