/**
 * JSON-LD (schema.org) for search engines: a MedicalWebPage and a BreadcrumbList on every article,
 * an Organization and a WebSite with a site search on the home page. Pure: callers pass the article
 * data and a resolver for absolute URLs.
 */
import { sourceLink, type SourceRef } from './sources.ts';
import { isoDate } from './dates.ts';
import { SITE_NAME, SITE_TAGLINE, type AbsoluteUrl } from './seo.ts';

/** A medical condition named in schema.org terms: the name people search for and other names for it. */
export interface Condition {
	name: string;
	alternateName?: readonly string[] | undefined;
}

/** The JSON-LD of an article, from its frontmatter. */
export interface ArticleInput {
	/** The article's id: its file name without .mdx ("index" is the home page). */
	id: string;
	/** Site path of the article, e.g. "/leg-cramps/". */
	path: string;
	title: string;
	description: string;
	lastReviewed: Date;
	reviewedBy?: { name: string; role: string } | undefined;
	sources: readonly (SourceRef & { publisher: string; title: string; year?: number | undefined })[];
	/** The conditions the page is about (frontmatter `about`); none for pages about many causes. */
	about: readonly Condition[];
	/** Site path of the share image. */
	image: string;
}

type JsonLd = Record<string, unknown>;

const LANGUAGE = 'en-GB';

function ids(absolute: AbsoluteUrl): { home: string; website: string; organization: string } {
	const home = absolute('/');
	return { home, website: `${home}#website`, organization: `${home}#organization` };
}

function website(absolute: AbsoluteUrl): JsonLd {
	const { home, website: id, organization } = ids(absolute);
	return {
		'@type': 'WebSite',
		'@id': id,
		name: SITE_NAME,
		url: home,
		inLanguage: LANGUAGE,
		publisher: { '@id': organization },
	};
}

function organization(absolute: AbsoluteUrl): JsonLd {
	const { home, organization: id } = ids(absolute);
	return { '@type': 'Organization', '@id': id, name: SITE_NAME, url: home, description: SITE_TAGLINE };
}

function citation(source: ArticleInput['sources'][number]): JsonLd {
	const work: JsonLd = {
		'@type': 'CreativeWork',
		name: source.title,
		publisher: { '@type': 'Organization', name: source.publisher },
		url: sourceLink(source).href,
	};
	if (source.doi) work['identifier'] = `doi:${source.doi}`;
	if (source.year) work['datePublished'] = String(source.year);
	return work;
}

/** The MedicalWebPage describing one article. */
export function medicalWebPage(article: ArticleInput, absolute: AbsoluteUrl): JsonLd {
	const url = absolute(article.path);
	const page: JsonLd = {
		'@type': 'MedicalWebPage',
		'@id': `${url}#webpage`,
		url,
		name: article.title,
		description: article.description,
		inLanguage: LANGUAGE,
		// Inline rather than a bare @id: on article pages the WebSite node is not in the graph.
		isPartOf: website(absolute),
		publisher: organization(absolute),
		primaryImageOfPage: { '@type': 'ImageObject', url: absolute(article.image), width: 1200, height: 630 },
		lastReviewed: isoDate(article.lastReviewed),
		dateModified: isoDate(article.lastReviewed),
		audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
		citation: article.sources.map(citation),
	};
	if (article.about.length > 0) {
		const about = article.about.map((condition) => ({ '@type': 'MedicalCondition', ...condition }));
		page['about'] = about.length === 1 ? about[0] : about;
	}
	if (article.reviewedBy) {
		page['reviewedBy'] = { '@type': 'Person', name: article.reviewedBy.name, jobTitle: article.reviewedBy.role };
	}
	if (article.path !== '/') page['breadcrumb'] = { '@id': `${url}#breadcrumb` };
	return page;
}

/** Home › Article. The home page has no trail: a one-step breadcrumb says nothing. */
export function breadcrumbList(article: ArticleInput, absolute: AbsoluteUrl): JsonLd {
	const url = absolute(article.path);
	return {
		'@type': 'BreadcrumbList',
		'@id': `${url}#breadcrumb`,
		itemListElement: [
			{ '@type': 'ListItem', position: 1, name: 'Home', item: absolute('/') },
			{ '@type': 'ListItem', position: 2, name: article.title, item: url },
		],
	};
}

/** The WebSite with its site search, which lets search engines offer a search box for the site. */
export function websiteWithSearch(absolute: AbsoluteUrl): JsonLd {
	return {
		...website(absolute),
		description: SITE_TAGLINE,
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/search/')}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** The whole JSON-LD document of an article page; the home page also carries the Organization and WebSite. */
export function articleGraph(article: ArticleInput, absolute: AbsoluteUrl): JsonLd {
	const graph: JsonLd[] = [medicalWebPage(article, absolute)];
	if (article.path === '/') graph.unshift(organization(absolute), websiteWithSearch(absolute));
	else graph.push(breadcrumbList(article, absolute));
	return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so that text such as
 * "</script>" in a title can never end the element early; U+2028/2029 for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
