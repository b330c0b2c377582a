/**
 * The redirects list (content/redirects.yaml): old site path → current site path. Parsed and
 * checked here, so a typo fails the build with a message naming the entry, and turned into the
 * _redirects file that static hosts read.
 */
import { parse } from 'yaml';

export interface Redirect {
	/** The old site path, e.g. "/night-leg-cramps/". */
	from: string;
	/** The current site path, e.g. "/leg-cramps/". */
	to: string;
}

/** Where the list lives, relative to the project root. */
export const REDIRECTS_FILE = 'content/redirects.yaml';

/** Site paths in the URL map: lower-case words joined by "-" between slashes, ending with a slash. */
const sitePath = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

/** Parses and checks the list; throws naming the file and the entry when something is wrong. */
export function parseRedirects(text: string, file = REDIRECTS_FILE): Redirect[] {
	const data: unknown = parse(text) ?? [];
	const fail = (where: string, problem: string): never => {
		throw new Error(`${file}: ${where}: ${problem}`);
	};
	if (!Array.isArray(data)) fail('the file', 'must be a list of entries, each "- from: /old/" and "to: /new/".');
	const redirects = (data as unknown[]).map((entry, index): Redirect => {
		const where = `entry ${index + 1}`;
		if (typeof entry !== 'object' || entry === null) return fail(where, 'must have "from:" and "to:".');
		const { from, to, ...extra } = entry as Record<string, unknown>;
		const unknownKeys = Object.keys(extra);
		if (unknownKeys.length > 0) fail(where, `unknown field "${unknownKeys[0]}": use only "from" and "to".`);
		for (const [name, value] of [
			['from', from],
			['to', to],
		] as const) {
			if (typeof value !== 'string' || !sitePath.test(value)) {
				fail(
					where,
					`"${name}: ${String(value)}" must be a site path such as /leg-cramps/ (lower case, "/" at both ends).`,
				);
			}
		}
		if (from === '/') fail(where, '"from" cannot be the home page.');
		if (from === to) fail(where, `"from" and "to" are both ${String(from)}.`);
		return { from: from as string, to: to as string };
	});
	const sources = new Set<string>();
	for (const { from } of redirects) {
		if (sources.has(from)) fail(from, 'is listed twice as "from".');
		sources.add(from);
	}
	for (const { from, to } of redirects) {
		// A chain (a → b → c) costs readers a second hop; point "from" straight at the final page.
		if (sources.has(to)) fail(`${from} → ${to}`, `${to} is itself redirected: point ${from} at its final page.`);
	}
	return redirects;
}

/**
 * The _redirects file read by Netlify and Cloudflare Pages: one "from to 301" line per entry, with
 * the deploy base path (joinBase) in front of both paths.
 */
export function buildRedirectsFile(redirects: readonly Redirect[], withBasePath: (path: string) => string): string {
	const lines = redirects.map(({ from, to }) => `${withBasePath(from)} ${withBasePath(to)} 301`);
	return `# From ${REDIRECTS_FILE}: old addresses of moved pages.\n${lines.join('\n')}\n`;
}

/** One line of a _redirects file as hosts read it: exact old path, new location, status. */
export interface RedirectRule {
	from: string;
	to: string;
	status: number;
}

/**
 * Reads a _redirects file ("from to [status]" per line, # comments) for the local server. Only the
 * exact-path lines this build writes are understood; a splat or :placeholder line throws, so a
 * future rule the local server cannot follow fails loudly instead of being skipped.
 */
export function parseRedirectsFile(text: string): RedirectRule[] {
	const rules: RedirectRule[] = [];
	for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
		const line = rawLine.trim();
		if (line === '' || line.startsWith('#')) continue;
		const [from = '', to = '', status = '302', ...rest] = line.split(/\s+/);
		const where = `_redirects line ${index + 1}`;
		if (rest.length > 0 || !/^\/\S*$/.test(from) || to === '' || !/^(301|302|303|307|308)$/.test(status)) {
			throw new Error(`${where}: expected "/old/path /new/path 301", got "${line}".`);
		}
		if (/[*:]/.test(from)) throw new Error(`${where}: the local server only follows exact paths, not "${from}".`);
		rules.push({ from, to, status: Number(status) });
	}
	return rules;
}
