/**
 * The test suite, as `npm test` runs it: build, static checks, unit tests, content guards, then the
 * end-to-end tests in Chromium against the build, and the core of them again against a build under a
 * sub-path. Ends with one line, "N passed, N failed", counting every unit, guard and end-to-end
 * test (a failing step that is not itself a test, such as the build or lint, counts as one failed
 * test), which is the line CI reads.
 *
 *   node tests/run.ts                  everything (npm test)
 *   node tests/run.ts unit guards      only the named areas (see `areas` below; README "Running one area")
 *
 * On two cores the steps run in two phases, two lanes at a time where nothing in a lane needs the
 * other: (1) the build, the sub-path build and the guards (their scale check compares with the
 * build) one after another, beside unit tests, lint, astro check and content check, which need no
 * build; (2) the end-to-end tests, then the sub-path ones, alone: they have timeouts and a
 * layout-shift check that a busy machine can break, so no build competes with the browser. (The
 * guards had a phase of their own beside the sub-path build, while the builds' lane of the first
 * phase stood idle for most of it.) Each step's output is
 * kept in tests/.results/<step>.log and printed whole when it ends, so the lanes never interleave
 * their lines; a table of step times comes before the last line.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'tests/.results');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * The port of the main end-to-end run, and the sub-path run's, far enough above it (+100) that the
 * neighbouring PORTs given to several people's runs on one machine never meet (PORT + 1 was the
 * next person's port). SUB_PATH_PORT overrides it.
 */
const mainPort = Number(process.env['PORT'] ?? 4321);
const subPath = {
	BASE_PATH: '/legs-at-night/',
	OUT_DIR: resolve(tmpdir(), `legs-at-night-sub-path-${mainPort}`),
	ASTRO_CACHE_DIR: resolve(tmpdir(), `legs-at-night-sub-path-cache-${mainPort}`),
	PORT: String(Number(process.env['SUB_PATH_PORT'] ?? mainPort + 100)),
};

interface Outcome {
	passed: number;
	failed: number;
}

/** What one step did: its exit and the time it took. */
interface StepRun {
	ok: boolean;
	seconds: number;
}

const timings: { label: string; seconds: number; ok: boolean }[] = [];
let live = false;

/**
 * Runs one command. With `live` (one lane) its output goes straight to the terminal; otherwise it
 * goes to tests/.results/<name>.log and is printed when the command ends.
 */
function run(label: string, command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<StepRun> {
	const started = performance.now();
	const logFile = resolve(results, `${label.replaceAll(/[^a-z0-9]+/gi, '-').toLowerCase()}.log`);
	if (live) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	return new Promise((done) => {
		const child = spawn(command, args, {
			cwd: root,
			env: { ...env, ...extraEnv },
			stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		});
		if (!live) {
			const log = createWriteStream(logFile);
			child.stdout?.pipe(log, { end: false });
			child.stderr?.pipe(log, { end: false });
			child.once('close', () => log.end());
		}
		child.once('close', (code, signal) => {
			const seconds = (performance.now() - started) / 1000;
			const ok = code === 0;
			timings.push({ label, seconds, ok });
			const finish = () => {
				if (!live) {
					console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
					process.stdout.write(readFileSync(logFile, 'utf8'));
				}
				if (!ok) console.error(`✗ ${label} failed (exit ${code ?? signal})`);
				console.log(`  ${label}: ${seconds.toFixed(1)} s`);
				done({ ok, seconds });
			};
			// The log stream flushes before it is read back.
			if (live) finish();
			else setTimeout(finish, 50);
		});
	});
}

/** A step that is not itself a test: one passed or one failed. */
async function step(
	label: string,
	command: string,
	args: string[],
	extraEnv: NodeJS.ProcessEnv = {},
): Promise<Outcome> {
	const { ok } = await run(label, command, args, extraEnv);
	return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Node's test runner, counted from the TAP file it writes beside its readable output. */
async function nodeTests(label: string, files: string[], extraArgs: string[] = []): Promise<Outcome> {
	const tap = resolve(results, `${label.replaceAll(/[^a-z0-9]+/gi, '-').toLowerCase()}.tap`);
	const { ok } = await run(label, 'node', [
		'--test',
		...extraArgs,
		'--test-reporter=spec',
		'--test-reporter-destination=stdout',
		'--test-reporter=tap',
		`--test-reporter-destination=${tap}`,
		...files,
	]);
	if (!existsSync(tap)) return { passed: 0, failed: 1 };
	const text = readFileSync(tap, 'utf8');
	const passed = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
	const failed = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 1);
	// A run that failed without a failing test (a file that cannot load) must not look green.
	return { passed, failed: failed === 0 && !ok ? 1 : failed };
}

/**
 * Counts a Playwright JSON report. A missing report counts as one failure, and so does a run that
 * failed without a failing test (a spec that cannot load, a server that will not start): Playwright
 * then reports errors, not tests, and the suite must not look green.
 */
function countPlaywright(report: string, exitedOk: boolean): Outcome {
	if (!existsSync(report)) return { passed: 0, failed: 1 };
	const { stats, errors = [] } = JSON.parse(readFileSync(report, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number };
		errors?: unknown[];
	};
	const failed = stats.unexpected;
	return {
		passed: stats.expected + stats.flaky,
		failed: failed === 0 && (!exitedOk || errors.length > 0) ? Math.max(1, errors.length) : failed,
	};
}

async function e2e(label: string, args: string[], extraEnv: NodeJS.ProcessEnv, report: string): Promise<Outcome> {
	const { ok } = await run(label, 'npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts', ...args], {
		...extraEnv,
		PLAYWRIGHT_JSON_OUTPUT_FILE: report,
	});
	return countPlaywright(report, ok);
}

