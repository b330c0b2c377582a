/**
 * Content Security Policy helpers. Astro writes a hash-based policy into each page's <meta> tag; the
 * host header must carry the same policy plus frame-ancestors, which a <meta> policy cannot set.
 */

/** The policy text inside a page's <meta http-equiv="content-security-policy">, if any. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** Only the embeddable pages may be framed, by any site; every other page by none. */
export function framingHeaders(sitePath: string): { frameAncestors: string; xFrameOptions?: string } {
	return sitePath.startsWith('/embed/') ? { frameAncestors: '*' } : { frameAncestors: "'none'", xFrameOptions: 'DENY' };
}

/** One _headers block for one page: its CSP (with frame-ancestors) and X-Frame-Options where it applies. */
export function pageHeaderBlock(
	sitePath: string,
	policy: string,
	framing: { frameAncestors: string; xFrameOptions?: string },
): string {
	const directives = policy
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'));
	const lines = [
		sitePath,
		`  Content-Security-Policy: ${[...directives, `frame-ancestors ${framing.frameAncestors}`].join('; ')}`,
	];
	if (framing.xFrameOptions) lines.push(`  X-Frame-Options: ${framing.xFrameOptions}`);
	return `${lines.join('\n')}\n`;
}
