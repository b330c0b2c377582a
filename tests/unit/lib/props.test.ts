import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AstroError } from 'astro/errors';
import { assertOneOf, assertText, invalidPropError, quotedList } from '../../../src/lib/props.ts';

/** The error `run` throws; fails the test when it throws nothing. */
function thrown(run: () => unknown): AstroError {
	try {
		run();
	} catch (error) {
		assert.ok(error instanceof AstroError, `expected an AstroError, got ${String(error)}`);
		return error;
	}
	assert.fail('expected the guard to throw');
}

test('assertOneOf returns a valid value with its type', () => {
	assert.equal(assertOneOf('CareCard', 'level', 'urgent', ['urgent', 'emergency']), 'urgent');
});

test('a value not in the list throws an AstroError naming the component and prop, the valid values in the hint', () => {
	const error = thrown(() => assertOneOf('CareCard', 'level', 'urgnet', ['see-doctor', 'urgent', 'emergency']));
	assert.equal(error.message, '<CareCard> got level="urgnet".');
	assert.equal(error.hint, 'Use one of: "see-doctor", "urgent", "emergency".');
	// Astro prints the name in brackets; AstroUserError is what Astro gives authors' mistakes.
	assert.equal(error.name, 'AstroUserError');
});

test('a missing value or one of the wrong type is reported as given, not as a valid-looking string', () => {
	assert.equal(
		thrown(() => assertOneOf('Callout', 'type', undefined, ['info', 'tip'])).message,
		'<Callout> got type=undefined.',
	);
	assert.equal(
		thrown(() => assertOneOf('CareCard', 'headingLevel', 2, ['2', '3'])).message,
		'<CareCard> got headingLevel=2.',
	);
	assert.equal(invalidPropError('X', 'y', 'z', ['a']).hint, 'Use one of: "a".');
});

test('assertText returns text and refuses a missing, blank or non-text value, naming what it got', () => {
	assert.equal(assertText('Figure', 'caption', 'A calf stretch'), 'A calf stretch');
	const missing = thrown(() => assertText('Figure', 'alt', undefined));
	assert.equal(missing.message, '<Figure> needs an alt="…" text: it is missing.');
	assert.match(missing.hint ?? '', /Give <Figure> an alt="…"/);
	assert.match(
		thrown(() => assertText('Figure', 'caption', '  ')).message,
		/<Figure> needs a caption="…" text: it is empty/,
	);
	assert.match(thrown(() => assertText('Callout', 'title', 3)).message, /it is not text \(3\)/);
});

test('quotedList quotes values the way an author types them', () => {
	assert.equal(quotedList(['a', 'b "c"']), '"a", "b \\"c\\""');
	assert.equal(quotedList([]), '');
});
