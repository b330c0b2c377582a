/**
 * The local server (src/cli/serve.ts) under hostile requests: each probe gets an answer (400, 404,
 * 405, a redirect that stays on the site), no probe reads outside the site folder, and after the
 * probes and a bounded burst of concurrent requests the server is still up and answering.
 * The site is a small one written here, beside a sibling folder "dist-private" whose name starts
 * like the site's own, which a prefix check without a separator would let through.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LoggedServer } from '../../support/servers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'legs-serve-'));
const site = join(scratch, 'dist');
const SECRET = 'private: never served';
let server: LoggedServer;
let port = 0;

function write(path: string, text: string): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
}

before(async () => {
	write(join(site, 'index.html'), '<h1>Home</h1>');
	write(join(site, '404.html'), '<h1>Not found</h1>');
	write(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	write(join(site, 'leg-cramps', 'index.html'), '<h1>Leg cramps</h1>');
	write(join(site, '_headers'), "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n");
	write(join(site, '_redirects'), '/night-leg-cramps/ /leg-cramps/ 301\n');
	write(join(scratch, 'dist-private', 'secret.txt'), SECRET);
	server = await startServer(site);
	port = Number(new URL(server.origin).port);
});

after(async () => {
	await server?.stop();
	rmSync(scratch, { recursive: true, force: true });
});

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** One request with the path sent exactly as written (fetch would tidy it first). */
function send(path: string, method = 'GET'): Promise<Reply> {
	return new Promise((done, fail) => {
		const outgoing = request({ host: '127.0.0.1', port, path, method, agent: false }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
		});
		outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`${method} ${path} timed out`)));
		outgoing.on('error', fail);
		outgoing.end();
	});
}

test('a malformed percent-escape is a 400, and the server keeps running', async () => {
	for (const path of ['/%E0%A4%A', '/%ZZ', '/leg-cramps/%', '/a%00b/']) {
		assert.equal((await send(path)).status, 400, path);
	}
	assert.equal((await send('/leg-cramps/')).status, 200);
	assert.equal(server.running(), true);
});

test('an encoded "../" cannot read the sibling folder dist-private', async () => {
	for (const path of [
		'/..%2fdist-private/secret.txt',
		'/..%2Fdist-private%2Fsecret.txt',
		'/%2e%2e/dist-private/secret.txt',
		'/leg-cramps/..%2f..%2fdist-private/secret.txt',
		'/..%5cdist-private%5csecret.txt',
	]) {
		const reply = await send(path);
		assert.equal(reply.status, 404, path);
		assert.doesNotMatch(reply.body, /private/, path);
	}
});

test('no redirect leads off the site: a folder asked for without "/" goes to its own address', async () => {
	const tricky = await send('/.//evil.example/..%2Fleg-cramps');
	assert.equal(tricky.status, 301);
	assert.equal(tricky.headers['location'], '/leg-cramps/');
	for (const path of ['//evil.example/..%2Fleg-cramps', '/\\evil.example/..%2Fleg-cramps', '/leg-cramps?x=1']) {
		const reply = await send(path);
		const location = String(reply.headers['location'] ?? '');
		assert.ok(reply.status === 404 || /^\/(?![/\\])/.test(location), `${path} → ${reply.status} ${location}`);
	}
	assert.equal((await send('/leg-cramps?x=1')).headers['location'], '/leg-cramps/?x=1');
});

test('_redirects lines answer with their status and keep the query', async () => {
	const moved = await send('/night-leg-cramps/?from=chat');
	assert.equal(moved.status, 301);
	assert.equal(moved.headers['location'], '/leg-cramps/?from=chat');
	// Redirects carry the _headers rules too, as on Cloudflare Pages.
	assert.equal(moved.headers['x-frame-options'], 'DENY');
});

