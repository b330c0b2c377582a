import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THEME_STORAGE_KEY, THEMES, isTheme, resolveTheme } from '../../../src/lib/theme.ts';
import { queryThemeScript, storedThemeScript } from '../../../src/lib/theme-script.ts';

/** What <html>'s dataset holds after running `code` as the browser would, with these globals. */
function run(code: string, globals: { localStorage?: unknown; location?: unknown }): Record<string, string> {
	const dataset: Record<string, string> = {};
	const document = { documentElement: { dataset } };
	new Function('document', 'localStorage', 'location', code)(document, globals.localStorage, globals.location);
	return dataset;
}

const storing = (value: string | null) => ({ getItem: (key: string) => (key === THEME_STORAGE_KEY ? value : null) });

/** Values a reader's storage or a host's ?theme= may hold: the valid ones and junk. */
const samples = ['light', 'dark', 'auto', 'Dark', '', '<script>', null];

test('the stored theme wins over the system setting; junk is ignored', () => {
	assert.equal(resolveTheme('dark', false), 'dark');
	assert.equal(resolveTheme('light', true), 'light');
	assert.equal(resolveTheme('<script>', true), 'dark');
	assert.equal(resolveTheme(null, false), 'light');
	assert.deepEqual(THEMES, ['light', 'dark']);
	assert.equal(isTheme('auto'), false);
});

test('the inline script before paint applies exactly the themes resolveTheme accepts', () => {
	for (const stored of samples) {
		const dataset = run(storedThemeScript, { localStorage: storing(stored) });
		assert.equal(dataset['js'], '', 'scripts run: data-js is set');
		// Applied when valid; otherwise left off so CSS follows the system, as resolveTheme does.
		assert.equal(dataset['theme'], isTheme(stored) ? resolveTheme(stored, false) : undefined, `stored ${stored}`);
	}
});

test('blocked storage leaves the page on the system theme, without an error', () => {
	const blocked = {
		getItem: () => {
			throw new Error('SecurityError');
		},
	};
	assert.deepEqual(run(storedThemeScript, { localStorage: blocked }), { js: '' });
});

test("the embed's script takes the host's ?theme= by the same rule", () => {
	for (const value of samples) {
		const search = value === null ? '' : `?theme=${encodeURIComponent(value)}&view=x`;
		const dataset = run(queryThemeScript, { location: { search } });
		assert.equal(dataset['theme'], isTheme(value) ? value : undefined, `?theme=${value}`);
	}
	// The embed never touches storage: embedded pages must leave none behind.
	assert.doesNotMatch(queryThemeScript, /localStorage/);
});
