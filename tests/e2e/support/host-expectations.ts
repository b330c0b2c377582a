/**
 * What a host must answer for the built site, as one table both servers are held to: Cloudflare's
 * Pages emulator (wrangler pages dev) and the local server (src/cli/serve.ts). Requests go out as
 * raw HTTP (node:http: the path exactly as written, the body as sent, nothing unpacked), so the
 * table checks the wire, not what a browser or fetch() makes of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseRedirects } from '../../../src/build/redirects.ts';
import { outDir, repoRoot } from './site.ts';

/** A header value to expect: exact text, a pattern, or null for "not sent". */
export type HeaderCheck = string | RegExp | null;

export interface HostExpectation {
	/** What the row is about, for the test title. */
	name: string;
	/** The request path, sent as written. */
	path: string;
	/** The statuses a host may answer with: an other address of a page may be a redirect to it. */
	status: readonly number[];
	/** Where a redirect must point, when the host answers with one. */
	location?: string;
	headers: Record<string, HeaderCheck>;
	/** A file of dist/ whose bytes the body must be, unchanged (stored gzipped files). */
	body?: string;
	/** Send "Accept-Encoding: gzip", as a browser does (default true). */
	acceptGzip?: boolean;
}

/** One answer on the wire. */
export interface WireReply {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** GETs `path` from `origin` exactly as written, and returns the status, headers and raw body. */
export function rawGet(origin: string, path: string, acceptGzip = true): Promise<WireReply> {
	const { hostname, port } = new URL(origin);
	return new Promise((done, fail) => {
		const outgoing = request(
			{ host: hostname, port, path, agent: false, headers: acceptGzip ? { 'Accept-Encoding': 'gzip' } : {} },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const headers: Record<string, string> = {};
					for (const [name, value] of Object.entries(response.headers)) {
						if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
					}
					done({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
				});
			},
		);
		outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`GET ${path} timed out`)));
		outgoing.on('error', fail);
		outgoing.end();
	});
}

/** What every page, other address and 404 carries: no framing, and the document-only headers. */
const UNFRAMEABLE_DOCUMENT: Record<string, HeaderCheck> = {
	'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'strict-transport-security': /^max-age=\d{8,}$/,
	'cross-origin-resource-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': /(^|, )camera=\(\)/,
};

/** The first file in a dist/ folder with this ending, as a site path. */
function firstFile(folder: string, ending: string): string {
	const name = readdirSync(join(outDir, folder))
		.filter((file) => file.endsWith(ending))
		.sort()[0];
	if (!name) throw new Error(`No *${ending} file in ${folder}: the build looks incomplete.`);
	return `/${folder}/${name}`;
}

/** Stored gzipped by Pagefind: sent with Content-Encoding: gzip and the bytes untouched. */
function gzipped(name: string, path: string): HostExpectation {
	return { name, path, status: [200], body: path, headers: { 'content-encoding': 'gzip' } };
}

