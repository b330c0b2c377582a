/**
 * Content Security Policy helpers. Astro writes a hash-based policy into each page's <meta> tag,
 * listing the hashes of inline scripts and styles from across the whole site. After the build each
 * page's policy is narrowed to the inline code that page really has (less to allow, and fewer bytes
 * on every page), and the host header carries the same policy plus frame-ancestors, which a <meta>
 * policy cannot set.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Script types a browser runs; any other type (JSON-LD, say) is data, which script-src does not govern. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The policy text inside a page's <meta http-equiv="content-security-policy">, if any. */
export function metaPolicy(html: string): string | undefined {
	return decode(META.exec(html)?.[1]);
}

function decode(value: string | undefined): string | undefined {
	return value?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** CSP source expressions for a page's own inline scripts (that run) and <style> blocks, in page order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
	const root = parse(html);
	const scripts = root
		.querySelectorAll('script')
		.filter((script) => !script.hasAttribute('src'))
		.filter((script) => EXECUTABLE.has((script.getAttribute('type') ?? '').trim().toLowerCase()))
		.map((script) => sha256(script.rawText));
	const styles = root.querySelectorAll('style').map((style) => sha256(style.rawText));
	return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The policy with script-src and style-src listing exactly these hashes beside their non-hash sources. */
export function narrowPolicy(policy: string, hashes: { scripts: string[]; styles: string[] }): string {
	return policy
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '')
		.map((directive) => {
			const [name = '', ...sources] = directive.split(/\s+/);
			const own = name === 'script-src' ? hashes.scripts : name === 'style-src' ? hashes.styles : undefined;
			if (!own) return directive;
			return [name, ...sources.filter((source) => !source.startsWith("'sha256-")), ...own].join(' ');
		})
		.join('; ');
}

/**
 * A built page with its <meta> policy narrowed to its own inline code; `policy` is the new text.
 * Undefined when the page has no policy tag, which the caller treats as a build error.
 */
export function withOwnPolicy(html: string): { html: string; policy: string } | undefined {
	const policy = metaPolicy(html);
	if (policy === undefined) return undefined;
	const narrowed = narrowPolicy(policy, inlineHashes(html));
	const attribute = narrowed.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return { html: html.replace(META, (tag, content: string) => tag.replace(content, attribute)), policy: narrowed };
}

/**
 * Headers only a document uses, sent with every page (not with every file, where they would cost
 * about 380 bytes a response for nothing). The Permissions-Policy turns off every feature the site
 * does not use.
 */
export const DOCUMENT_HEADERS: readonly (readonly [name: string, value: string])[] = [
	[
		'Permissions-Policy',
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()',
	],
	['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Only the embeddable pages may be framed, by any site; every other page by none. */
export function framingHeaders(sitePath: string): { frameAncestors: string; xFrameOptions?: string } {
	return sitePath.startsWith('/embed/') ? { frameAncestors: '*' } : { frameAncestors: "'none'", xFrameOptions: 'DENY' };
}

/**
 * One _headers block for one page: its CSP (with frame-ancestors), X-Frame-Options where it applies,
 * and the document headers.
 */
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
	for (const [name, value] of DOCUMENT_HEADERS) lines.push(`  ${name}: ${value}`);
	return `${lines.join('\n')}\n`;
}
