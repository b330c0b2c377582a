// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * Every absolute URL (canonical, share previews, the embed snippet, the sitemap) derives from
 * SITE_URL and BASE_PATH, so another team can deploy dist/ under its own domain or a sub-path.
 */
const site = process.env.SITE_URL ?? 'https://legsatnight.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// OUT_DIR lets several builds (a sub-path build in the tests, a 1,000-article benchmark) live side by side.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	build: { format: 'directory', inlineStylesheets: 'always' },
	integrations: [mdx()],
	security: { csp: true },
	devToolbar: { enabled: false },
});