/** The table. Built from the build output and content/redirects.yaml, so it follows the site. */
export function hostExpectations(): HostExpectation[] {
	const redirects = parseRedirects(readFileSync(join(repoRoot, 'content/redirects.yaml'), 'utf8'));
	return [
		{ name: 'an article is unframeable', path: '/leg-cramps/', status: [200], headers: UNFRAMEABLE_DOCUMENT },
		{
			name: 'an article by its index.html is unframeable',
			path: '/leg-cramps/index.html',
			status: [200, 308],
			location: '/leg-cramps/',
			headers: UNFRAMEABLE_DOCUMENT,
		},
		{
			name: 'an article with a doubled slash is unframeable',
			path: '/leg-cramps//',
			status: [200],
			headers: UNFRAMEABLE_DOCUMENT,
		},
		{
			name: '/compare/ by its index.html is unframeable',
			path: '/compare/index.html',
			status: [200, 308],
			location: '/compare/',
			headers: UNFRAMEABLE_DOCUMENT,
		},
		{ name: 'a missing page is unframeable', path: '/no-such-page/', status: [404], headers: UNFRAMEABLE_DOCUMENT },
		{
			name: "the comparison widget's partial is unframeable, unindexed and runs only the site's scripts",
			path: '/compare/widget/',
			status: [200],
			headers: {
				'content-security-policy':
					"default-src 'none'; script-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
				'x-robots-tag': 'noindex',
				'x-frame-options': 'DENY',
				'cross-origin-resource-policy': 'same-origin',
				'x-content-type-options': 'nosniff',
			},
		},
		{
			name: 'the embed may be framed by any site, with no X-Frame-Options',
			path: '/embed/compare/',
			status: [200],
			headers: {
				'content-security-policy': "frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'",
				'x-frame-options': null,
				'cross-origin-resource-policy': 'cross-origin',
				'x-content-type-options': 'nosniff',
			},
		},
		{
			name: 'the embed with a shared view may be framed too',
			path: '/embed/compare/?show=leg-cramps,restless-legs&diff=1',
			status: [200],
			headers: { 'content-security-policy': /^frame-ancestors \*;/, 'x-frame-options': null },
		},
		{
			name: "the host page's script may be loaded by other sites",
			path: '/embed.js',
			status: [200],
			headers: { 'cross-origin-resource-policy': 'cross-origin', 'x-content-type-options': 'nosniff' },
		},
		{
			name: 'the comparison data may be read by other sites',
			path: '/compare/comparison.json',
			status: [200],
			headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' },
		},
		{
			name: 'share images may be shown by other sites',
			path: firstFile('og', '.png'),
			status: [200],
			headers: { 'cross-origin-resource-policy': 'cross-origin' },
		},
		{
			name: 'a hashed script is cached for good and skips the document-only headers',
			path: firstFile('_astro', '.js'),
			status: [200],
			headers: {
				'cache-control': 'public, max-age=31536000, immutable',
				'content-security-policy': "frame-ancestors 'none'",
				'x-frame-options': 'DENY',
				'cross-origin-resource-policy': 'same-origin',
				'x-content-type-options': 'nosniff',
				'permissions-policy': null,
				'cross-origin-opener-policy': null,
				'strict-transport-security': null,
			},
		},
		...redirects.map(({ from, to }) => ({
			name: `the old address ${from} moved permanently to ${to}`,
			path: from,
			status: [301],
			location: to,
			headers: {},
		})),
		gzipped("Pagefind's index chunk", firstFile('pagefind/index', '.pf_index')),
		gzipped("Pagefind's page fragment", firstFile('pagefind/fragment', '.pf_fragment')),
		gzipped("Pagefind's filter", firstFile('pagefind/filter', '.pf_filter')),
		gzipped("Pagefind's WebAssembly", '/pagefind/wasm.en-gb.pagefind'),
		{
			name: 'pagefind.js, plain JavaScript beside them, is not declared gzipped',
			path: '/pagefind/pagefind.js',
			status: [200],
			acceptGzip: false,
			headers: { 'content-encoding': null, 'cache-control': 'public, max-age=3600' },
		},
		...['/_headers', '/_redirects'].map((path) => ({
			name: `${path} is not served`,
			path,
			// Cloudflare Pages never uploads it (404); wrangler 4.164 answers 502, looking for a folder of that name.
			status: [404, 502],
			headers: {},
		})),
	];
}

/** What is wrong with a reply, measured against its row; empty when it holds. */
export function mismatches(row: HostExpectation, reply: WireReply): string[] {
	const wrong: string[] = [];
	if (!row.status.includes(reply.status)) wrong.push(`status ${reply.status}, expected ${row.status.join(' or ')}`);
	if (row.location !== undefined && reply.status >= 300 && reply.status < 400) {
		if (reply.headers['location'] !== row.location)
			wrong.push(`Location ${reply.headers['location']}, expected ${row.location}`);
	}
	for (const [name, check] of Object.entries(row.headers)) {
		const value = reply.headers[name];
		if (check === null) {
			if (value !== undefined) wrong.push(`${name} is "${value}", expected none`);
		} else if (value === undefined) wrong.push(`${name} is missing`);
		else if (typeof check === 'string' ? value !== check : !check.test(value)) {
			wrong.push(`${name} is "${value}", expected ${String(check)}`);
		}
	}
	if (row.body !== undefined && !reply.body.equals(readFileSync(join(outDir, row.body)))) {
		wrong.push(`the body is not the stored file ${row.body} byte for byte (${reply.body.length} bytes)`);
	}
	if (reply.status === 200 && /\/_(headers|redirects)$/.test(row.path)) wrong.push('a host file was served');
	return wrong;
}
