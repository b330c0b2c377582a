/**
 * <theme-toggle>: a pressed/unpressed "Dark theme" button. The choice is stored in localStorage
 * (the only storage the site uses) and applied before paint on the next page by ThemeScript.
 */
import { THEME_STORAGE_KEY, resolveTheme, type Theme } from '../lib/theme.ts';

function readStoredTheme(): string | null {
	try {
		return localStorage.getItem(THEME_STORAGE_KEY);
	} catch {
		return null;
	}
}

class ThemeToggle extends HTMLElement {
	#button: HTMLButtonElement | null = null;
	#systemDark = matchMedia('(prefers-color-scheme: dark)');

	connectedCallback(): void {
		this.#button = this.querySelector('button');
		if (!this.#button) return;
		this.#button.addEventListener('click', () => this.#toggle());
		this.#systemDark.addEventListener('change', () => this.#render());
		this.#render();
	}

	#current(): Theme {
		return resolveTheme(readStoredTheme(), this.#systemDark.matches);
	}

	#toggle(): void {
		const next: Theme = this.#current() === 'dark' ? 'light' : 'dark';
		document.documentElement.dataset['theme'] = next;
		try {
			localStorage.setItem(THEME_STORAGE_KEY, next);
		} catch {
			/* Storage blocked: the choice lasts for this page only. */
		}
		this.#render();
	}

	#render(): void {
		this.#button?.setAttribute('aria-pressed', String(this.#current() === 'dark'));
	}
}

customElements.define('theme-toggle', ThemeToggle);
