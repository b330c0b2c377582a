import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, pageSchema } from './schemas/article.ts';
import { comparisonLoader, comparisonSchema } from './features/compare/content/schema.ts';
import { warningSignSchema, warningSignsLoader } from './features/warning-signs/content/schema.ts';

/** Health articles: content/articles/<slug>.mdx becomes /<slug>/ (index.mdx is the home page). */
const articles = defineCollection({
	// The id is the file name as written, so assertUniqueSlugs can catch two files that differ only
	// in case, which the default slugified id would silently merge into one.
	loader: glob({
		pattern: '*.mdx',
		base: './content/articles',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: articleSchema,
});

/** Site pages that are prose but not articles, such as /about/. */
const pages = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/pages' }),
	schema: pageSchema,
});

/** The comparison table's columns, from content/comparison.yaml (one entry per condition, in file order). */
const comparison = defineCollection({
	loader: comparisonLoader(),
	schema: comparisonSchema,
});

/** Every warning sign once, with its level, from content/warning-signs.yaml (one entry per sign, in file order). */
const warningSigns = defineCollection({
	loader: warningSignsLoader(),
	schema: warningSignSchema,
});

export const collections = { articles, pages, comparison, warningSigns };
