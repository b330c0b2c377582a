import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, pageSchema } from './schemas/article.ts';

/** Health articles: content/articles/<slug>.mdx becomes /<slug>/ (index.mdx is the home page). */
const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/articles' }),
	schema: articleSchema,
});

/** Site pages that are prose but not articles, such as /about/. */
const pages = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/pages' }),
	schema: pageSchema,
});

export const collections = { articles, pages };
