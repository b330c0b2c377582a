/**
 * Content Security Policy helpers. Astro writes a hash-based policy into each page's <meta> tag,
 * listing the hashes of inline scripts and styles from across the whole site. After the build each
 * page's policy is narrowed to the inline code that page really has (less to allow, and fewer bytes
 * on every page), and loses 'wasm-unsafe-eval' when the page has no search (only Pagefind compiles
 * WebAssembly). The host header (public/_headers) carries one site-wide policy for what a <meta>
 * policy cannot set (frame-ancestors) plus directives every page's <meta> repeats word for word:
 * a browser enforces both policies, so the header must never be the stricter one.
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
 * The elements whose scripts load Pagefind, and with it the WebAssembly that needs
 * 'wasm-unsafe-eval': <search-form> (the header search, on first focus) and <search-page>.
 */
const SEARCH_ELEMENTS = 'search-form, search-page';

/** True when the page carries a search box, so it may load Pagefind's WebAssembly. */
export function hasSearch(html: string): boolean {
	return parse(html).querySelector(SEARCH_ELEMENTS) !== null;
}

/** The policy without 'wasm-unsafe-eval' in script-src, for a page that never compiles WebAssembly. */
export function withoutWasm(policy: string): string {
	return policy
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '')
		.map((directive) =>
			directive.startsWith('script-src ')
				? directive
						.split(/\s+/)
						.filter((source) => source !== "'wasm-unsafe-eval'")
						.join(' ')
				: directive,
		)
		.join('; ');
}

/**
 * A built page with its <meta> policy narrowed to its own inline code (and to no WebAssembly when
 * it has no search); `policy` is the new text. Undefined when the page has no policy tag, which
 * the caller treats as a build error.
 */
export function withOwnPolicy(html: string): { html: string; policy: string } | undefined {
	const policy = metaPolicy(html);
	if (policy === undefined) return undefined;
	const own = narrowPolicy(policy, inlineHashes(html));
	const narrowed = hasSearch(html) ? own : withoutWasm(own);
	const attribute = narrowed.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return { html: html.replace(META, (tag, content: string) => tag.replace(content, attribute)), policy: narrowed };
}

/**
 * True for the output of an Astro page partial (`export const partial = true`): markup with no
 * <html> element, made to be fetched and adopted by a page, so it carries no policy of its own.
 */
export function isPagePartial(html: string): boolean {
	return !/^\s*(?:<!doctype html>|<html[\s>])/i.test(html);
}

/** Directives a <meta> policy cannot carry, so the header holds them alone. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** A policy's directives by name, each with its source list as written. */
function directives(policy: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const part of policy.split(';')) {
		const [name = '', ...sources] = part.trim().split(/\s+/);
		if (name !== '') map.set(name.toLowerCase(), sources.join(' '));
	}
	return map;
}

/**
 * Why a site-wide header policy would block something a page's <meta> policy allows (empty when it
 * cannot): every header directive other than the header-only ones must appear in the <meta> with
 * the same sources. A directive the <meta> lacks would be stricter there (a fetch directive falls
 * back to default-src or script-src in the <meta>, where the page's hashes live).
 */
export function headerPolicyConflicts(headerPolicy: string, pagePolicy: string): string[] {
	const page = directives(pagePolicy);
	const conflicts: string[] = [];
	for (const [name, sources] of directives(headerPolicy)) {
		if (HEADER_ONLY.has(name)) continue;
		const own = page.get(name);
		if (own === undefined) conflicts.push(`${name} is in the header policy but not in the page's <meta>`);
		else if (own !== sources) conflicts.push(`${name} is "${sources}" in the header but "${own}" in the page's <meta>`);
	}
	return conflicts;
}
