// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import cspHeaders from './src/build/integrations/csp-headers.ts';
import redirects from './src/build/integrations/redirects.ts';
import linkCheck from './src/build/integrations/link-check.ts';
import shareImageCache from './src/build/integrations/share-image-cache.ts';
import searchIndex from './src/features/search/build/integration.ts';

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
	// searchIndex runs Pagefind over the finished HTML, so it comes after the steps that check it.
	integrations: [mdx(), cspHeaders(), redirects(), linkCheck(), shareImageCache(), searchIndex()],
	security: {
		// Hash-based script-src and style-src in every page's <meta>; src/build/integrations/csp-headers.ts
		// copies the same policy into the host headers. Pagefind compiles its WebAssembly search
		// engine, which needs 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript eval).
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// Articles carry no code samples; Shiki's inline styles would also break the CSP.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	vite: {
		build: {
			// No <link rel="modulepreload"> helper: every script here is small and loads on first use,
			// and the helper (about 2 KB) would otherwise ride along in the header search script.
			modulePreload: false,
		},
	},
});
