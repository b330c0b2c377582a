/**
 * The warning-signs registry: each sign once, at one level, with vetted sources; every care card in
 * the content shows registry signs at their own level; and the checks that stop the build name the
 * file, the line and the id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
	cardProblems,
	fileCardProblems,
	findCardUses,
	registryProblems,
	signLevelIds,
	signsForCard,
	type SignRegistry,
	type WarningSign,
} from '../../../src/features/warning-signs/model/signs.ts';

const root = resolve(import.meta.dirname, '../../..');
const file = readFileSync(join(root, 'content/warning-signs.yaml'), 'utf8');
const data = parse(file) as {
	redFlagBox: string[];
	signs: (WarningSign & { sources: { url?: string; doi?: string }[] })[];
};
const registry: SignRegistry = { signs: new Map(data.signs.map((s) => [s.id, s])), redFlagBox: data.redFlagBox };

test('the registry file passes its own checks', () => {
	assert.deepEqual(registryProblems(data.signs, data.redFlagBox), []);
});

test('no sign carries two levels: every id appears once, with one of the three levels', () => {
	const levels = new Map<string, Set<string>>();
	for (const sign of data.signs) {
		const set = levels.get(sign.id) ?? new Set();
		set.add(sign.level);
		levels.set(sign.id, set);
		assert.ok((signLevelIds as readonly string[]).includes(sign.level), `${sign.id}: unknown level ${sign.level}`);
	}
	for (const [id, set] of levels) assert.equal(set.size, 1, `${id} has levels ${[...set].join(', ')}`);
	assert.equal(levels.size, data.signs.length, 'an id is used twice');
});

test('the clinical review’s red flags are in the registry at the NHS level', () => {
	const expected: Record<string, string> = {
		'chest-pain-or-breathless': 'emergency',
		'cold-pale-numb-leg': 'emergency',
		'numb-bottom-or-bladder': 'emergency',
		'both-legs-numb-or-weak': 'emergency',
		'infection-with-fever': 'emergency',
		'pain-after-injury-or-cast': 'emergency',
		'one-swollen-painful-leg': 'urgent',
		'foot-pain-at-rest': 'urgent',
		'long-cramp': 'urgent',
		'cramp-after-wound-or-poison': 'urgent',
		'red-hot-skin': 'urgent',
		'diabetes-foot-problem': 'urgent',
		'new-numbness-or-tingling': 'see-doctor',
		'child-pain-one-leg-or-daytime': 'see-doctor',
	};
	for (const [id, level] of Object.entries(expected)) assert.equal(registry.signs.get(id)?.level, level, id);
	// S8: the one-leg sign pairs swelling with pain, so ordinary soreness after a cramp is not a same-day problem.
	assert.match(registry.signs.get('one-swollen-painful-leg')?.words ?? '', /pain and swelling in one leg/);
});

test('every sign cites a source, and every web address is one that shared/sources.md lists', () => {
	const vetted = readFileSync(resolve(root, '../shared/sources.md'), 'utf8');
	for (const sign of data.signs) {
		assert.ok(sign.sources.length > 0, `${sign.id}: no source`);
		for (const source of sign.sources) {
			if (source.url) assert.ok(vetted.includes(source.url), `${sign.id}: ${source.url} is not in sources.md`);
		}
	}
});

test('a sign in a card of another level, an unknown id or a repeated id is refused, naming the id', () => {
	assert.deepEqual(cardProblems(registry, 'urgent', ['one-swollen-painful-leg', 'long-cramp']), []);
	assert.match(
		cardProblems(registry, 'see-doctor', ['long-cramp']).join(' '),
		/"long-cramp" is a "urgent" sign .* cannot go in a "see-doctor" card\. Put it in a <CareCard level="urgent">/,
	);
	assert.match(
		cardProblems(registry, 'urgent', ['no-such-sign']).join(' '),
		/"no-such-sign" is not in content\/warning-signs\.yaml/,
	);
	assert.match(cardProblems(registry, 'urgent', ['long-cramp', 'long-cramp']).join(' '), /listed twice/);
	assert.match(cardProblems(registry, 'urgent', []).join(' '), /needs signs=/);
	assert.throws(
		() => signsForCard(registry, 'emergency', ['long-cramp'], '<CareCard>'),
		/^Error: <CareCard>: The sign "long-cramp"/,
	);
	assert.deepEqual(
		signsForCard(registry, 'urgent', ['long-cramp', 'one-swollen-painful-leg'], 'x').map((s) => s.id),
		['long-cramp', 'one-swollen-painful-leg'],
	);
});

test('the registry’s own mistakes are named: an id used twice, a box sign that is routine or unknown, a box out of order', () => {
	const sign = (id: string, level: WarningSign['level'], words = `words of ${id}`): WarningSign => ({
		id,
		level,
		words,
		conditions: ['x'],
	});
	const twice = registryProblems([sign('a', 'urgent'), sign('a', 'see-doctor', 'other words')], ['a']);
	assert.match(twice.join('\n'), /the id "a" is used twice \(as "urgent" and "see-doctor"\)/);
	assert.match(registryProblems([sign('a', 'urgent'), sign('b', 'urgent', 'words of a')], ['a']).join(), /same words/);
	assert.match(
		registryProblems([sign('a', 'see-doctor')], ['a']).join(),
		/"see-doctor" sign\. The box is for emergency and urgent/,
	);
	assert.match(registryProblems([sign('a', 'urgent')], ['zz']).join(), /redFlagBox lists "zz", which is not a sign/);
	assert.match(registryProblems([sign('a', 'urgent'), sign('b', 'emergency')], ['a', 'b']).join(), /most urgent first/);
});

test('care cards are read from MDX with their line, level and signs', () => {
	const source = [
		'# Title',
		'<CareCard level="urgent" signs={["a", \'b\']} title="Get help today if">',
		'text',
		'</CareCard>',
		'<CareCard level="see-doctor" signs={ids} />',
		'<CareCard signs={["c",]} headingLevel={3} />',
	].join('\n');
	assert.deepEqual(findCardUses(source), [
		{ line: 2, level: 'urgent', signs: ['a', 'b'] },
		{ line: 5, level: 'see-doctor', signs: undefined },
		{ line: 6, level: undefined, signs: ['c'] },
	]);
	const problems = fileCardProblems(registry, 'content/articles/x.mdx', source);
	assert.match(problems[0] ?? '', /^content\/articles\/x\.mdx:2: <CareCard> The sign "a" is not in/);
	assert.match(problems.join('\n'), /x\.mdx:5: <CareCard> needs signs=\{\["id", …\]\}/);
	assert.match(
		problems.join('\n'),
		/x\.mdx:6: <CareCard> got level=null\. Use one of: "emergency", "urgent", "see-doctor"/,
	);
});

test('every care card in the articles and pages shows registry signs at their own level', () => {
	const dirs = ['content/articles', 'content/pages'];
	let cards = 0;
	for (const dir of dirs) {
		for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.mdx'))) {
			const source = readFileSync(join(root, dir, name), 'utf8');
			cards += findCardUses(source).length;
			assert.deepEqual(fileCardProblems(registry, `${dir}/${name}`, source), []);
		}
	}
	assert.ok(cards >= 10, `expected the content to use care cards, found ${cards}`);
});

test('every emergency and urgent sign has a card on the warning-signs page', () => {
	const source = readFileSync(join(root, 'content/articles/warning-signs.mdx'), 'utf8');
	const shown = new Set(findCardUses(source).flatMap((use) => use.signs ?? []));
	for (const sign of data.signs) {
		if (sign.level !== 'see-doctor') assert.ok(shown.has(sign.id), `${sign.id} is not on /warning-signs/`);
	}
});
