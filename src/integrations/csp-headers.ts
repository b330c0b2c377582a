/**
 * After the build, narrows each page's <meta> Content-Security-Policy to the inline scripts and
 * styles that page really has (Astro lists those of the whole site), and appends a block per HTML
 * page to dist/_headers (copied from public/_headers): the same policy, plus the framing rule that
 * a <meta> policy cannot carry. /embed/* may be framed by any site; every other
 * page by none (frame-ancestors 'none' and X-Frame-Options: DENY).
 *
 * Blocks are per page rather than one "/*" rule because Netlify and Cloudflare Pages combine the
 * headers of every matching rule: a "/*" DENY would also reach the embed.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { framingHeaders, pageHeaderBlock, withOwnPolicy } from '../lib/csp.ts';
import { headersUnderBase } from '../lib/static-headers.ts';
import { builtFiles, sitePath } from './build-output.ts';

export default function cspHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'legs-at-night:csp-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const blocks: string[] = [];
				for (const file of (await builtFiles(outDir)).filter((name) => name.endsWith('.html')).sort()) {
					const path = sitePath(outDir, file);
					const page = withOwnPolicy(await readFile(file, 'utf8'));
					if (!page) throw new Error(`${relative(outDir, file)} has no Content-Security-Policy <meta> tag.`);
					await writeFile(file, page.html);
					blocks.push(pageHeaderBlock(path, page.policy, framingHeaders(path)));
				}
				// Paths as the browser asks for them, base included (so under BASE_PATH too, like _redirects).
				const file = join(outDir, '_headers');
				const site = await readFile(file, 'utf8').catch(() => '');
				await writeFile(file, headersUnderBase(`${site}\n${blocks.join('\n')}`, base));
				logger.info(`Security headers written for ${blocks.length} pages.`);
			},
		},
	};
}
