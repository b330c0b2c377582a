/**
 * The whole test suite, as `npm test` runs it: build, static checks, unit tests, then the
 * end-to-end tests in Chromium against the build. Ends with one line, "N passed, N failed",
 * counting every unit and end-to-end test, which is the line CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'tests/.results');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): boolean {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
	if (result.status !== 0) console.error(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
	return result.status === 0;
}

/** A failing step that is not itself a test (build, lint) counts as one failed test. */
function step(label: string, command: string, args: string[]): void {
	if (run(label, command, args)) passed += 1;
	else failed += 1;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const built = run('build', 'npm', ['run', '--silent', 'build']);
if (built) passed += 1;
else failed += 1;
step('lint', 'npm', ['run', '--silent', 'lint']);
step('astro check', 'npm', ['run', '--silent', 'check']);
step('content check', 'npm', ['run', '--silent', 'content:check']);

// Unit tests and content guards: node's runner writes TAP to a file, whose closing "# pass N" / "# fail N" we count.
const tap = resolve(results, 'unit.tap');
run('unit tests', 'node', [
	'--test',
	'--test-reporter=spec',
	'--test-reporter-destination=stdout',
	'--test-reporter=tap',
	`--test-reporter-destination=${tap}`,
	'tests/unit/**/*.test.ts',
	'tests/guards/*.test.ts',
]);
if (existsSync(tap)) {
	const text = readFileSync(tap, 'utf8');
	passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
	failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 1);
} else failed += 1;

// End-to-end tests need the build; Playwright's JSON report gives the counts.
if (built) {
	const ok = run('end-to-end tests', 'npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts']);
	countPlaywright(resolve(results, 'e2e.json'), ok);
}

/**
 * Adds a Playwright JSON report to the tally. A missing report counts as one failure, and so does
 * a run that failed without a failing test (a spec that cannot load, a server that will not
 * start): Playwright then reports errors, not tests, and the suite must not look green.
 */
function countPlaywright(report: string, exitedOk: boolean): void {
	if (!existsSync(report)) {
		failed += 1;
		return;
	}
	const { stats, errors = [] } = JSON.parse(readFileSync(report, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number };
		errors?: unknown[];
	};
	passed += stats.expected + stats.flaky;
	failed += stats.unexpected;
	if (stats.unexpected === 0 && (!exitedOk || errors.length > 0)) failed += Math.max(1, errors.length);
}

// The same site deployed under a sub-path, as on GitHub Pages: a second build in its own folder,
// then only the tests tagged @core in their titles (navigate, search, compare, embed, share, the
// page head, and base-path.spec.ts) against it, on another port, with their own JSON report.
if (built) {
	const subPath = {
		BASE_PATH: '/legs-at-night/',
		OUT_DIR: resolve(tmpdir(), 'legs-at-night-sub-path'),
		ASTRO_CACHE_DIR: resolve(tmpdir(), 'legs-at-night-sub-path-cache'),
		// The port after the main run's, so two people's runs on one machine never share a server.
		PORT: String(Number(process.env['PORT'] ?? 4321) + 1),
	};
	rmSync(subPath.OUT_DIR, { recursive: true, force: true });
	const subBuilt = run('build under /legs-at-night/', 'npm', ['run', '--silent', 'build'], subPath);
	if (subBuilt) {
		passed += 1;
		const report = resolve(results, 'e2e-sub-path.json');
		const ok = run(
			'core end-to-end tests under /legs-at-night/',
			'npx',
			[
				'playwright',
				'test',
				'-c',
				'tests/playwright.config.ts',
				'--grep',
				'@core',
				'--output',
				'tests/.results/sub-path',
			],
			{ ...subPath, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
		);
		countPlaywright(report, ok);
	} else failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