/** The areas a maintainer can run alone; `npm test` runs them all. */
const areas = {
	build: () => step('build', 'npm', ['run', '--silent', 'build']),
	lint: () => step('lint', 'npm', ['run', '--silent', 'lint']),
	check: () => step('astro check', 'npm', ['run', '--silent', 'check']),
	content: () => step('content check', 'npm', ['run', '--silent', 'content:check']),
	unit: () => nodeTests('unit tests', ['tests/unit/**/*.test.ts']),
	// Every guard file at once: they are separate builds, so a second core is used in full.
	guards: () => nodeTests('guards', ['tests/guards/*.test.ts'], ['--test-concurrency=2']),
	e2e: () => e2e('end-to-end tests', [], {}, resolve(results, 'e2e.json')),
	// The same site deployed under a sub-path, as on GitHub Pages: a build in its own folder, then
	// only the tests tagged @core in their titles (navigate, search, compare, embed, share, the page
	// head, and base-path.spec.ts) against it, on its own port, with their own JSON report.
	'sub-path-build': async () => {
		rmSync(subPath.OUT_DIR, { recursive: true, force: true });
		return step('build under /legs-at-night/', 'npm', ['run', '--silent', 'build'], subPath);
	},
	'sub-path-e2e': () =>
		e2e(
			'core end-to-end tests under /legs-at-night/',
			['--grep', '@core', '--output', 'tests/.results/sub-path'],
			subPath,
			resolve(results, 'e2e-sub-path.json'),
		),
} satisfies Record<string, () => Promise<Outcome>>;

type Area = keyof typeof areas;
/** What the command line may name: an area, or `sub-path` for its build and its tests. */
const aliases: Record<string, Area[]> = { 'sub-path': ['sub-path-build', 'sub-path-e2e'] };

const total: Outcome = { passed: 0, failed: 0 };
const add = ({ passed, failed }: Outcome) => {
	total.passed += passed;
	total.failed += failed;
};
/** Runs areas one after another; one whose prerequisite failed is skipped and counts as failed. */
async function lane(names: Area[], needs: Partial<Record<Area, () => Promise<boolean>>> = {}): Promise<void> {
	for (const name of names) {
		const ready = needs[name];
		if (ready && !(await ready())) {
			console.error(`✗ ${name} skipped: what it needs failed`);
			done.set(name, false);
			add({ passed: 0, failed: 1 });
			continue;
		}
		const outcome = await areas[name]();
		done.set(name, outcome.failed === 0);
		add(outcome);
	}
}

/** Areas finished so far, and whether they passed; a step that needs another waits through `finished`. */
const done = new Map<Area, boolean>();
function finished(name: Area): () => Promise<boolean> {
	return async () => {
		while (!done.has(name)) await new Promise((wake) => setTimeout(wake, 250));
		return done.get(name) ?? false;
	};
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const asked = process.argv.slice(2).flatMap((name) => aliases[name] ?? [name]);
const unknown = asked.filter((name) => !(name in areas));
if (unknown.length > 0) {
	console.error(
		`Unknown area ${unknown.join(', ')}. Areas: ${[...Object.keys(areas), ...Object.keys(aliases)].join(', ')}.`,
	);
	process.exit(2);
}
const started = performance.now();
if (asked.length > 0) {
	// Only what was asked, in the order given, with its output live.
	live = true;
	const names = asked as Area[];
	await lane(names, names.includes('sub-path-build') ? { 'sub-path-e2e': finished('sub-path-build') } : {});
} else {
	// The guards run whatever the build did (their scale check then fails with its own message).
	await Promise.all([lane(['build', 'sub-path-build', 'guards']), lane(['unit', 'lint', 'check', 'content'])]);
	await lane(['e2e', 'sub-path-e2e'], { e2e: finished('build'), 'sub-path-e2e': finished('sub-path-build') });
}

console.log('\nStep times (s):');
for (const { label, seconds, ok } of timings)
	console.log(`  ${ok ? ' ' : '✗'} ${seconds.toFixed(1).padStart(6)}  ${label}`);
console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(8)}  in all`);
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
