/**
 * After the build: narrows each page's <meta> Content-Security-Policy to the inline scripts and
 * styles that page really has (Astro lists those of the whole site) and drops 'wasm-unsafe-eval'
 * from pages without search; then writes dist/_headers from public/_headers with every path under
 * BASE_PATH.
 *
 * The headers are a constant set of pattern rules (public/_headers: a site-wide "/*" that refuses
 * framing, an "/embed/*" exception, caching and encoding), never one block per page, so the file
 * stays within Cloudflare Pages' 100 rules and 2,000 characters a line however many articles
 * there are. The build fails when it would not, and when the site-wide header policy would block
 * something a page's <meta> policy allows (a browser enforces both).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicyConflicts, isPagePartial, withOwnPolicy } from '../csp.ts';
import { headerFileProblems, headersForPath, headersUnderBase, parseHeadersFile } from '../static-headers.ts';
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
				const file = join(outDir, '_headers');
				// Paths as the browser asks for them, base included (so under BASE_PATH too, like _redirects).
				const text = headersUnderBase(await readFile(file, 'utf8'), base);
				const problems = headerFileProblems(text);
				if (problems.length > 0) throw new Error(`public/_headers: ${problems.join('; ')}.`);
				const rules = parseHeadersFile(text);

				const pages = (await builtFiles(outDir)).filter((name) => name.endsWith('.html')).sort();
				for (const page of pages) {
					const name = relative(outDir, page);
					const html = await readFile(page, 'utf8');
					// The policy a host sends with this page, by the same rules a host applies.
					const path = `${base.replace(/\/$/, '')}${sitePath(outDir, page)}`;
					const header = headersForPath(rules, path).get('content-security-policy') ?? '';
					if (!/\bframe-ancestors\b/.test(header)) {
						throw new Error(`public/_headers: ${name} would be sent without frame-ancestors (framable by any site).`);
					}
					// A page partial (export const partial = true, such as /compare/widget/) is markup another
					// page fetches and adopts: it has no <head> for a policy, and the adopting page's applies.
					if (isPagePartial(html)) continue;
					const own = withOwnPolicy(html);
					if (!own) throw new Error(`${name} has no Content-Security-Policy <meta> tag.`);
					await writeFile(page, own.html);
					// Two rules setting the policy join with ", ": two policies, the stricter one winning.
					if (header.includes(',')) {
						throw new Error(`public/_headers: ${name} gets two policies; detach with "! Content-Security-Policy".`);
					}
					const conflicts = headerPolicyConflicts(header, own.policy);
					if (conflicts.length > 0) {
						throw new Error(
							`public/_headers: the policy sent with ${name} is stricter than its own: ${conflicts.join('; ')}.`,
						);
					}
				}
				await writeFile(file, text);
				logger.info(`${rules.length} header rules (patterns, not per page); ${pages.length} page policies narrowed.`);
			},
		},
	};
}
