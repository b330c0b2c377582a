/**
 * The theme policy, in one place: a stored or requested theme counts only when it is "light" or
 * "dark"; anything else (nothing, "auto", junk) follows the system setting. The toggle
 * (theme-toggle.ts) uses it as is; the inline scripts that apply a theme before the first paint
 * are written out from the same constants in theme-script.ts.
 */

/** The themes a reader or an embedding site can choose; no choice means follow the system. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key holding the reader's choice (the only storage the site uses). */
export const THEME_STORAGE_KEY = 'theme';

/** True for "light" and "dark" only. */
export function isTheme(value: unknown): value is Theme {
	return (THEMES as readonly unknown[]).includes(value);
}

/** The theme in force: the stored choice when it is valid, otherwise the system preference. */
export function resolveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
	if (isTheme(stored)) return stored;
	return systemPrefersDark ? 'dark' : 'light';
}
