/** The two themes; "auto" means follow the system setting. */
export type Theme = 'light' | 'dark';

/** The theme in force: the stored choice when it is valid, otherwise the system preference. */
export function resolveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
	if (stored === 'light' || stored === 'dark') return stored;
	return systemPrefersDark ? 'dark' : 'light';
}
