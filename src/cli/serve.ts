/**
 * Serves a built site (dist/ by default) the way a static host would: gzip, the headers from its
 * _headers file, /path → /path/ redirects, and 404.html for anything missing. Used by `npm start`,
 * the end-to-end tests and the benchmarks, so all three see what readers will see.
 *
 *   node src/cli/serve.ts [dir] [--port 4321] [--base /sub/path/]
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { lookup } from 'mrmime';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../lib/static-headers.ts';
import { stripBase } from '../lib/urls.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		port: { type: 'string', default: process.env['PORT'] ?? '4321' },
		base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
	},
});
const root = resolve(positionals[0] ?? process.env['OUT_DIR'] ?? 'dist');
const base = values.base;
const port = Number(values.port);

async function readRules(): Promise<HeaderRule[]> {
	try {
		return parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}
const rules = await readRules();

const compressible = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg\+xml)/;

async function fileFor(sitePath: string): Promise<string | 'redirect' | null> {
	const candidate = normalize(join(root, decodeURIComponent(sitePath)));
	if (!candidate.startsWith(root)) return null;
	const info = await stat(candidate).catch(() => null);
	if (info?.isFile()) return candidate;
	if (info?.isDirectory()) return sitePath.endsWith('/') ? fileFor(`${sitePath}index.html`) : 'redirect';
	return null;
}

function send(
	response: ServerResponse,
	status: number,
	body: Buffer,
	type: string,
	acceptsGzip: boolean,
	extra: Map<string, string>,
): void {
	for (const [name, value] of extra) response.setHeader(name, value);
	response.setHeader(
		'Content-Type',
		type.startsWith('text/') || type.includes('javascript') ? `${type}; charset=utf-8` : type,
	);
	response.setHeader('Vary', 'Accept-Encoding');
	const gzip = acceptsGzip && compressible.test(type);
	const payload = gzip ? gzipSync(body, { level: 9 }) : body;
	if (gzip) response.setHeader('Content-Encoding', 'gzip');
	response.setHeader('Content-Length', payload.length);
	response.writeHead(status).end(payload);
}

const server = createServer(async (request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
	const sitePath = stripBase(base, url.pathname);
	if (!url.pathname.startsWith(base.replace(/\/$/, '')) && base !== '/') {
		response.writeHead(404).end('Not under the base path');
		return;
	}
	const file = await fileFor(sitePath);
	if (file === 'redirect') {
		response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	const target = file ?? join(root, '404.html');
	const body = await readFile(target).catch(() => Buffer.from('Not found'));
	const type = lookup(extname(target)) ?? 'application/octet-stream';
	// _headers paths carry the base, as the browser's request does.
	send(response, file ? 200 : 404, body, type, acceptsGzip, headersForPath(rules, url.pathname));
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
