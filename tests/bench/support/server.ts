/**
 * Shared plumbing for the benchmark scripts: a free loopback port, the project's own static server
 * (src/cli/serve.ts: gzip and the _headers rules, as a host would serve dist/), and Chromium.
 * Benchmarks start their own server on their own port so they never collide with the e2e tests or
 * with another helper's build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

/** The project root (tests/bench/support → ../../..). */
export const projectRoot = resolve(import.meta.dirname, '../../..');

/** Debian's Chromium: Playwright cannot download its own browsers on these machines. */
export const debianChromium = '/usr/bin/chromium';

/** Launch flags shared by Playwright and Lighthouse runs: quiet, no background traffic. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

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

/** A running src/cli/serve.ts; stop() ends only the process this helper started. */
export interface StaticServer {
	/** http://127.0.0.1:<port> with no trailing slash. */
	origin: string;
	stop: () => Promise<void>;
}

/**
 * Serves `dir` with src/cli/serve.ts on `port` under `base` (the BASE_PATH the site was built
 * with), using the Node that runs this script (Node 24: the server is TypeScript), and resolves
 * once it answers.
 */
export async function startServer(dir: string, port: number, base = '/'): Promise<StaticServer> {
	const child: ChildProcess = spawn(
		process.execPath,
		[resolve(projectRoot, 'src/cli/serve.ts'), dir, '--port', String(port), '--base', base],
		{ cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] },
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const origin = `http://127.0.0.1:${port}`;
	const stop = async (): Promise<void> => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((done) => child.once('exit', done));
		child.kill('SIGTERM');
		await exited;
	};
	// Poll for up to 10 s: the server compiles its TypeScript on start.
	for (let attempt = 0; attempt < 100; attempt++) {
		if (child.exitCode !== null) throw new Error(`The static server exited early:\n${stderr}`);
		const ok = await fetch(`${origin}/`).then(
			() => true,
			() => false,
		);
		if (ok) return { origin, stop };
		await new Promise((done) => setTimeout(done, 100));
	}
	await stop();
	throw new Error(`The static server did not answer on ${origin} within 10 s:\n${stderr}`);
}

/** Chromium through Playwright, Debian's binary when present, with the project's launch flags. */
export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
		args: chromiumArgs,
	});
}
