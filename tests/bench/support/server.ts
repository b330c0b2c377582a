/**
 * Shared plumbing for the benchmark scripts: a free loopback port, the project's own static server
 * (src/cli/serve.ts: gzip and the _headers rules, as a host would serve dist/), and Chromium.
 * Benchmarks start their own server on their own port so they never collide with the e2e tests or
 * with another helper's build.
 */
import { existsSync } from 'node:fs';
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

// The servers are shared with the tests (tests/support/servers.ts): serve.ts on a port of its own.
export { freePort, startServer, type LoggedServer, type StaticServer } from '../../support/servers.ts';

/** Chromium through Playwright, Debian's binary when present, with the project's launch flags. */
export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
		args: chromiumArgs,
	});
}
