/**
 * Starting the two servers the tests compare, each on a free loopback port of its own (so runs by
 * other people on this machine never collide): the project's src/cli/serve.ts, and Cloudflare's
 * own Pages emulator, `wrangler pages dev`, the reference for how a host applies _headers and
 * _redirects. stop() ends only the processes this helper started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ByteLogEntry } from '../../src/cli/serve.ts';

export type { ByteLogEntry };

/** The project root (tests/support → ../..). */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Asks the OS for a loopback port nobody is listening on. */
export async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => done(port));
		});
	});
}

/** A running server; stop() ends only what this helper started. */
export interface StaticServer {
	/** http://127.0.0.1:<port> with no trailing slash. */
	origin: string;
	stop: () => Promise<void>;
	/** Everything the server wrote to stderr so far (a crash shows up here). */
	errors: () => string;
	/** True while the process is still running. */
	running: () => boolean;
}

/** Polls `origin` until it answers anything, the process exits, or `seconds` pass. */
async function whenAnswering(
	child: ChildProcess,
	origin: string,
	seconds: number,
	stop: () => Promise<void>,
	log: () => string,
): Promise<void> {
	const deadline = Date.now() + seconds * 1000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server exited early:\n${log()}`);
		const ok = await fetch(`${origin}/favicon.svg`, { signal: AbortSignal.timeout(5000) }).then(
			() => true,
			() => false,
		);
		if (ok) return;
		await new Promise((done) => setTimeout(done, 200));
	}
	await stop();
	throw new Error(`The server did not answer on ${origin} within ${seconds} s:\n${log()}`);
}

/** Ends a process group this helper started (the server and anything it spawned), then waits. */
function stopper(child: ChildProcess, group: boolean, cleanUp = (): void => undefined): () => Promise<void> {
	return async () => {
		if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
			const exited = new Promise((done) => child.once('exit', done));
			const signal = (name: NodeJS.Signals) => {
				try {
					if (group) process.kill(-child.pid!, name);
					else child.kill(name);
				} catch {
					// Already gone.
				}
			};
			signal('SIGTERM');
			const timer = setTimeout(() => signal('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
		cleanUp();
	};
}

/** A serve.ts server with its byte log on (see src/cli/serve.ts). */
export interface LoggedServer extends StaticServer {
	/** Every answer so far, in the order they finished, each with the bytes it put on the wire. */
	transfers: () => ByteLogEntry[];
}

/**
 * Serves `dir` with src/cli/serve.ts under `base` (the BASE_PATH the site was built with), using
 * the Node running the tests (Node 24: the server is TypeScript), and resolves once it answers.
 * Every server keeps a byte log of its own, so what a test reads from it was fetched by that
 * test's page alone, Pagefind's own requests included.
 */
export async function startServer(dir: string, port?: number, base = '/'): Promise<LoggedServer> {
	const bound = port ?? (await freePort());
	const scratch = mkdtempSync(join(tmpdir(), 'legs-serve-'));
	const byteLog = join(scratch, 'bytes.jsonl');
	const child = spawn(
		process.execPath,
		[resolve(projectRoot, 'src/cli/serve.ts'), dir, '--port', String(bound), '--base', base, '--byte-log', byteLog],
		{ cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] },
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const origin = `http://127.0.0.1:${bound}`;
	const stop = stopper(child, false, () => rmSync(scratch, { recursive: true, force: true }));
	// Up to 10 s: the server compiles its TypeScript on start.
	await whenAnswering(child, origin, 10, stop, () => stderr);
	const transfers = (): ByteLogEntry[] => {
		let text = '';
		try {
			text = readFileSync(byteLog, 'utf8');
		} catch {
			// No answer yet, so no log yet.
		}
		return text
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line) as ByteLogEntry);
	};
	return {
		origin,
		stop,
		transfers,
		errors: () => stderr,
		running: () => child.exitCode === null && child.signalCode === null,
	};
}

/** The compatibility date wrangler runs the Pages emulator with (it runs offline with one given). */
export const COMPATIBILITY_DATE = '2026-11-01';

/**
 * Serves `dir` with `wrangler pages dev` (the project's pinned wrangler, offline), from a scratch
 * folder so its state and logs stay out of the project, and resolves once it answers. Starting
 * takes 15–30 s on a busy two-core machine, so start it once per test file.
 */
export async function startWrangler(dir: string): Promise<StaticServer> {
	const [port, inspector] = [await freePort(), await freePort()];
	const scratch = mkdtempSync(join(tmpdir(), 'legs-wrangler-'));
	const child = spawn(
		process.execPath,
		[
			resolve(projectRoot, 'node_modules/wrangler/bin/wrangler.js'),
			'pages',
			'dev',
			resolve(dir),
			'--ip',
			'127.0.0.1',
			'--port',
			String(port),
			'--inspector-port',
			String(inspector),
			`--compatibility-date=${COMPATIBILITY_DATE}`,
			'--persist-to',
			join(scratch, 'state'),
			'--show-interactive-dev-session=false',
		],
		{
			cwd: scratch,
			// Its own process group, so stop() also ends the workerd runtime it starts.
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				// Offline and quiet: no usage reports, and no fetch of Cloudflare's request metadata
				// (the emulator's placeholder is enough for static files).
				WRANGLER_SEND_METRICS: 'false',
				CLOUDFLARE_CF_FETCH_ENABLED: 'false',
				WRANGLER_LOG_PATH: join(scratch, 'logs'),
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
		},
	);
	let log = '';
	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const origin = `http://127.0.0.1:${port}`;
	const stop = stopper(child, true, () => rmSync(scratch, { recursive: true, force: true }));
	await whenAnswering(child, origin, 120, stop, () => log);
	return { origin, stop, errors: () => log, running: () => child.exitCode === null && child.signalCode === null };
}
