import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** The kinds of article; each decides where the article sits in the navigation. */
export const articleCategories = ['overview', 'condition', 'self-care', 'warning-signs'] as const;

/** One reference. Papers are cited by DOI or PMID; web pages by their vetted URL. */
export const sourceSchema = z
	.object({
		/** Who published it, e.g. "Mayo Clinic" or "Cochrane". */
		publisher: z.string().min(2),
		/** The title of the page or paper, as its publisher gives it. */
		title: z.string().min(3),
		/** Web address; only addresses listed in shared/sources.md as verified. */
		url: z.url({ protocol: /^https?$/ }).optional(),
		/** Digital Object Identifier of a paper, e.g. "10.1002/14651858.CD009402.pub3". */
		doi: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, 'A DOI looks like 10.1234/something, without https://doi.org/.')
			.optional(),
		/** PubMed ID of a paper: digits only. */
		pmid: z
			.string()
			.regex(/^\d{5,9}$/, 'A PMID is 5 to 9 digits.')
			.optional(),
		/** Year of publication, shown after the title. */
		year: z.number().int().min(1950).max(2100).optional(),
	})
	.refine((source) => source.url || source.doi || source.pmid, {
		message: 'Each source needs a url, a doi or a pmid so readers can find it.',
	});

/** A medical condition a page is about, for search engines (schema.org MedicalCondition). */
export const conditionSchema = z.object({
	/** The condition's usual name, e.g. "Deep vein thrombosis". */
	name: z.string().min(3),
	/** Other names people use for it, e.g. ["DVT", "Blood clot in the leg"]. */
	alternateName: z.array(z.string().min(2)).optional(),
});

/** The person who checked the article; shown next to the review date. */
export const reviewerSchema = z.object({
	/** Full name. */
	name: z.string().min(2),
	/** Role or qualification, e.g. "General practitioner". */
	role: z.string().min(2),
});

/** Frontmatter contract for content/articles/*.mdx. The file name is the URL slug. */
export const articleSchema = z
	.object({
		/** Page heading and <title>; a question or a plain name, at most 60 characters. */
		title: z.string().min(3).max(60),
		/** One sentence for search engines and link previews, at most 160 characters. */
		description: z.string().min(20).max(160),
		/** 2 to 5 key points, shown in the "Key points" box at the top of the article. */
		summary: z.array(z.string().min(3)).min(2).max(5),
		/** overview (the home page), condition, self-care or warning-signs. */
		category: z.enum(articleCategories),
		/** Lay words and common misspellings readers search with ("charley horse", "restles legs"). */
		aliases: z.array(z.string().min(2)).default([]),
		/** Date a clinician or editor last checked the whole article (YYYY-MM-DD). */
		lastReviewed: z.coerce.date(),
		/** Date the next full review is due, normally 12 months after lastReviewed. */
		nextReview: z.coerce.date(),
		/** The conditions the page is about, for search engines; leave out for pages about many causes. */
		about: z.array(conditionSchema).default([]),
		/** Who reviewed it; leave out until a named reviewer has signed it off. */
		reviewedBy: reviewerSchema.optional(),
		/** At least 2 references, from shared/sources.md. */
		sources: z.array(sourceSchema).min(2, 'List at least 2 sources.'),
		/** Other articles to read next, by file name without .mdx. */
		related: z.array(reference('articles')).default([]),
		/** Drafts are left out of the build, the sitemap and the search index. */
		draft: z.boolean().default(false),
	})
	.refine((article) => article.nextReview > article.lastReviewed, {
		message: 'nextReview must be a later date than lastReviewed.',
		path: ['nextReview'],
	});

/** Frontmatter contract for content/pages/*.mdx (about, and other pages that are not articles). */
export const pageSchema = z.object({
	/** Page heading and <title>, at most 60 characters. */
	title: z.string().min(3).max(60),
	/** One sentence for search engines and link previews, at most 160 characters. */
	description: z.string().min(20).max(160),
	/** Date the page was last checked (YYYY-MM-DD). */
	lastReviewed: z.coerce.date(),
});