test('methods other than GET and HEAD get 405 with Allow; HEAD gets the headers and no body', async () => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
		const reply = await send('/leg-cramps/', method);
		assert.equal(reply.status, 405, method);
		assert.equal(reply.headers['allow'], 'GET, HEAD', method);
		assert.doesNotMatch(reply.body, /Leg cramps/, method);
	}
	const head = await send('/leg-cramps/', 'HEAD');
	assert.equal(head.status, 200);
	assert.equal(head.body, '');
	assert.equal(head.headers['content-length'], String('<h1>Leg cramps</h1>'.length));
});

test('_headers and _redirects are not served, however they are spelled', async () => {
	for (const path of ['/_headers', '/_redirects', '/%5Fheaders', '/./_redirects', '/leg-cramps/../_headers']) {
		const reply = await send(path);
		assert.equal(reply.status, 404, path);
		assert.doesNotMatch(reply.body, /X-Frame-Options|night-leg-cramps/, path);
	}
});

test('missing pages and paths outside the site get the 404 page with the site-wide headers', async () => {
	const reply = await send('/no-such-page/');
	assert.equal(reply.status, 404);
	assert.match(reply.body, /Not found/);
	assert.equal(reply.headers['x-frame-options'], 'DENY');
	assert.equal((await send('/..%2fdist-private/secret.txt')).headers['x-frame-options'], 'DENY');
});

test('after every probe and a burst of 200 requests, 20 at a time, the server still answers', async () => {
	const probes = [
		['/%E0%A4%A', 400],
		['/..%2fdist-private/secret.txt', 404],
		['/.//evil.example/..%2Fleg-cramps', 301],
		['/_headers', 404],
		['/leg-cramps/', 200],
		['/favicon.svg', 200],
		['/no-such-page/', 404],
		['/night-leg-cramps/', 301],
	] as const;
	const methods = ['GET', 'HEAD', 'POST', 'DELETE'];
	const jobs = Array.from({ length: 200 }, (_, n) => {
		const [path, status] = probes[n % probes.length]!;
		const method = methods[n % methods.length]!;
		return { path, method, status: method === 'GET' || method === 'HEAD' ? status : 405 };
	});
	let next = 0;
	const wrong: string[] = [];
	// 20 workers share the queue: at most 20 requests in flight at once.
	await Promise.all(
		Array.from({ length: 20 }, async () => {
			while (next < jobs.length) {
				const job = jobs[next++]!;
				const reply = await send(job.path, job.method);
				if (reply.status !== job.status) wrong.push(`${job.method} ${job.path}: ${reply.status}, not ${job.status}`);
			}
		}),
	);
	assert.deepEqual(wrong, []);
	assert.equal(server.running(), true, server.errors());
	assert.equal((await send('/')).status, 200);
	assert.doesNotMatch(server.errors(), /Error/, 'no request ended in an exception');
});

test('the byte log counts each answer as it went on the wire: status line, headers and gzipped body', async () => {
	const raw = await new Promise<Buffer>((done, fail) => {
		const chunks: Buffer[] = [];
		const outgoing = request(
			{ host: '127.0.0.1', port, path: '/leg-cramps/', headers: { 'Accept-Encoding': 'gzip' }, agent: false },
			(response) => {
				const head = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n${response.rawHeaders
					.reduce<string[]>(
						(lines, value, index, all) => (index % 2 ? lines : [...lines, `${value}: ${all[index + 1]}`]),
						[],
					)
					.join('\r\n')}\r\n\r\n`;
				chunks.push(Buffer.from(head));
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => done(Buffer.concat(chunks)));
			},
		);
		outgoing.on('error', fail);
		outgoing.end();
	});
	// The log line is written when the answer has finished; give the server a moment.
	let entry;
	for (let tries = 0; tries < 50 && !entry; tries += 1) {
		entry = server.transfers().findLast((line) => line.path === '/leg-cramps/' && line.method === 'GET');
		if (!entry) await new Promise((done) => setTimeout(done, 20));
	}
	assert.ok(entry, 'the answer is in the log');
	assert.equal(entry.status, 200);
	assert.equal(entry.bytes, raw.length);
});
