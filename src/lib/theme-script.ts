/**
 * The inline scripts that apply a theme before the first paint (ThemeScript.astro on every page,
 * EmbedLayout.astro in embeds), written out from the policy in theme.ts. A module of its own so
 * the toggle's bundle, which imports theme.ts, does not carry these strings.
 */
import { THEMES, THEME_STORAGE_KEY } from './theme.ts';

/**
 * The source of an inline script that sets <html data-theme> to the theme `read` yields (a JS
 * expression, run once), when it is a valid theme; otherwise it leaves the attribute off and CSS
 * follows the system. The check is written out from THEMES, so it is isTheme() in script form.
 */
export function applyThemeScript(read: string): string {
	const valid = THEMES.map((theme) => `t==='${theme}'`).join('||');
	return `const t=${read};if(${valid})document.documentElement.dataset.theme=t`;
}

/**
 * ThemeScript's code: marks that scripts run (data-js, so controls that need them take their
 * space before paint) and applies the stored theme. Storage may be blocked: then the page follows
 * the system.
 */
export const storedThemeScript = `document.documentElement.dataset.js='';try{${applyThemeScript(
	`localStorage.getItem('${THEME_STORAGE_KEY}')`,
)}}catch{}`;

/** EmbedLayout's code: the host site chooses with ?theme=light|dark (or auto, or nothing). */
export const queryThemeScript = applyThemeScript(`new URLSearchParams(location.search).get('theme')`);
