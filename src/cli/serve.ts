/**
 * Serves a built site (dist/ by default) the way a static host would: gzip, the headers from its
 * _headers file (applied as Cloudflare Pages applies them), the redirects in its _redirects,
 * /path → /path/ redirects, and 404.html for anything missing. Used by `npm start`, the
 * end-to-end tests and the benchmarks, so all three see what readers will see.
 *
 * Hostile requests get an answer, never a crash: a malformed escape is a 400, a path that climbs
 * out of the folder a 404, a method other than GET or HEAD a 405; _headers and _redirects are
 * never served, and no redirect leads off the site.
 *
 * With --byte-log FILE, every answer appends one JSON line to FILE: method, path, status and the
 * bytes it put on the wire, headers included. Tests and benchmarks read it to count what a reader's
 * browser fetched, Web Worker requests too, which a page cannot see.
 *
 *   node src/cli/serve.ts [dir] [--port 4321] [--base /sub/path/] [--byte-log FILE]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { lookup } from 'mrmime';
import { parseRedirectsFile, type RedirectRule } from '../build/redirects.ts';
import { folderLocation, isHostFile, isLocalLocation, parseTarget, resolveSitePath } from './request-path.ts';
import { headersForPath, parseHeadersFile } from '../build/static-headers.ts';
import { stripBase } from '../lib/urls.ts';
import { lookupFile } from './site-files.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		port: { type: 'string', default: process.env['PORT'] ?? '4321' },
		base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
		'byte-log': { type: 'string' },
	},
});
const root = resolve(positionals[0] ?? process.env['OUT_DIR'] ?? 'dist');
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const port = Number(values.port);

/** A host file's text, or '' when the build has none. */
async function hostFile(name: string): Promise<string> {
	try {
		return await readFile(join(root, name), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
		throw error;
	}
}
const headerRules = parseHeadersFile(await hostFile('_headers'));
const redirects = new Map<string, RedirectRule>(
	parseRedirectsFile(await hostFile('_redirects')).map((rule) => [rule.from, rule]),
);

const compressible = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg\+xml)/;
const METHODS = 'GET, HEAD';

interface Answer {
	status: number;
	/** The file whose bytes and type to send; none for redirects and errors. */
	file?: string;
	location?: string;
	/** A short plain-text body for errors. */
	text?: string;
}

/** What to answer for a GET or HEAD of this request target: pure decisions, no writing. */
async function answerFor(pathname: string, search: string): Promise<Answer> {
	const redirect = redirects.get(pathname);
	if (redirect)
		return { status: redirect.status, location: `${redirect.to}${redirect.to.includes('?') ? '' : search}` };
	const baseRoot = base.slice(0, -1);
	if (pathname !== baseRoot && !pathname.startsWith(base)) return { status: 404, text: 'Not under the base path' };
	const resolved = resolveSitePath(stripBase(base, pathname));
	if (resolved.kind === 'bad-request') return { status: 400, text: 'Bad request: the path cannot be read' };
	if (resolved.kind === 'outside' || isHostFile(resolved.segments))
		return { status: 404, file: join(root, '404.html') };
	const found = await lookupFile(root, resolved.segments, resolved.trailingSlash);
	if (found.kind === 'folder') return { status: 301, location: folderLocation(base, resolved.segments, search) };
	if (found.kind === 'file') return { status: 200, file: found.file };
	return { status: 404, file: join(root, '404.html') };
}

function typeOf(file: string): string {
	const type = lookup(extname(file)) ?? 'application/octet-stream';
	return type.startsWith('text/') || type.includes('javascript') ? `${type}; charset=utf-8` : type;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
	const target = parseTarget(request.url ?? '');
	if (!target) {
		response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
		return;
	}
	// _headers paths carry the base, as the browser's request does; they apply to every answer.
	for (const [name, value] of headersForPath(headerRules, target.pathname)) response.setHeader(name, value);
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { Allow: METHODS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
		return;
	}
	const answer = await answerFor(target.pathname, target.search);
	if (answer.location !== undefined) {
		// Locations come from _redirects or from resolved segments; refuse anything that leaves the site.
		if (!isLocalLocation(answer.location)) throw new Error(`Refusing a redirect off the site: ${answer.location}`);
		response.writeHead(answer.status, { Location: answer.location }).end();
		return;
	}
	if (!answer.file) {
		response.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(answer.text);
		return;
	}
	const body = await readFile(answer.file).catch(() => Buffer.from('Not found'));
	const type = typeOf(answer.file);
	const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && compressible.test(type);
	const payload = gzip ? gzipSync(body, { level: 9 }) : body;
	response.setHeader('Content-Type', type);
	response.setHeader('Vary', 'Accept-Encoding');
	if (gzip) response.setHeader('Content-Encoding', 'gzip');
	response.setHeader('Content-Length', payload.length);
	// Node sends no body for HEAD, but the same headers, Content-Length included.
	response.writeHead(answer.status).end(payload);
}

const byteLog = values['byte-log'];

/** One line of the byte log (see the top of this file). */
export interface ByteLogEntry {
	method: string;
	path: string;
	status: number;
	bytes: number;
}

/**
 * Logs what this answer wrote to its socket. A connection carries one answer at a time (browsers
 * do not pipeline HTTP/1.1), so the socket's byte count before and after is exactly this answer's.
 */
function logBytes(request: IncomingMessage, response: ServerResponse, file: string): void {
	const { socket } = request;
	const before = socket.bytesWritten;
	response.once('finish', () => {
		const entry: ByteLogEntry = {
			method: request.method ?? '',
			path: request.url ?? '',
			status: response.statusCode,
			bytes: socket.bytesWritten - before,
		};
		appendFileSync(file, `${JSON.stringify(entry)}\n`);
	});
}

const server = createServer((request, response) => {
	if (byteLog) logBytes(request, response, byteLog);
	handle(request, response).catch((error: unknown) => {
		// One bad request must never stop the server: log it and answer 500 if nothing was sent yet.
		console.error(`${request.method} ${request.url}:`, error);
		if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
		response.end('Internal server error');
	});
});

server.listen(port, '127.0.0.1', () => {
	// The port actually bound, so a caller that asked for port 0 (any free one) learns which.
	const address = server.address();
	const bound = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${root} at http://127.0.0.1:${bound}${base}`);
});
