import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run in Chromium against the built site, served by src/cli/serve.ts (gzip and
 * the _headers rules, as a static host would). Build first: `npm run build`.
 * Debian's /usr/bin/chromium is used when present, because Playwright cannot download its own
 * browsers on these machines.
 */
const port = Number(process.env['PORT'] ?? 4321);
const base = process.env['BASE_PATH'] ?? '/';
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
	testDir: './e2e',
	outputDir: './.results/artifacts',
	fullyParallel: true,
	// Two cores on CI and on the developers' machines alike.
	workers: 2,
	retries: 0,
	forbidOnly: Boolean(process.env['CI']),
	// tests/run.ts gives the sub-path run its own report file.
	reporter: [['list'], ['json', { outputFile: process.env['PLAYWRIGHT_JSON_OUTPUT_FILE'] ?? './.results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		// Traces only when asked for (PW_TRACE=1): recording one for every test, kept or not, made the
		// suite about 15 % slower on two cores.
		trace: process.env['PW_TRACE'] ? 'retain-on-failure' : 'off',
		launchOptions: {
			...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `node src/cli/serve.ts --port ${port} --base ${base}`,
		cwd: resolve(import.meta.dirname, '..'),
		// The favicon exists in every build, whatever pages it has.
		url: `http://127.0.0.1:${port}${base}favicon.svg`,
		reuseExistingServer: !process.env['CI'],
		stdout: 'ignore',
	},
});
