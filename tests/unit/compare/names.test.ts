/**
 * model/names.ts is the one list of the comparison's names. Browser scripts spell names as typed
 * literals (a shared value would cost every article a request), public/embed.js cannot import at
 * all, and a few files still write a path out: these tests hold all of them to the module, so a
 * renamed event, element or address cannot leave one of them behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	COMPARE_TITLE,
	EMBED_MARKER,
	HEIGHT_MESSAGE_TYPE,
	HEIGHT_MESSAGE_VERSION,
	compareElements,
	compareEvents,
	comparePaths,
} from '../../../src/features/compare/model/names.ts';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Every file of a folder, recursively, as paths from the repository root. */
function filesIn(folder: string): string[] {
	return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath.slice(root.length + 1), entry.name));
}

const names = new Set<string>([...Object.values(compareEvents), ...Object.values(compareElements)]);
const paths = new Set<string>(Object.values(comparePaths));

test('public/embed.js answers to the message, version and iframe marker of names.ts, and to no other', () => {
	const source = read('public/embed.js');
	const distinct = (pattern: RegExp) => [...new Set(source.match(pattern))];
	assert.deepEqual(distinct(/legs-at-night:[a-z-]+/g), [HEIGHT_MESSAGE_TYPE]);
	assert.deepEqual(distinct(/data\.version !== \d+/g), [`data.version !== ${HEIGHT_MESSAGE_VERSION}`]);
	assert.deepEqual(distinct(/data-legs-at-night-[a-z-]+/g), [EMBED_MARKER]);
});

test("the browser scripts' event and element names are the module's", () => {
	const client = filesIn('src/features/compare/client').filter((file) => file.endsWith('.ts'));
	assert.ok(client.length >= 4, `found the client scripts: ${client.join(', ')}`);
	const used = new Set<string>();
	for (const file of client) {
		for (const [, name] of read(file).matchAll(/['"`](compare-[a-z-]+)['"`]/g)) {
			assert.ok(names.has(name!), `${file} spells "${name}", which is not in model/names.ts`);
			used.add(name!);
		}
	}
	// Each element is defined and each event spelt somewhere: the module lists no name nobody uses.
	assert.deepEqual([...used].sort(), [...names].sort());
	for (const element of Object.values(compareElements)) {
		const defines = client.some((file) =>
			new RegExp(`customElements\\.define\\((?:'${element}'|[A-Z]+)`).test(read(file)),
		);
		assert.ok(defines, `no client script defines <${element}>`);
	}
	// Other strings the scripts spell out: the height message of the embed.
	assert.match(read('src/features/compare/client/embed-height.ts'), new RegExp(`'${HEIGHT_MESSAGE_TYPE}'`));
});

test('every address of the comparison written out in its files is one of the module', () => {
	const files = [...filesIn('src/features/compare'), ...filesIn('src/pages/compare'), ...filesIn('src/pages/embed')];
	for (const file of files.filter((name) => !name.endsWith('model/names.ts'))) {
		for (const [, path] of read(file).matchAll(/['"`](\/(?:embed\/)?compare(?:\/[^'"`?#\s]*)?|\/embed\.js)['"`]/g)) {
			assert.ok(paths.has(path!), `${file} writes "${path}", which is not in comparePaths`);
		}
	}
});

test('every address in the module is served by a route or a public file', () => {
	const served = (path: string): string[] =>
		path.endsWith('/')
			? [`src/pages${path}index.astro`, `src/pages${path.slice(0, -1)}.astro`]
			: [`src/pages${path}.ts`, `public${path}`];
	for (const [name, path] of Object.entries(comparePaths)) {
		assert.ok(
			served(path).some((file) => existsSync(join(root, file))),
			`comparePaths.${name} (${path}) has none of: ${served(path).join(', ')}`,
		);
	}
});

test('the title is written in one place', () => {
	const files = [...filesIn('src/features/compare'), ...filesIn('src/pages/compare'), ...filesIn('src/pages/embed')];
	const copies = files.filter((file) => !file.endsWith('model/names.ts') && read(file).includes(`'${COMPARE_TITLE}'`));
	assert.deepEqual(copies, []);
});
