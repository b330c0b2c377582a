/**
 * Reads the _headers file format that Cloudflare Pages and Netlify use, and applies it the way
 * Cloudflare Pages does (checked against wrangler's own parser and asset worker), so the local
 * server, the tests and the benchmark send the headers a real host would:
 *
 *   /*
 *     X-Frame-Options: DENY
 *   /embed/*
 *     ! X-Frame-Options
 *
 * A line starting with "/" is a rule's path; the lines under it are "Name: value" pairs or
 * "! Name", which detaches a header an earlier rule attached. Every rule whose path matches the
 * request applies, in file order: its detaches first, then its headers. A header no earlier rule
 * set replaces the host's own; one an earlier rule set is joined to it with ", " (so two rules
 * that both set a header send both values, unless the later one detaches it first).
 * `*` matches any run of characters, "/" included (one per path); `:name` matches one segment.
 */
export interface HeaderRule {
	pattern: string;
	/** Headers the rule sets, names in lower case, in file order. */
	headers: [name: string, value: string][];
	/** Header names (lower case) the rule detaches ("! Name") before setting its own. */
	detach: string[];
}

/** Cloudflare Pages' documented limits for one _headers file. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

const UNSET = /^!\s+(\S+)$/;

/** Parses _headers text; throws naming the line when a header line has no path above it or no colon. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
		// Hosts trim every line: indentation is only for people.
		const line = rawLine.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (line.startsWith('/')) {
			rules.push({ pattern: line, headers: [], detach: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers line ${index + 1}: expected a path before "${line}".`);
		const unset = UNSET.exec(line);
		if (unset) {
			rule.detach.push(unset[1]!.toLowerCase());
			continue;
		}
		const colon = line.indexOf(':');
		if (colon <= 0 || line.slice(colon + 1).trim() === '') {
			throw new Error(`_headers line ${index + 1}: expected "Name: value" or "! Name" under a path.`);
		}
		rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * What a host would reject or silently drop in this _headers text: more rules or longer lines than
 * Cloudflare Pages reads (it ignores the rest), a path with two `*` (skipped), a path given twice
 * (Cloudflare keeps only the later block), a path with no headers. Empty when the file is fine.
 */
export function headerFileProblems(text: string): string[] {
	const problems: string[] = [];
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		if (line.trim().length > HOST_LIMITS.lineLength) {
			problems.push(`line ${index + 1} is ${line.trim().length} characters (hosts read ${HOST_LIMITS.lineLength})`);
		}
	}
	const rules = parseHeadersFile(text);
	if (rules.length > HOST_LIMITS.rules) {
		problems.push(`${rules.length} rules (Cloudflare Pages reads the first ${HOST_LIMITS.rules})`);
	}
	const seen = new Set<string>();
	for (const rule of rules) {
		if (rule.pattern.split('*').length > 2) problems.push(`${rule.pattern} has more than one "*"`);
		if (seen.has(rule.pattern)) problems.push(`${rule.pattern} is given twice (Cloudflare keeps the later block only)`);
		if (rule.headers.length === 0 && rule.detach.length === 0) problems.push(`${rule.pattern} sets no header`);
		seen.add(rule.pattern);
	}
	return problems;
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

/** A rule path as a regular expression, as Cloudflare compiles it: `*` any run, `:name` one segment. */
function patternToRegExp(pattern: string): RegExp {
	const escape = (part: string) => part.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&');
	const source = pattern
		.split('*')
		.map(escape)
		.join('.*')
		.replace(/:[A-Za-z]\w*/g, '[^/]+');
	return new RegExp(`^${source}$`);
}

/** True when a rule's path matches the request path (as sent, percent-escapes and all). */
export function ruleMatches(rule: HeaderRule, pathname: string): boolean {
	return patternToRegExp(rule.pattern).test(pathname);
}

/**
 * The headers the rules give a request path, names in lower case: every matching rule in file
 * order, its detaches first, then its headers (a header set before is joined with ", ").
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const merged = new Map<string, string>();
	for (const rule of rules) {
		if (!ruleMatches(rule, pathname)) continue;
		for (const name of rule.detach) merged.delete(name);
		for (const [name, value] of rule.headers) {
			const before = merged.get(name);
			merged.set(name, before === undefined ? value : `${before}, ${value}`);
		}
	}
	return merged;
}
