/**
 * Reads the _headers file format that Netlify and Cloudflare Pages use, so the local server, the
 * tests and the benchmark apply exactly the headers a real host would:
 *
 *   /embed/*
 *     Content-Security-Policy: frame-ancestors *
 *
 * A path line starts at column 0; header lines under it are indented. `*` matches any run of
 * characters (including "/"); every matching block applies, later blocks override earlier ones.
 */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
		const line = rawLine.trimEnd();
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path.`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The same _headers text with every path line under `base` ("/legs-at-night/"), because hosts match
 * rules against the path the browser asks for, base included, as _redirects lines already are.
 */
export function headersUnderBase(text: string, base: string): string {
	if (base === '/' || base === '') return text;
	const prefix = base.replace(/\/+$/, '');
	return text
		.split('\n')
		.map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
		.join('\n');
}

function patternToRegExp(pattern: string): RegExp {
	const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
	return new RegExp(`^${escaped}$`);
}

/** The headers that apply to a request path, merged in file order (names compared case-insensitively). */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const merged = new Map<string, string>();
	for (const rule of rules) {
		if (!patternToRegExp(rule.pattern).test(pathname)) continue;
		for (const [name, value] of rule.headers) merged.set(name.toLowerCase(), value);
	}
	return merged;
}
