/**
 * /og/<slug>.png: the share image of every published article, of /compare/ and of the site as a
 * whole (used by pages without their own), rendered at build time, or read from the share image
 * cache when nothing it shows has changed since the last build (src/build/share-image-cache.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isPublished } from '../../lib/articles.ts';
import { PAGE_SHARE_IMAGE_SLUGS, SITE_NAME, SITE_SHARE_IMAGE_SLUG, SITE_TAGLINE } from '../../lib/seo.ts';
import { renderShareImage, shareImageInputs, shareImageKey, type ShareImageText } from '../../build/share-image.ts';
import { cachedShareImage } from '../../build/share-image-cache.ts';

/** Share images of pages that are not articles, by the slug lib/seo.ts gives their pages. */
const pageImages: Record<string, ShareImageText> = {
	[PAGE_SHARE_IMAGE_SLUGS['/compare/']]: {
		title: 'Cramp, restless legs or something else?',
		summary: 'Compare what you feel side by side, and see which signs need a doctor.',
	},
	[SITE_SHARE_IMAGE_SLUG]: { title: SITE_NAME, summary: SITE_TAGLINE },
};

export const getStaticPaths = (async () => {
	const articles = await getCollection('articles', isPublished);
	return [
		...articles.map((article) => ({
			params: { slug: article.id },
			props: { title: article.data.title, summary: article.data.description },
		})),
		...Object.entries(pageImages).map(([slug, text]) => ({ params: { slug }, props: text })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<ShareImageText> = async ({ props }) => {
	const key = shareImageKey(await shareImageInputs(props));
	const png = await cachedShareImage(key, () => renderShareImage(props));
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
