/**
 * /search/vocabulary.json: every word the published articles use, most frequent first. The search
 * page loads it with Pagefind and corrects misspelled queries against it. Built from the same
 * collection as the pages, so it can never suggest a word the site does not contain.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { isPublished } from '../../lib/articles.ts';
import { buildVocabulary } from '../../features/search/build/vocabulary.ts';

export const GET: APIRoute = async () => {
	const articles = await getCollection('articles', isPublished);
	const texts = articles.flatMap(({ body, data }) => [
		data.title,
		data.description,
		...data.summary,
		...data.aliases,
		body ?? '',
	]);
	return new Response(JSON.stringify(buildVocabulary(texts)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
