/**
 * The host headers do not grow with the content: a copy of the project with 200 generated articles
 * (tests/bench/generate-articles.ts) builds a dist/_headers identical to the real build's, within
 * Cloudflare Pages' limits (100 rules, 2,000 characters a line), and every generated page is still
 * refused in frames by the pattern rules. A per-page file broke the host at about 85 articles.
 * Needs the real build (npm test builds first); the 200-article build takes about two minutes here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createScaleCopy } from '../bench/generate-articles.ts';
import { buildSite } from '../bench/support/build.ts';
import { HOST_LIMITS, headerFileProblems, headersForPath, parseHeadersFile } from '../../src/build/static-headers.ts';
import { repoRoot } from './support.ts';

const EXTRA_ARTICLES = 200;

async function htmlPages(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((name) => name.endsWith('.html')).length;
}

test(
	`dist/_headers is the same ${EXTRA_ARTICLES} articles later: constant rules, within host limits`,
	{ timeout: 900_000 },
	async (t) => {
		const realDist = join(repoRoot, process.env['OUT_DIR'] ?? 'dist');
		const realFile = join(realDist, '_headers');
		assert.ok(existsSync(realFile), `No ${realFile}: run npm run build first.`);
		const real = readFileSync(realFile, 'utf8');

		const copy = await createScaleCopy(EXTRA_ARTICLES);
		try {
			const outDir = join(copy.dir, 'dist');
			// The real build's base path, so the two files are comparable line for line.
			await buildSite(copy.dir, outDir, { env: { BASE_PATH: process.env['BASE_PATH'] ?? '/' } });
			const scaled = readFileSync(join(outDir, '_headers'), 'utf8');
			const [realPages, scaledPages] = [await htmlPages(realDist), await htmlPages(outDir)];
			assert.ok(scaledPages >= realPages + EXTRA_ARTICLES, `${scaledPages} pages in the copy, ${realPages} in dist/`);

			const rules = parseHeadersFile(scaled);
			t.diagnostic(`${parseHeadersFile(real).length} rules for ${realPages} pages, ${rules.length} for ${scaledPages}`);
			assert.deepEqual(headerFileProblems(scaled), []);
			assert.ok(rules.length <= HOST_LIMITS.rules, `${rules.length} rules`);
			const longest = Math.max(...scaled.split('\n').map((line) => line.trim().length));
			assert.ok(longest <= HOST_LIMITS.lineLength, `a line of ${longest} characters`);
			assert.equal(scaled, real, 'the same file, rule for rule, whatever the number of articles');

			// And the patterns cover what was added: every generated article is unframeable.
			const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
			for (const id of copy.generatedIds) {
				const headers = headersForPath(rules, `${base}/${id}/`);
				assert.match(headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, id);
				assert.equal(headers.get('x-frame-options'), 'DENY', id);
			}
		} finally {
			await copy.remove();
		}
	},
);
