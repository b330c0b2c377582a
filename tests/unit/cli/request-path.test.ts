import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	folderLocation,
	isHostFile,
	isLocalLocation,
	parseTarget,
	resolveSitePath,
} from '../../../src/cli/request-path.ts';
import { isInside, lookupFile } from '../../../src/cli/site-files.ts';

test('a request target is split as hosts see it: dot segments gone, escapes kept, "//x" still a path', () => {
	assert.deepEqual(parseTarget('/leg-cramps/?q=calf'), { pathname: '/leg-cramps/', search: '?q=calf' });
	assert.deepEqual(parseTarget('/.//evil.example/..%2Fleg-cramps'), {
		pathname: '//evil.example/..%2Fleg-cramps',
		search: '',
	});
	assert.equal(parseTarget('//evil.example/')?.pathname, '//evil.example/', 'not read as another host');
	assert.equal(parseTarget('http://evil.example/'), undefined);
	assert.equal(parseTarget('*'), undefined);
});

test('malformed escapes and NUL bytes are bad requests, not exceptions', () => {
	assert.deepEqual(resolveSitePath('/%E0%A4%A'), { kind: 'bad-request' });
	assert.deepEqual(resolveSitePath('/%ZZ/'), { kind: 'bad-request' });
	assert.deepEqual(resolveSitePath('/a%00.html'), { kind: 'bad-request' });
});

test('an encoded "../" or backslash cannot climb out of the site folder', () => {
	assert.deepEqual(resolveSitePath('/..%2fdist-private/secret.txt'), { kind: 'outside' });
	assert.deepEqual(resolveSitePath('/%2e%2e/%2e%2e/etc/passwd'), { kind: 'outside' });
	assert.deepEqual(resolveSitePath('/..%5cdist-private%5csecret.txt'), { kind: 'outside' });
	// ".." that stays inside is applied, as a host normalises it.
	assert.deepEqual(resolveSitePath('/embed/%2e%2e/leg-cramps/'), {
		kind: 'path',
		segments: ['leg-cramps'],
		trailingSlash: true,
	});
});

test('empty and "." segments are dropped, so /leg-cramps// and /./leg-cramps/ are the article', () => {
	for (const path of ['/leg-cramps//', '/./leg-cramps/', '//leg-cramps/']) {
		assert.deepEqual(resolveSitePath(path), { kind: 'path', segments: ['leg-cramps'], trailingSlash: true }, path);
	}
	assert.deepEqual(resolveSitePath('/'), { kind: 'path', segments: [], trailingSlash: true });
	assert.deepEqual(resolveSitePath('/caf%C3%A9'), { kind: 'path', segments: ['café'], trailingSlash: false });
});

test('_headers and _redirects at the root are host files; the same names deeper are not', () => {
	assert.equal(isHostFile(['_headers']), true);
	assert.equal(isHostFile(['_redirects']), true);
	assert.equal(isHostFile(['docs', '_headers']), false);
	assert.equal(isHostFile(['leg-cramps']), false);
});

test('a folder redirect is built from resolved segments, so it never starts with "//"', () => {
	const resolved = resolveSitePath('//evil.example/..%2Fleg-cramps');
	assert.equal(resolved.kind, 'path');
	const location = folderLocation('/', resolved.kind === 'path' ? resolved.segments : [], '?q=1');
	assert.equal(location, '/leg-cramps/?q=1');
	assert.equal(folderLocation('/legs-at-night/', ['leg-cramps']), '/legs-at-night/leg-cramps/');
	assert.equal(folderLocation('/', ['a b']), '/a%20b/');
});

test('only a single-slash path is a local Location', () => {
	assert.equal(isLocalLocation('/leg-cramps/'), true);
	assert.equal(isLocalLocation('/'), true);
	for (const location of ['//evil.example/', '/\\evil.example/', 'https://evil.example/', 'evil.example', '']) {
		assert.equal(isLocalLocation(location), false, location);
	}
});

test('a sibling folder whose name starts like the root is not inside it', () => {
	assert.equal(isInside('/work/dist', '/work/dist/leg-cramps/index.html'), true);
	assert.equal(isInside('/work/dist', '/work/dist'), true);
	assert.equal(isInside('/work/dist', '/work/dist-private/secret.txt'), false);
	assert.equal(isInside('/work/dist', '/work/dist/../dist-private/secret.txt'), false);
});

test('lookup finds files, index.html under a folder asked for with "/", and folders asked for without it', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'legs-lookup-'));
	try {
		mkdirSync(join(dir, 'leg-cramps'));
		writeFileSync(join(dir, 'leg-cramps', 'index.html'), 'page');
		writeFileSync(join(dir, 'favicon.svg'), 'svg');
		mkdirSync(join(dir, 'empty'));
		assert.deepEqual(await lookupFile(dir, ['leg-cramps'], true), {
			kind: 'file',
			file: join(dir, 'leg-cramps', 'index.html'),
		});
		assert.deepEqual(await lookupFile(dir, ['leg-cramps'], false), { kind: 'folder' });
		assert.deepEqual(await lookupFile(dir, ['favicon.svg'], false), { kind: 'file', file: join(dir, 'favicon.svg') });
		assert.deepEqual(await lookupFile(dir, ['favicon.svg'], true), { kind: 'missing' });
		assert.deepEqual(await lookupFile(dir, ['empty'], true), { kind: 'missing' });
		assert.deepEqual(await lookupFile(dir, ['nothing'], false), { kind: 'missing' });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
