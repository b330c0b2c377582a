/**
 * Builds a temporary copy of the project with one fixture laid over it, so a test can show that a
 * given authoring mistake stops the build (or the content check) with a message an editor can act on.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

const projectParts = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface GuardRun {
	code: number | null;
	output: string;
}

/**
 * Copies the project and the fixture folder tests/fixtures/<name>/ over it, then runs the command.
 * `inspect` may look at the copy (its build is in dist/) before it is deleted.
 */
export async function runWithFixture(
	name: string,
	command: string[],
	inspect?: (dir: string) => void | Promise<void>,
): Promise<GuardRun> {
	const dir = mkdtempSync(join(tmpdir(), `legs-guard-${name}-`));
	try {
		for (const part of projectParts) cpSync(join(repoRoot, part), join(dir, part), { recursive: true });
		symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
		cpSync(join(repoRoot, 'tests/fixtures', name), dir, { recursive: true });
		const run = await new Promise<GuardRun>((done) => {
			const child = spawn(command[0] ?? 'npx', command.slice(1), {
				cwd: dir,
				env: {
					...process.env,
					ASTRO_TELEMETRY_DISABLED: '1',
					OUT_DIR: join(dir, 'dist'),
					ASTRO_CACHE_DIR: join(dir, '.cache'),
					FORCE_COLOR: '0',
					NO_COLOR: '1',
				},
			});
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.on('close', (code) => done({ code, output }));
		});
		await inspect?.(dir);
		return run;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
