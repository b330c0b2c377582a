/**
 * Builds a temporary copy of the project with one fixture laid over it, so a test can show that a
 * given authoring mistake stops the build (or the content check) with a message an editor can act on.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHARE_IMAGE_CACHE_FOLDER } from '../../src/build/integrations/share-image-cache.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * The share images of the real build (npm run build keeps them in Astro's cache, which
 * ASTRO_CACHE_DIR moves). A copy's build reads those of the real pages from there instead of
 * rendering them again: each is stored under the key of everything that decides its pixels, so a
 * fixture's own pages are still rendered. The cache itself is tested by share-image-cache.test.ts,
 * from a cold start.
 */
const realShareImages = join(
	resolve(repoRoot, process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro'),
	SHARE_IMAGE_CACHE_FOLDER,
);

/**
 * `astro build` in a copy, run by this Node (the project's Node 24, which npm scripts and npx put
 * first on the PATH) straight from the copy's node_modules: `npx astro build` spent about a second
 * per build finding that same file.
 */
export const astroBuild = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];

const projectParts = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface GuardRun {
	code: number | null;
	output: string;
}

/** A change to one file of the copy, for mistakes best shown as an edit of the real content. */
export interface Edit {
	/** Path in the project, e.g. "content/comparison.yaml". */
	file: string;
	change: (text: string) => string;
}

/**
 * `text` with `from` replaced by `to`. Throws unless `from` occurs exactly once, so an edit that no
 * longer matches the content (after an editor reworded it) fails loudly instead of breaking nothing.
 */
export function replaceOnce(text: string, from: string, to: string): string {
	const count = text.split(from).length - 1;
	if (count !== 1) throw new Error(`Expected ${JSON.stringify(from)} once in the file, found it ${count} times.`);
	return text.replace(from, to);
}

/** A temporary copy of the project, with node_modules linked, in which commands can be run. */
export interface ProjectCopy {
	/** Root of the copy. */
	dir: string;
	/** Runs a command in the copy, building into its dist/ with its own Astro cache (.cache/). */
	run: (command: string[]) => Promise<GuardRun>;
}

/** Runs a command in a project folder, building into its dist/ with its own Astro cache (.cache/). */
export function runIn(dir: string, command: string[]): Promise<GuardRun> {
	return new Promise<GuardRun>((done) => {
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
}

/** Makes a copy of the project, hands it to `use`, and deletes it afterwards, whatever happens. */
export async function withProjectCopy<T>(name: string, use: (copy: ProjectCopy) => Promise<T>): Promise<T> {
	const dir = mkdtempSync(join(tmpdir(), `legs-guard-${name}-`));
	try {
		for (const part of projectParts) cpSync(join(repoRoot, part), join(dir, part), { recursive: true });
		symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
		return await use({ dir, run: (command) => runIn(dir, command) });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** What to lay over a copy of the project before running a command in it. */
export interface FixtureOptions {
	/** Folders of tests/fixtures/ copied over the project, in order (default: the one named like the case, if any). */
	fixtures?: string[];
	/** Changes to real files of the copy, applied after the fixtures. */
	edits?: Edit[];
	/** Looks at the copy (its build is in dist/) before it is deleted. */
	inspect?: (dir: string) => void | Promise<void>;
}

/**
 * Copies the project with the real build's share images in its cache, lays the fixture folders over
 * it (by default tests/fixtures/<name>/, when there is one) and applies the edits, then runs the
 * command. Several fixtures go into one copy when one check reports all their mistakes at once, so
 * one build shows them all.
 */
export async function runWithFixture(
	name: string,
	command: string[],
	{ fixtures = [name], edits = [], inspect }: FixtureOptions = {},
): Promise<GuardRun> {
	return withProjectCopy(name, async ({ dir, run }) => {
		if (existsSync(realShareImages))
			cpSync(realShareImages, join(dir, '.cache', SHARE_IMAGE_CACHE_FOLDER), { recursive: true });
		for (const fixture of fixtures) {
			const folder = join(repoRoot, 'tests/fixtures', fixture);
			if (existsSync(folder)) cpSync(folder, dir, { recursive: true });
			else if (fixture !== name) throw new Error(`No fixture folder tests/fixtures/${fixture}/.`);
		}
		for (const edit of edits)
			writeFileSync(join(dir, edit.file), edit.change(readFileSync(join(dir, edit.file), 'utf8')));
		const result = await run(command);
		await inspect?.(dir);
		return result;
	});
}
