/**
 * A second server of the built site, of the test's own, with src/cli/serve.ts's byte log on: what
 * a test reads from the log was fetched by its page alone, Web Worker requests included, each
 * counted with its headers as the host sent it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ByteLogEntry } from '../../../src/cli/serve.ts';

export type { ByteLogEntry };

export interface LoggedServer {
	/** http://127.0.0.1:PORT/base/: the site's root. */
	root: string;
	/** Every answer since the server started, in the order they finished. */
	entries(): ByteLogEntry[];
	stop(): Promise<void>;
}

const project = resolve(import.meta.dirname, '../../..');

/** Serves dist/ (or OUT_DIR) under BASE_PATH on a free port, logging every answer's bytes. */
export async function startLoggedServer(): Promise<LoggedServer> {
	const folder = mkdtempSync(join(tmpdir(), 'byte-log-'));
	const log = join(folder, 'bytes.jsonl');
	const base = process.env['BASE_PATH'] ?? '/';
	const child = spawn(
		process.execPath,
		['src/cli/serve.ts', process.env['OUT_DIR'] ?? 'dist', '--port', '0', '--base', base, '--byte-log', log],
		{ cwd: project, stdio: ['ignore', 'pipe', 'inherit'] },
	);
	const origin = await new Promise<string>((done, fail) => {
		let said = '';
		child.stdout.on('data', (chunk: Buffer) => {
			said += chunk.toString();
			const found = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(said);
			if (found?.[1]) done(found[1]);
		});
		child.once('exit', (code) => fail(new Error(`serve.ts exited (${code}) before it was ready: ${said}`)));
	});
	return {
		root: `${origin}${base}`,
		entries: () => {
			let text = '';
			try {
				text = readFileSync(log, 'utf8');
			} catch {
				// No answer yet, no log yet.
			}
			return text
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line) as ByteLogEntry);
		},
		stop: async () => {
			child.kill();
			await new Promise((done) => child.once('exit', done));
			rmSync(folder, { recursive: true, force: true });
		},
	};
}
