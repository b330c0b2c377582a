/**
 * src/lib/ is the code every part of the site may share, the browser bundles included. So nothing
 * in it, or in any file it imports, may need Node or the build: no node:* or other Node built-in
 * modules, no astro:content or other build-time astro: modules, no Node globals (process, Buffer),
 * and no package that has not been checked to run in a browser. Node-only helpers go to src/build/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const libDir = join(root, 'src/lib');

/** Packages checked to run in a browser (plain JavaScript, no Node built-ins in their imports). */
const browserSafePackages = new Set(['astro/errors']);
/** astro: modules that exist in the browser too. */
const browserAstroModules = new Set(['astro:env/client', 'astro:transitions/client']);

/** `source` without comments; a "//" after ":" or a quote is part of a URL, not a comment. */
function withoutComments(source: string): string {
	return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

/** Every module specifier `source` imports or re-exports, statically or with import(). */
function importsOf(source: string): string[] {
	const code = withoutComments(source);
	const found: string[] = [];
	const patterns = [
		/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
		/\bimport\s*['"]([^'"]+)['"]/g,
		/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
	];
	for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] ?? '');
	return found;
}

/** Why `specifier` cannot be imported by browser code, or undefined when it can. */
function nodeOnlyReason(specifier: string): string | undefined {
	if (specifier.startsWith('.')) return undefined;
	if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '')) {
		return 'a Node built-in module';
	}
	if (specifier.startsWith('astro:')) {
		return browserAstroModules.has(specifier) ? undefined : 'a build-time astro: module';
	}
	return browserSafePackages.has(specifier) ? undefined : 'a package not listed as browser-safe in this test';
}

/** Node globals browser code cannot use, as they appear in `source` outside comments. */
function nodeGlobalsIn(source: string): string[] {
	const code = withoutComments(source);
	return [...code.matchAll(/\b(process\.|Buffer\b|__dirname\b|require\(|import\.meta\.dirname\b)/g)].map(
		(m) => m[1] ?? '',
	);
}

/** Problems in every file src/lib reaches through relative imports, as "file: reason" lines. */
function problemsFrom(entries: readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		const name = relative(root, file);
		const source = readFileSync(file, 'utf8');
		for (const specifier of importsOf(source)) {
			const reason = nodeOnlyReason(specifier);
			if (reason) problems.push(`${name} imports ${specifier}: ${reason}`);
			else if (specifier.startsWith('.')) {
				const target = resolve(dirname(file), specifier);
				if (!existsSync(target)) problems.push(`${name} imports ${specifier}, which does not exist`);
				else if (/\.[cm]?[jt]s$/.test(target)) queue.push(target);
			}
		}
		for (const global of nodeGlobalsIn(source)) problems.push(`${name} uses ${global} (Node only)`);
	}
	return problems;
}

test('the import scanner finds every form of import, and tells Node-only ones apart', () => {
	const source = [
		"import { readFile } from 'node:fs';",
		"import type { X } from './x.ts';",
		"export { y } from '../y.ts';",
		"import 'astro:content';",
		'const z = await import("satori");',
		"// import { ignored } from 'node:path';",
		"import {\n\tAstroError,\n} from 'astro/errors';",
	].join('\n');
	assert.deepEqual(importsOf(source), ['node:fs', './x.ts', '../y.ts', 'astro/errors', 'astro:content', 'satori']);
	assert.equal(nodeOnlyReason('node:fs'), 'a Node built-in module');
	assert.equal(nodeOnlyReason('crypto'), 'a Node built-in module');
	assert.equal(nodeOnlyReason('fs/promises'), 'a Node built-in module');
	assert.equal(nodeOnlyReason('astro:content'), 'a build-time astro: module');
	assert.equal(nodeOnlyReason('astro:assets'), 'a build-time astro: module');
	assert.match(nodeOnlyReason('satori') ?? '', /not listed as browser-safe/);
	assert.equal(nodeOnlyReason('astro/errors'), undefined);
	assert.equal(nodeOnlyReason('./dates.ts'), undefined);
	assert.deepEqual(nodeGlobalsIn('const a = process.env.X; // process.exit()\nBuffer.from(a)'), ['process.', 'Buffer']);
	assert.deepEqual(nodeGlobalsIn('const base = import.meta.env.BASE_URL;'), []);
});

test('src/lib and everything it imports runs in a browser', () => {
	const files = readdirSync(libDir)
		.filter((name) => /\.[cm]?[jt]s$/.test(name))
		.map((name) => join(libDir, name));
	assert.ok(files.length >= 10, 'the scan found the lib files');
	assert.deepEqual(problemsFrom(files), [], 'move Node-only code to src/build/');
});
